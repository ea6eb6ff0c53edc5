/**
 * Mermaid in Node: its parser needs a DOM to load (DOMPurify), so jsdom provides one. Parsing needs
 * no layout, which jsdom lacks; rendering is the browser's job.
 */
import { JSDOM } from 'jsdom';
import type { MermaidLike } from '../review/diagram-model';

let loaded: Promise<MermaidLike> | undefined;

/** Loads and initializes Mermaid once, with the app's settings. */
export function loadNodeMermaid(): Promise<MermaidLike> {
  loaded ??= (async () => {
    const g = globalThis as Record<string, unknown>;
    if (typeof g.document === 'undefined') {
      const dom = new JSDOM('<!doctype html><html><body></body></html>');
      for (const key of ['window', 'document', 'DOMParser', 'Element', 'HTMLElement', 'Node', 'Option', 'navigator']) {
        if (g[key] === undefined) Object.defineProperty(g, key, { value: key === 'window' ? dom.window : (dom.window as unknown as Record<string, unknown>)[key], configurable: true, writable: true });
      }
    }
    const { default: mermaid } = await import('mermaid');
    mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', htmlLabels: false });
    return mermaid as unknown as MermaidLike;
  })();
  return loaded;
}
