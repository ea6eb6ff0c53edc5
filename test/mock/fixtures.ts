import type { MockRecord } from '../../src/mock/record';

export const MIN = 60_000;
export const T0 = Date.UTC(2026, 0, 5, 9);

/** A finished 30-minute mock with every part evaluated: code accepted with a wrong complexity claim, a half-met design, one concept met, one timed out. */
export function finishedMock(overrides: Partial<MockRecord> = {}): MockRecord {
  return {
    version: 1,
    id: 'mtest',
    seed: 'abc',
    plannedMinutes: 30,
    createdAt: T0,
    finishedAt: T0 + 28 * MIN,
    parts: [
      {
        kind: 'coding',
        itemId: 'dedupe-list',
        title: 'Dedupe a list',
        skill: 'hash-maps-and-sets',
        durationMs: 14 * MIN,
        startedAt: T0,
        endedAt: T0 + 12 * MIN,
        endedBy: 'hand-in',
        work: {
          language: 'javascript',
          code: 'function dedupe(xs) { return [...new Set(xs)]; }',
          fields: { clarify: 'Can it be empty?\nAre items strings?', examples: '[1,1,2] -> [1,2]', approach: 'A Set', complexity: 'O(n^2) time', test: '' },
          stepLog: [
            { step: 'examples', at: T0 + 2 * MIN },
            { step: 'code', at: T0 + 4 * MIN },
            { step: 'test', at: T0 + 10 * MIN },
          ],
          prediction: { pass: true, timeClass: 'O(n)' },
        },
        evaluation: {
          verdict: 'accepted',
          passed: 10,
          total: 10,
          hiddenPassed: 8,
          hiddenTotal: 8,
          measured: 'O(n)',
          complexityVerdict: 'does-not-match-code',
          complexityChecks: [{ id: 'measured', status: 'fail', message: 'You wrote O(n^2), but your code grows as O(n).' }],
          claimedTime: 'O(n^2)',
        },
      },
      {
        kind: 'design',
        itemId: 'wish-list-api',
        title: 'Wish list API',
        skill: 'api-design',
        designKind: 'api',
        durationMs: 8 * MIN,
        startedAt: T0 + 12 * MIN,
        endedAt: T0 + 20 * MIN,
        endedBy: 'time',
        work: { diagram: 'flowchart LR\n  a --> b', notes: { api: 'GET /lists' } },
        evaluation: {
          results: [
            { id: 'gateway', label: 'API gateway', type: 'component', met: true, detail: "node 'API gateway'" },
            { id: 'pagination', label: 'Pagination', type: 'topic', met: false, detail: 'The notes do not mention pagination.' },
          ],
        },
      },
      {
        kind: 'concept',
        itemId: 'concept-caching-latency',
        title: 'Caching',
        skill: 'concepts',
        durationMs: 4 * MIN,
        startedAt: T0 + 20 * MIN,
        endedAt: T0 + 24 * MIN,
        endedBy: 'hand-in',
        work: { answer: 'The hit rate decides it.', followUp: '' },
        evaluation: { findings: [{ id: 'hit-rate', label: 'Hit rate', status: 'explained', evidence: '“The hit rate decides it.”', message: '' }], notes: [] },
      },
      {
        kind: 'concept',
        itemId: 'concept-rollback',
        title: 'Rollback',
        skill: 'concepts',
        durationMs: 4 * MIN,
        startedAt: T0 + 24 * MIN,
        endedAt: T0 + 28 * MIN,
        endedBy: 'time',
        work: { answer: '', followUp: '' },
        evaluation: {
          findings: [
            { id: 'revert', label: 'Go back to the last good version', status: 'missed', message: 'not heard' },
            { id: 'flags', label: 'Feature flags', status: 'mentioned', evidence: '“flags, canary, schema”', message: 'named only' },
          ],
          notes: ['There is no answer to review yet.'],
        },
      },
    ],
    ...overrides,
  };
}
