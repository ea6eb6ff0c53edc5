// @vitest-environment jsdom
// Hole probes: one line stating a serious hole, added to a good draft, fails it for that hole; a line that
// rejects the hole or states its remedy leaves it solved (test/review/fixtures/design-hole-probes.json).
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import mermaid from 'mermaid';
import { beforeAll, describe, expect, it } from 'vitest';
import type { MermaidLike } from '../../src/review/diagram-model';
import { reviewDraft } from '../../src/review/review-draft';
import { splitNoteSections } from '../../src/review/notes-review';
import { designPromptMeta } from '../../src/problems/schema';

type Probe = { prompt: string; section: string; line: string; fails?: string; passes?: boolean };
const { probes } = JSON.parse(readFileSync(resolve(import.meta.dirname, 'fixtures/design-hole-probes.json'), 'utf8')) as { probes: Probe[] };
const BLIND = resolve(import.meta.dirname, '../design-blind');
const PROBLEMS = resolve(import.meta.dirname, '../../problems');

beforeAll(() => mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' }));

async function review(prompt: string, extra?: { section: string; line: string }, ownDiagram?: string) {
  const meta = designPromptMeta.parse(JSON.parse(readFileSync(join(PROBLEMS, prompt, 'problem.json'), 'utf8')));
  const diagram = ownDiagram ?? readFileSync(join(BLIND, prompt, 'good-1.mmd'), 'utf8');
  const notes = splitNoteSections(readFileSync(join(BLIND, prompt, 'good-1.md'), 'utf8'));
  if (extra) notes[extra.section] = `${notes[extra.section] ?? ''}\n\n- ${extra.line}\n`;
  return (await reviewDraft(mermaid as unknown as MermaidLike, meta, diagram, notes)).review;
}

describe('hole probes', () => {
  it.each([...new Set(probes.map((p) => p.prompt))])('the good draft of %s passes before any line is added', async (prompt) => {
    expect((await review(prompt)).holes).toEqual([]);
  });
  it.each(probes.map((p) => [`${p.prompt}: ${p.line}`, p] as const))('%s', async (_name, probe) => {
    const r = await review(probe.prompt, probe);
    if (probe.passes) expect(r.holes.map((h) => h.id)).toEqual([]);
    else {
      expect(r.solved).toBe(false);
      expect(r.holes.map((h) => h.id)).toContain(probe.fails);
    }
  });

  // A sequence diagram states a hole with a loop: every call inside "loop for each result" is one call per result.
  const sequence = (block: string) => `sequenceDiagram
  participant C as Customer app
  participant S as Search service
  participant I as Search index (Elasticsearch)
  participant O as Offer service
  Note over S: Every stage emits a span, so p99 per stage is traced before anything is tuned.
  C->>S: GET /search?q=
  S->>I: query top 48
  ${block}
  S-->>C: 48 results with price and stock`;
  it('a loop that calls once per result fails the search for serial lookups', async () => {
    const r = await review('search-latency', undefined, sequence('loop each of the 48 results\n    S->>O: GET /offers/{itemId}\n  end'));
    expect(r.holes.map((h) => h.id)).toContain('batched-lookups');
  });
  it('the same calls in a parallel block pass', async () => {
    const r = await review('search-latency', undefined, sequence('par each of the 48 results\n    S->>O: GET /offers/{itemId}\n  end'));
    expect(r.holes.map((h) => h.id)).not.toContain('batched-lookups');
  });
});
