import type { Mermaid } from 'mermaid';

let loading: Promise<Mermaid> | undefined;

/**
 * Mermaid is large (~650 KB gzip with layouts), so it loads only when a page needs it.
 * `securityLevel: 'strict'` encodes HTML in labels and disables click handlers: labels never run script.
 */
export function loadMermaid(dark: boolean): Promise<Mermaid> {
  loading ??= import('mermaid').then(({ default: mermaid }) => mermaid);
  return loading.then((mermaid) => {
    mermaid.initialize({
      startOnLoad: false,
      securityLevel: 'strict',
      theme: dark ? 'dark' : 'default',
      // SVG text labels, not HTML in foreignObject: exports to PNG without tainting the canvas.
      htmlLabels: false,
      maxTextSize: 50_000,
      // A diagram that does not parse throws at once, without drawing Mermaid's own error picture first
      // (the pages show their own message with the line); `render` parses, so no separate parse is needed.
      suppressErrorRendering: true,
      maxEdges: 500,
    });
    return mermaid;
  });
}

let renderCount = 0;
/** A fresh element id per render: Mermaid uses it for the SVG's id and scoped styles. */
export const nextRenderId = (prefix: string) => `${prefix}-${++renderCount}`;
