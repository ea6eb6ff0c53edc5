import { describe, expect, it } from 'vitest';
import { advance, clockState, formatClock, handIn, stepTimes, warningFor } from '../../src/mock/clock';
import type { MockRecord } from '../../src/mock/record';

const MIN = 60_000;
const T0 = 1_700_000_000_000;
function record(minutes: number[]): MockRecord {
  return {
    version: 1,
    id: 'm1',
    seed: 's',
    plannedMinutes: minutes.reduce((a, b) => a + b, 0),
    createdAt: T0,
    parts: minutes.map((m, i) => ({ kind: 'concept', itemId: `c${i}`, title: `C${i}`, skill: 'concepts', durationMs: m * MIN, work: { answer: '', followUp: '' } })),
  };
}

describe('the mock clock', () => {
  it('opens the first part at the start and counts down from absolute times', () => {
    const r = advance(record([10, 5]), T0 + 3 * MIN);
    expect(r.parts[0].startedAt).toBe(T0);
    expect(clockState(r, T0 + 3 * MIN)).toEqual({ current: 0, remainingMs: 7 * MIN, overallRemainingMs: 12 * MIN, warning: undefined });
  });

  it('warns at 5 and at 1 minute, only for parts longer than the warning', () => {
    expect(warningFor(10 * MIN, 5 * MIN)).toBe(5);
    expect(warningFor(10 * MIN, 5 * MIN + 1)).toBeUndefined();
    expect(warningFor(10 * MIN, 60_000)).toBe(1);
    expect(warningFor(4 * MIN, 3 * MIN)).toBeUndefined();
    expect(warningFor(4 * MIN, 30_000)).toBe(1);
    expect(warningFor(0.5 * MIN, 10_000)).toBeUndefined();
    expect(warningFor(10 * MIN, 0)).toBeUndefined();
  });

  it('locks a part at zero and opens the next at that exact moment, even after a long reload', () => {
    const r = advance(record([10, 5, 5]), T0 + 12 * MIN);
    expect(r.parts[0]).toMatchObject({ endedAt: T0 + 10 * MIN, endedBy: 'time' });
    expect(r.parts[1].startedAt).toBe(T0 + 10 * MIN);
    expect(clockState(r, T0 + 12 * MIN)).toMatchObject({ current: 1, remainingMs: 3 * MIN });
    // Closed for an hour: every part ran out at its own deadline.
    const late = advance(record([10, 5, 5]), T0 + 60 * MIN);
    expect(late.parts.map((p) => p.endedAt)).toEqual([T0 + 10 * MIN, T0 + 15 * MIN, T0 + 20 * MIN]);
    expect(late.finishedAt).toBe(T0 + 20 * MIN);
    expect(clockState(late, T0 + 60 * MIN).current).toBe(-1);
  });

  it('hands a part in early; the next one opens now with its own time plus the time left over', () => {
    const r = handIn(advance(record([10, 5]), T0), 0, T0 + 4 * MIN);
    expect(r.parts[0]).toMatchObject({ endedAt: T0 + 4 * MIN, endedBy: 'hand-in' });
    expect(r.parts[1]).toMatchObject({ durationMs: 11 * MIN, carriedMs: 6 * MIN });
    expect(clockState(r, T0 + 4 * MIN)).toMatchObject({ current: 1, remainingMs: 11 * MIN, overallRemainingMs: 11 * MIN });
    // The mock still ends when it was planned to.
    expect(advance(r, T0 + 15 * MIN).finishedAt).toBe(T0 + 15 * MIN);
    const done = handIn(r, 1, T0 + 6 * MIN);
    expect(done.finishedAt).toBe(T0 + 6 * MIN);
    // Handing in a part that is already closed changes nothing.
    expect(handIn(done, 0, T0 + 7 * MIN)).toEqual(done);
  });

  it('never shows more than a part\'s time when the system clock moves back', () => {
    const r = advance(record([10, 5]), T0);
    expect(clockState(r, T0 - 30 * MIN)).toMatchObject({ current: 0, remainingMs: 10 * MIN, overallRemainingMs: 15 * MIN });
    // Handed in "before" it opened: no time used, all of it carried, none invented.
    const h = handIn(r, 0, T0 - 30 * MIN);
    expect(h.parts[0]).toMatchObject({ endedAt: T0 });
    expect(h.parts[1]).toMatchObject({ startedAt: T0, durationMs: 15 * MIN, carriedMs: 10 * MIN });
    expect(clockState(h, T0 - 5 * MIN).remainingMs).toBe(15 * MIN);
  });

  it('returns the same record when nothing changed, so nothing is saved needlessly', () => {
    const r = advance(record([10]), T0);
    expect(advance(r, T0 + MIN)).toBe(r);
  });

  it('adds up time per method step from the step log', () => {
    const t = stepTimes([{ step: 'examples', at: T0 + 2 * MIN }, { step: 'code', at: T0 + 5 * MIN }, { step: 'clarify', at: T0 + 6 * MIN }, { step: 'code', at: T0 + 7 * MIN }], T0, T0 + 10 * MIN);
    expect(t).toEqual({ clarify: 3 * MIN, examples: 3 * MIN, approach: 0, complexity: 0, code: 4 * MIN, test: 0 });
  });

  it('formats remaining time', () => {
    expect([formatClock(245_000), formatClock(9_000), formatClock(3_720_000), formatClock(-5), formatClock(59_001)]).toEqual(['4:05', '0:09', '1:02:00', '0:00', '1:00']);
  });
});
