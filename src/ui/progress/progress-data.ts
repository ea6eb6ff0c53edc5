/**
 * Gathers the evidence behind every mark from everything saved locally — practice submissions, design
 * reviews, concept reviews and mocks — and applies the one rule of `src/mock/marks.ts`. The catalog, the
 * progress page, "practise next" and the mock setup all read marks from here, so they always agree.
 */
import { answerPracticeEvidence, codingPracticeEvidence, conceptPracticeEvidence, designPracticeEvidence, markOf, mockEvidence, principlePracticeEvidence, type Evidence, type Mark } from '../../mock/marks';
import { PRINCIPLE_IDS } from '../../problems/vocabulary';
import { principlePracticeSchema, type PrinciplePractice } from '../storage/story-schemas';
import type { MockRecord } from '../../mock/record';
import { designKey, loadDesignDraft, loadDraft, loadProblemState } from '../storage/progress';
import { getStore } from '../storage/store';
import { allConceptPractice, listMocks } from '../mock/mock-store';
import { allAnswerPractice } from '../questions/answer-store';

export type ProgressData = { evidence: Evidence[]; touched: Set<string>; mocks: MockRecord[] };
type Item = { id: string; kind: 'coding' | 'design' | 'concept' | string };

/** Every check the user made, per item, and which items have any saved work at all. */
export function gatherProgress(entries: readonly Item[]): ProgressData {
  const evidence: Evidence[] = [];
  const touched = new Set<string>();
  const concepts = allConceptPractice();
  const answered = allAnswerPractice();
  for (const e of entries) {
    if (e.kind === 'coding') {
      const state = loadProblemState(e.id);
      if (state.attempts.length > 0) touched.add(e.id);
      evidence.push(...codingPracticeEvidence(e.id, state.attempts));
      if ((['javascript', 'typescript', 'python'] as const).some((lang) => loadDraft(e.id, lang) !== undefined)) touched.add(e.id);
    } else if (e.kind === 'design') {
      const draft = loadDesignDraft(e.id);
      if (draft) touched.add(e.id);
      evidence.push(...designPracticeEvidence(e.id, draft?.review, draft?.review?.at ?? getStore().get(designKey(e.id))?.updatedAt ?? 0));
    } else if (e.kind === 'trace' || e.kind === 'api' || e.kind === 'estimate') {
      const practice = answered[e.id];
      if (practice && (practice.checks.length > 0 || Object.values(practice.answers).some((a) => a.trim()))) touched.add(e.id);
      evidence.push(...answerPracticeEvidence(e.id, practice?.checks ?? []));
    } else if (e.kind === 'concept') {
      const practice = concepts[e.id];
      if (practice?.answer.trim()) touched.add(e.id);
      evidence.push(...conceptPracticeEvidence(e.id, practice?.reviews ?? []));
    }
  }
  // Leadership principles are not catalog items: their drills are read for every principle.
  for (const id of PRINCIPLE_IDS) {
    const practice = getStore().value<PrinciplePractice>(`principle:${id}`) ?? principlePracticeSchema.parse({});
    if (practice.attempts.length > 0) touched.add(id);
    evidence.push(...principlePracticeEvidence(id, practice.attempts));
  }
  const mocks = listMocks();
  for (const m of mocks) {
    if (m.finishedAt === undefined) continue;
    for (const p of m.parts) touched.add(p.itemId);
    evidence.push(...mockEvidence(m));
  }
  return { evidence, touched, mocks };
}

/** Every item's mark, by the one rule. */
export function gatherMarks(entries: readonly Item[]): Record<string, Mark> {
  const { evidence, touched } = gatherProgress(entries);
  return Object.fromEntries(entries.map((e) => [e.id, markOf(e.id, evidence, touched)]));
}
