/** The one jsdom API the CLI uses (the package ships no types and @types/jsdom is not a dependency). */
declare module 'jsdom' {
  export class JSDOM {
    constructor(html?: string);
    readonly window: Window & typeof globalThis;
  }
}
