import { marked } from 'marked';
import DOMPurify from 'dompurify';
import { useMemo } from 'react';

/** Markdown to HTML that can never run script: marked renders, DOMPurify strips anything active. */
export function renderMarkdown(source: string): string {
  const html = marked.parse(source, { async: false, gfm: true });
  return DOMPurify.sanitize(html, { USE_PROFILES: { html: true }, FORBID_TAGS: ['style', 'form', 'input'], FORBID_ATTR: ['style'] });
}

export function Markdown({ source, className, testId }: { source: string; className?: string; testId?: string }) {
  const html = useMemo(() => renderMarkdown(source), [source]);
  return <div className={`markdown ${className ?? ''}`} data-testid={testId} dangerouslySetInnerHTML={{ __html: html }} />;
}
