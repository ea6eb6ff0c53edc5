import { describe, expect, it } from 'vitest';
import { DAY_MS, practiseNext, type Evidence } from '../../src/mock/scheduler';

const T0 = Date.UTC(2026, 0, 5, 9);
const miss = (itemId: string, at: number, reason = 'missed a hidden rule'): Evidence => ({ itemId, at, result: 'wrong', reason, source: 'mock' });
const hit = (itemId: string, at: number): Evidence => ({ itemId, at, result: 'right', source: 'practice' });
const undecided = (itemId: string, at: number): Evidence => ({ itemId, at, result: 'undecided', source: 'practice' });

describe('the practise-next scheduler', () => {
  it('brings a miss back after a day, not before', () => {
    const outcomes = [miss('lru-cache', T0)];
    expect(practiseNext(outcomes, T0 + DAY_MS - 1)[0]).toMatchObject({ itemId: 'lru-cache', due: false, stage: 0, dueAt: T0 + DAY_MS });
    expect(practiseNext(outcomes, T0 + DAY_MS)[0]).toMatchObject({ due: true, reason: 'missed a hidden rule' });
  });

  it('after a spaced success, comes back after three days; a second spaced success retires it', () => {
    const s1 = T0 + DAY_MS + 3600_000;
    const after1 = [miss('a', T0), hit('a', s1)];
    expect(practiseNext(after1, s1 + 1)[0]).toMatchObject({ stage: 1, due: false, dueAt: s1 + 3 * DAY_MS });
    expect(practiseNext(after1, s1 + 3 * DAY_MS)[0].due).toBe(true);
    expect(practiseNext([...after1, hit('a', s1 + 3 * DAY_MS)], s1 + 4 * DAY_MS)).toEqual([]);
  });

  it('a later success clears the miss at once: its reason goes, one more look after three days', () => {
    const q = practiseNext([miss('a', T0, 'practice: 6 of 13 tests passed'), hit('a', T0 + 60_000)], T0 + 2 * DAY_MS);
    expect(q[0]).toMatchObject({ stage: 1, due: false, dueAt: T0 + 60_000 + 3 * DAY_MS });
    expect(q[0].reason).not.toMatch(/6 of 13/);
    // At stage 1 a success that comes too soon does not retire it; one once it is due does.
    expect(practiseNext([miss('a', T0), hit('a', T0 + 60_000), hit('a', T0 + DAY_MS)], T0 + 2 * DAY_MS)[0]).toMatchObject({ stage: 1 });
    expect(practiseNext([miss('a', T0), hit('a', T0 + 60_000), hit('a', T0 + 60_000 + 3 * DAY_MS)], T0 + 5 * DAY_MS)).toEqual([]);
  });

  it('never counts an undecided check as a miss, nor as a success', () => {
    expect(practiseNext([undecided('a', T0)], T0 + 2 * DAY_MS)).toEqual([]);
    expect(practiseNext([miss('a', T0), undecided('a', T0 + 60_000)], T0 + 2 * DAY_MS)[0]).toMatchObject({ stage: 0, due: true, reason: 'missed a hidden rule' });
  });

  it('starts over on a new miss, even at stage 1', () => {
    const s1 = T0 + 2 * DAY_MS;
    const q = practiseNext([miss('a', T0), hit('a', s1), miss('a', s1 + DAY_MS, 'wrong complexity claim')], s1 + DAY_MS + 1);
    expect(q[0]).toMatchObject({ stage: 0, dueAt: s1 + 2 * DAY_MS, reason: 'wrong complexity claim' });
  });

  it('lists due items first, oldest due first, and keeps the queue short', () => {
    const outcomes = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((id, i) => miss(id, T0 + i * 3600_000));
    const now = T0 + DAY_MS + 2.5 * 3600_000;
    const q = practiseNext(outcomes, now);
    expect(q.map((e) => `${e.itemId}:${e.due}`)).toEqual(['a:true', 'b:true', 'c:true', 'd:false', 'e:false']);
    expect(practiseNext(outcomes, now, 10)).toHaveLength(7);
  });

  it('ignores items that were only ever right, and outcomes in any order give the same queue', () => {
    const outcomes = [hit('x', T0), miss('a', T0), hit('a', T0 + 2 * DAY_MS)];
    const q1 = practiseNext(outcomes, T0 + 3 * DAY_MS);
    const q2 = practiseNext([...outcomes].reverse(), T0 + 3 * DAY_MS);
    expect(q1).toEqual(q2);
    expect(q1.map((e) => e.itemId)).toEqual(['a']);
  });
});
