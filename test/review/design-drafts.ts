// Shared by the tests that review a folder of labelled design drafts (test/design-blind, test/held-back/designs).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { MermaidLike } from '../../src/review/diagram-model';
import { reviewDraft } from '../../src/review/review-draft';
import { splitNoteSections } from '../../src/review/notes-review';
import { designPromptMeta } from '../../src/problems/schema';
import type { DesignReview } from '../../src/review/rubric';

const PROBLEMS = resolve(import.meta.dirname, '../../problems');
export type DraftKind = 'good' | 'holed' | 'gamed' | 'holed-neutral';
export type DraftLabel = { kind: DraftKind; expect: 'pass' | 'fail'; hole: string };
export type Draft = { id: string; name: string; label: DraftLabel };

/** Every labelled draft of a folder of `<prompt-id>/labels.json`, in a stable order. */
export function draftsIn(dir: string): Draft[] {
  return readdirSync(dir)
    .filter((d) => existsSync(join(dir, d, 'labels.json')))
    .sort()
    .flatMap((id) => Object.entries(JSON.parse(readFileSync(join(dir, id, 'labels.json'), 'utf8')) as Record<string, DraftLabel>).map(([name, label]) => ({ id, name, label })));
}

/** Reviews one draft exactly as the page does. */
export async function reviewDraftFile(mermaid: MermaidLike, dir: string, { id, name }: Draft): Promise<DesignReview> {
  const meta = designPromptMeta.parse(JSON.parse(readFileSync(join(PROBLEMS, id, 'problem.json'), 'utf8')));
  const diagram = readFileSync(join(dir, id, `${name}.mmd`), 'utf8');
  const notesFile = join(dir, id, `${name}.md`);
  const notes = splitNoteSections(existsSync(notesFile) ? readFileSync(notesFile, 'utf8') : '');
  return (await reviewDraft(mermaid, meta, diagram, notes)).review;
}

/**
 * Whether the review agrees with the label: a good draft is solved; a holed one (with or without neutral
 * lines) fails for one of the essentials that name its hole; a gamed one is not solved.
 */
export function agreesWith(label: DraftLabel, review: DesignReview, holeEssentials: string[]): boolean {
  if (label.kind === 'good') return review.solved;
  if (label.kind === 'gamed') return !review.solved;
  return !review.solved && review.holes.some((h) => holeEssentials.includes(h.id));
}

/** One line on a disagreement: what the review concluded. */
export const describeReview = (review: DesignReview) =>
  review.solved ? 'solved' : `fails for ${review.holes.map((h) => h.id).join(', ') || 'nothing named'}${review.diagramError ? ` (diagram: ${review.diagramError.message})` : ''}`;
