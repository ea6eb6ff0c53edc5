/**
 * Gathers the user's outcomes from everything saved locally — practice submissions, design reviews,
 * concept reviews and mocks — for the pure skill and queue functions.
 */
import type { CatalogEntry } from '../../problems/catalog';
import type { Outcome } from '../../mock/scheduler';
import { mockOutcomes } from '../../mock/skills';
import type { MockRecord } from '../../mock/record';
import { designKey, loadDesignDraft, loadDraft, loadProblemState } from '../storage/progress';
import { getStore } from '../storage/store';
import { allConceptPractice, listMocks } from '../mock/mock-store';

export type ProgressData = { outcomes: Outcome[]; touched: Set<string>; mocks: MockRecord[] };

export function gatherProgress(entries: CatalogEntry[]): ProgressData {
  const outcomes: Outcome[] = [];
  const touched = new Set<string>();
  const concepts = allConceptPractice();
  for (const e of entries) {
    if (e.kind === 'coding') {
      const state = loadProblemState(e.id);
      for (const a of state.attempts) {
        touched.add(e.id);
        if (a.mode === 'submit') outcomes.push({ itemId: e.id, at: a.at, ok: a.verdict === 'accepted', reason: a.verdict === 'accepted' ? undefined : `practice submit: ${a.passed}/${a.total} tests passed (${a.verdict})`, source: 'practice' });
      }
      if ((['javascript', 'typescript', 'python'] as const).some((lang) => loadDraft(e.id, lang) !== undefined)) touched.add(e.id);
    } else if (e.kind === 'design') {
      const draft = loadDesignDraft(e.id);
      if (draft) touched.add(e.id);
      if (draft?.review && draft.review.total > 0) {
        const ok = draft.review.met === draft.review.total;
        outcomes.push({ itemId: e.id, at: getStore().get(designKey(e.id))?.updatedAt ?? 0, ok, reason: ok ? undefined : `rubric: ${draft.review.met}/${draft.review.total} items met`, source: 'practice' });
      }
    } else {
      const practice = concepts[e.id];
      if (practice?.answer.trim()) touched.add(e.id);
      for (const r of practice?.reviews ?? []) {
        const ok = r.total > 0 && r.met === r.total;
        // Only undecided points left: neither solved nor scheduled for practice.
        if (!ok && r.missed.length === 0 && (r.unsure?.length ?? 0) > 0) continue;
        outcomes.push({ itemId: e.id, at: r.at, ok, reason: ok ? undefined : `key points missed: ${r.missed.join(', ')}`, source: 'practice' });
      }
    }
  }
  const mocks = listMocks();
  for (const m of mocks) {
    if (m.finishedAt === undefined) continue;
    for (const p of m.parts) touched.add(p.itemId);
    outcomes.push(...mockOutcomes(m));
  }
  return { outcomes, touched, mocks };
}
