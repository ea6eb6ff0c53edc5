import { marked } from 'marked';
import DOMPurify from 'dompurify';
import { useDeferredValue, useMemo } from 'react';

/** Markdown to HTML that can never run script: marked renders, DOMPurify strips anything active. */
export function renderMarkdown(source: string): string {
  const html = marked.parse(source, { async: false, gfm: true });
  return DOMPurify.sanitize(html, { USE_PROFILES: { html: true }, FORBID_TAGS: ['style', 'form', 'input'], FORBID_ATTR: ['style'] });
}

/**
 * Rendered Markdown. `deferred`: the first paint shows the text as written (Markdown reads as plain text)
 * and the formatted version follows in a render of its own, so a page's first screen (a problem's text
 * area) never waits for the Markdown renderer.
 */
export function Markdown({ source, className, testId, deferred = false }: { source: string; className?: string; testId?: string; deferred?: boolean }) {
  const shown = useDeferredValue(source, deferred ? '' : source);
  const html = useMemo(() => (shown === source ? renderMarkdown(shown) : ''), [shown, source]);
  if (shown !== source) return <div className={`markdown markdown-as-written ${className ?? ''}`} data-testid={testId}>{source}</div>;
  return <div className={`markdown ${className ?? ''}`} data-testid={testId} dangerouslySetInnerHTML={{ __html: html }} />;
}
