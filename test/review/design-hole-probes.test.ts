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

async function review(prompt: string, extra?: { section: string; line: string }) {
  const meta = designPromptMeta.parse(JSON.parse(readFileSync(join(PROBLEMS, prompt, 'problem.json'), 'utf8')));
  const diagram = readFileSync(join(BLIND, prompt, 'good-1.mmd'), 'utf8');
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
});
