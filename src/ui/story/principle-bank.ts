/** The principle files, bundled as text and parsed on first use (the story pages load lazily). */
import { parsePrinciples, type Principle } from '../../problems/principles';

const files = import.meta.glob<string>('/problems/principles/*.json', { eager: true, query: '?raw', import: 'default' });

let cached: ReturnType<typeof parsePrinciples> | undefined;

/** All 16 principles, or the errors (file, field, line) that stop them from loading. */
export function principleBank(): { ok: true; principles: Principle[] } | { ok: false; errors: string[] } {
  cached ??= parsePrinciples(Object.fromEntries(Object.entries(files).map(([path, text]) => [path.split('/').pop()!, text])));
  return cached;
}
