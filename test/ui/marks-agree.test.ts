// @vitest-environment jsdom
/**
 * Catalog, progress, practise-next and the mock scorecard read marks from the same records with the same
 * rule (src/mock/marks.ts): these tests build one browser's worth of saved work and ask every page.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { freshStore, ACCEPTED } from './store-helpers';
import { recordAttempt, saveDesignDraft } from '../../src/ui/storage/progress';
import { recordConceptReview } from '../../src/ui/mock/mock-store';
import { saveMock } from '../../src/ui/mock/mock-store';
import { gatherMarks, gatherProgress } from '../../src/ui/progress/progress-data';
import { skillRows } from '../../src/mock/skills';
import { practiseNext, DAY_MS } from '../../src/mock/scheduler';
import { buildScorecard } from '../../src/mock/scorecard';
import { codingPracticeEvidence, conceptPointStatus, markOf, resultOf } from '../../src/mock/marks';
import { finishedMock, MIN, T0 } from '../mock/fixtures';

const ENTRIES = [
  { id: 'dedupe-list', title: 'Deduplicate a list', skill: 'hash-maps-and-sets', kind: 'coding' },
  { id: 'are-anagrams', title: 'Anagrams', skill: 'hash-maps-and-sets', kind: 'coding' },
  { id: 'wish-list-api', title: 'Wish list API', skill: 'api-design', kind: 'design' },
  { id: 'concept-caching-latency', title: 'Caching', skill: 'concepts', kind: 'concept' },
  { id: 'concept-rollback', title: 'Rollback', skill: 'concepts', kind: 'concept' },
  { id: 'concept-idempotency', title: 'Idempotency', skill: 'concepts', kind: 'concept' },
];
const SKILLS = ['hash-maps-and-sets', 'api-design', 'concepts'].map((id) => ({ id, label: id }));

/** Every page's view of every item: catalog mark, progress status, in practise-next or not. */
function everyPage(now: number) {
  const catalog = gatherMarks(ENTRIES);
  const data = gatherProgress(ENTRIES);
  const progress = Object.fromEntries(skillRows(ENTRIES, SKILLS, data.evidence, data.touched).flatMap((r) => r.items.map((i) => [i.id, i.status])));
  const queue = practiseNext(data.evidence, now, 20);
  return { catalog, progress, queue };
}

beforeEach(() => localStorage.clear());

describe('one source of truth for marks', () => {
  it('a later 13/13 clears "6/13 passed": solved in the catalog and progress, and practise-next no longer says 6/13', async () => {
    await freshStore();
    recordAttempt('dedupe-list', { ...ACCEPTED, at: T0, verdict: 'wrong-answer', passed: 6, total: 13 });
    let pages = everyPage(T0 + 2 * DAY_MS);
    expect(pages.catalog['dedupe-list']).toBe('missed');
    expect(pages.progress['dedupe-list']).toBe('missed');
    expect(pages.queue.find((q) => q.itemId === 'dedupe-list')?.reason).toBe('In practice: 6 of 13 tests passed (wrong answer)');

    recordAttempt('dedupe-list', { ...ACCEPTED, at: T0 + 10 * MIN, passed: 13, total: 13 });
    pages = everyPage(T0 + 2 * DAY_MS);
    expect(pages.catalog['dedupe-list']).toBe('solved');
    expect(pages.progress['dedupe-list']).toBe('solved');
    const entry = pages.queue.find((q) => q.itemId === 'dedupe-list');
    expect(entry?.reason).not.toMatch(/6 of 13/);
    expect(entry?.due).toBe(false);
  });

  it("a mock's parts show the same marks in the catalog, progress and the scorecard", async () => {
    await freshStore();
    const mock = finishedMock();
    // The coding part passed every test with a right complexity claim this time.
    const coding = mock.parts[0];
    if (coding.kind !== 'coding' || !coding.evaluation) throw new Error('fixture');
    coding.evaluation = { ...coding.evaluation, complexityVerdict: 'matches', claimedTime: 'O(n)' };
    saveMock(mock);
    const pages = everyPage(T0 + 2 * DAY_MS);
    const card = buildScorecard(mock);
    for (const part of card.parts) {
      expect([part.part.itemId, pages.catalog[part.part.itemId]]).toEqual([part.part.itemId, part.mark]);
      expect([part.part.itemId, pages.progress[part.part.itemId]]).toEqual([part.part.itemId, part.mark]);
    }
    expect(pages.catalog['dedupe-list']).toBe('solved');
    expect(pages.catalog['wish-list-api']).toBe('missed');
    expect(pages.catalog['concept-caching-latency']).toBe('solved');
    expect(pages.catalog['concept-rollback']).toBe('missed');
    expect(pages.queue.map((q) => q.itemId).sort()).toEqual(['concept-rollback', 'wish-list-api']);
  });

  it('designs and concepts agree everywhere, and an undecided point is never a miss', async () => {
    await freshStore();
    saveDesignDraft('wish-list-api', { diagram: 'flowchart LR', notes: {}, review: { met: 9, total: 13, at: T0 } });
    recordConceptReview('concept-caching-latency', { at: T0, met: 4, total: 5, missed: ['cost'] });
    // Four points explained, one the reader could not decide: not a miss anywhere.
    recordConceptReview('concept-idempotency', { at: T0, met: 4, total: 5, missed: [], undecided: ['retries'] });
    const pages = everyPage(T0 + 2 * DAY_MS);
    for (const id of ['wish-list-api', 'concept-caching-latency', 'concept-idempotency']) expect(pages.catalog[id]).toBe(pages.progress[id]);
    expect(pages.catalog['wish-list-api']).toBe('missed');
    expect(pages.catalog['concept-caching-latency']).toBe('missed');
    expect(pages.catalog['concept-idempotency']).toBe('attempted');
    expect(pages.queue.map((q) => q.itemId).sort()).toEqual(['concept-caching-latency', 'wish-list-api']);
  });
});

describe('the rule', () => {
  it('a missed point makes a check wrong; all met, right; otherwise undecided', () => {
    expect(resultOf(['met', 'met'])).toBe('right');
    expect(resultOf(['met', 'undecided'])).toBe('undecided');
    expect(resultOf(['undecided', 'missed'])).toBe('wrong');
    expect(resultOf([])).toBe('undecided');
    expect(['explained', 'met', 'unsure', 'named', 'missed', 'contradicted'].map(conceptPointStatus)).toEqual(['met', 'met', 'undecided', 'missed', 'missed', 'missed']);
  });

  it('the latest right or wrong check decides; runs and undecided checks only make an item attempted', () => {
    const evidence = codingPracticeEvidence('a', [
      { at: 1, mode: 'submit', verdict: 'accepted', passed: 3, total: 3 },
      { at: 2, mode: 'run', verdict: 'wrong-answer', passed: 0, total: 3 },
    ]);
    expect(markOf('a', evidence, new Set())).toBe('solved');
    expect(markOf('b', [{ itemId: 'b', at: 1, result: 'undecided', source: 'mock' }], new Set())).toBe('attempted');
  });
});
