// @vitest-environment jsdom
// The blind drafts (test/design-blind): reviewed as the app reviews them, compared with what their author decided.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import mermaid from 'mermaid';
import { beforeAll, describe, expect, it } from 'vitest';
import type { MermaidLike } from '../../src/review/diagram-model';
import { reviewDraft } from '../../src/review/review-draft';
import { splitNoteSections } from '../../src/review/notes-review';
import { designPromptMeta } from '../../src/problems/schema';

const DIR = resolve(import.meta.dirname, '../design-blind');
const PROBLEMS = resolve(import.meta.dirname, '../../problems');
type Label = { kind: 'good' | 'holed' | 'gamed' | 'holed-neutral'; expect: 'pass' | 'fail'; hole: string };
const holeEssentials: Record<string, string[]> = JSON.parse(readFileSync(join(DIR, 'hole-essentials.json'), 'utf8'));
const drafts = readdirSync(DIR)
  .filter((d) => existsSync(join(DIR, d, 'labels.json')))
  .sort()
  .flatMap((id) => Object.entries(JSON.parse(readFileSync(join(DIR, id, 'labels.json'), 'utf8')) as Record<string, Label>).map(([name, label]) => ({ id, name, label })));

beforeAll(() => mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' }));

describe('blind drafts: the review agrees with what a fair interviewer decided', () => {
  const tally = { good: [0, 0], holed: [0, 0], 'holed-neutral': [0, 0], gamed: [0, 0] } as Record<Label['kind'], [number, number]>;
  const disagreements: string[] = [];

  it.each(drafts.map((d) => [`${d.id}/${d.name}`, d] as const))('%s', async (_name, { id, name, label }) => {
    const meta = designPromptMeta.parse(JSON.parse(readFileSync(join(PROBLEMS, id, 'problem.json'), 'utf8')));
    const diagram = readFileSync(join(DIR, id, `${name}.mmd`), 'utf8');
    const notesFile = join(DIR, id, `${name}.md`);
    const notes = splitNoteSections(existsSync(notesFile) ? readFileSync(notesFile, 'utf8') : '');
    const { review } = await reviewDraft(mermaid as unknown as MermaidLike, meta, diagram, notes);
    const holes = review.holes.map((h) => h.id);
    let agrees: boolean;
    if (label.kind === 'good') agrees = review.solved;
    else if (label.kind === 'gamed') agrees = !review.solved;
    else agrees = !review.solved && holes.some((h) => holeEssentials[id]?.includes(h));
    tally[label.kind][0] += agrees ? 1 : 0;
    tally[label.kind][1] += 1;
    if (!agrees) disagreements.push(`${id}/${name} (${label.kind}): ${review.solved ? 'solved' : `fails for ${holes.join(', ') || 'nothing named'}${review.diagramError ? ` (diagram: ${review.diagramError.message})` : ''}`}`);
    // Every failing draft names what it fails for, in words.
    if (!review.solved && !review.diagramError) expect(review.holes.every((h) => h.hole.length > 10)).toBe(true);
    // Every line of the review reads as a sentence: a capital or a quote first, a full stop last.
    for (const r of review.results) {
      const text = (r.met ? r.evidence : r.hint) ?? '';
      expect(text, `${r.id}: ${text}`).toMatch(/^[A-Z“0-9]/);
      expect(text, `${r.id}: ${text}`).toMatch(/[.!?]$/);
    }
  });

  it('every good draft passes, every holed draft fails for its hole, every gamed draft fails', () => {
    const line = Object.entries(tally).map(([kind, [ok, n]]) => `${kind} ${ok}/${n}`).join('; ');
    console.log(`blind drafts: ${line}`);
    if (disagreements.length) console.log(disagreements.join('\n'));
    expect(tally.good[0]).toBe(tally.good[1]);
    expect(tally.holed[0]).toBe(tally.holed[1]);
    expect(tally['holed-neutral'][0]).toBe(tally['holed-neutral'][1]);
    expect(tally.gamed[0]).toBe(tally.gamed[1]);
  });
});
