import { describe, expect, it } from 'vitest';
import { parseClaim, type ProblemVariable } from '../../src/review/complexity-claim';

const N: ProblemVariable[] = [{ name: 'n', meaning: 'number of items', grows: 'n' }];
const NM: ProblemVariable[] = [
  { name: 'n', meaning: 'length of the first list', grows: 'n' },
  { name: 'm', meaning: 'length of the second list', grows: 'n' },
  { name: 'k', meaning: 'window size', grows: 'n' },
];
const GRAPH: ProblemVariable[] = [
  { name: 'V', meaning: 'number of tasks', grows: 'n' },
  { name: 'E', meaning: 'number of dependencies', grows: 'n' },
];
const FIXED_K: ProblemVariable[] = [
  { name: 'n', meaning: 'number of events', grows: 'n' },
  { name: 'k', meaning: 'alphabet size', grows: '1' },
];

describe('parseClaim: the written forms of CATALOG.md §3 map to the seven classes', () => {
  it.each([
    ['O(1)', 'O(1)'],
    ['constant time', 'O(1)'],
    ['O(26) because the alphabet is fixed', 'O(1)'],
    ['O(log n)', 'O(log n)'],
    ['logarithmic time', 'O(log n)'],
    ['it is log n', 'O(log n)'],
    ['O(n)', 'O(n)'],
    ['O(N)', 'O(n)'],
    ['o(n)', 'O(n)'],
    ['linear time', 'O(n)'],
    ['big O of n', 'O(n)'],
    ['O(2n)', 'O(n)'],
    ['O(n + 5)', 'O(n)'],
    ['Θ(n)', 'O(n)'],
    ['theta(n)', 'O(n)'],
    ['Ω(n)', 'O(n)'],
    ['O(n) amortized', 'O(n)'],
    ['O( n )', 'O(n)'],
    ['O(nlogn)', 'O(n log n)'],
    ['O(n log n)', 'O(n log n)'],
    ['O(n lg n)', 'O(n log n)'],
    ['O(n log(n))', 'O(n log n)'],
    ['O(n * log2 n)', 'O(n log n)'],
    ['n log n because of the sort', 'O(n log n)'],
    ['linearithmic', 'O(n log n)'],
    ['O(n + n log n)', 'O(n log n)'],
    ['O(n^2)', 'O(n^2)'],
    ['O(n²)', 'O(n^2)'],
    ['O(n*n)', 'O(n^2)'],
    ['O(n2)', 'O(n^2)'],
    ['n squared', 'O(n^2)'],
    ['quadratic', 'O(n^2)'],
    ['O(n^2 + n)', 'O(n^2)'],
    ['O(n³)', 'O(n^3)'],
    ['O(n^3)', 'O(n^3)'],
    ['cubic', 'O(n^3)'],
    ['O(2^n)', 'O(2^n)'],
    ['O(2ⁿ)', 'O(2^n)'],
    ['exponential', 'O(2^n)'],
  ])('%s → %s', (text, expected) => {
    expect(parseClaim(text, N).time?.class).toBe(expected);
  });

  it.each([
    ['O(n*m)', NM, 'O(n^2)'],
    ['O(nm)', NM, 'O(n^2)'],
    ['O(n + m)', NM, 'O(n)'],
    ['O(n·k)', NM, 'O(n^2)'],
    ['O(n log k)', NM, 'O(n log n)'],
    ['O(k)', NM, 'O(n)'],
    ['O(V+E)', GRAPH, 'O(n)'],
    ['O(V + E) time', GRAPH, 'O(n)'],
    ['O(V*(V+E))', GRAPH, 'O(n^2)'],
    ['O(n·k)', FIXED_K, 'O(n)'],
    ['O(k)', FIXED_K, 'O(1)'],
  ] as const)('%s with the problem’s variables → %s', (text, variables, expected) => {
    expect(parseClaim(text, [...variables]).time?.class).toBe(expected);
  });
});

describe('parseClaim: which bound is time and which is space', () => {
  it('reads labels before and after a bound', () => {
    const c = parseClaim('Time O(n log n) for the sort; space O(n) for the copy.', N);
    expect(c.time?.class).toBe('O(n log n)');
    expect(c.space?.class).toBe('O(n)');
    expect(c.timeWasUnlabelled).toBe(false);
  });

  it('reads "O(n) time … O(1) extra memory"', () => {
    const c = parseClaim('It runs in O(n) time and needs O(1) extra memory.', N);
    expect([c.time?.class, c.space?.class]).toEqual(['O(n)', 'O(1)']);
  });

  it('takes a single unlabelled bound as time and says so', () => {
    const c = parseClaim('O(n) because of the single loop', N);
    expect(c.time?.class).toBe('O(n)');
    expect(c.space).toBeUndefined();
    expect(c.timeWasUnlabelled).toBe(true);
  });

  it('collects variables defined in the text and flags undefined ones', () => {
    const c = parseClaim('Time O(n + q) where q is the number of queries. Space O(n).', N);
    expect(c.definedInText).toHaveProperty('q');
    expect(c.time?.unknownVariables).toEqual([]);
    expect(parseClaim('Time O(q)', N).time?.unknownVariables).toEqual(['q']);
  });

  it('never throws on odd input', () => {
    for (const text of ['', 'O(', 'O()', 'O((((n', ')))', 'O(n^)', '😀 O(😀)', 'x'.repeat(10_000)]) {
      expect(() => parseClaim(text, N)).not.toThrow();
    }
  });
});
