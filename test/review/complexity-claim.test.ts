import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it, expect } from 'vitest';
import { compareClasses, parseClaim, type ProblemVariable } from '../../src/review/complexity-claim';
import { codingProblemMeta, type ComplexityClass } from '../../src/problems/schema';

const N: ProblemVariable[] = [{ name: 'n', meaning: 'number of items', grows: 'n' }];
const NMK: ProblemVariable[] = [
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
const PAGES: ProblemVariable[] = [
  { name: 'n', meaning: 'number of items in the feed', grows: 'n' },
  { name: 'l', meaning: 'page size (limit)', grows: '1' },
];

describe('parseClaim: the written forms of CATALOG.md §3 map to the seven classes', () => {
  it.each<[string, ComplexityClass]>([
    // O(1)
    ['O(1)', 'O(1)'],
    ['constant time', 'O(1)'],
    ['O(26) because the alphabet is fixed', 'O(1)'],
    ['Θ(1)', 'O(1)'],
    ['big O of one', 'O(1)'],
    ['0(1)', 'O(1)'],
    ['O(10^5)', 'O(1)'],
    // O(log n)
    ['O(log n)', 'O(log n)'],
    ['logarithmic time', 'O(log n)'],
    ['it is log n', 'O(log n)'],
    ['O(logn)', 'O(log n)'],
    ['O(log(n))', 'O(log n)'],
    ['O(log₂ n)', 'O(log n)'],
    // O(n)
    ['O(n)', 'O(n)'],
    ['O(N)', 'O(n)'],
    ['o(n)', 'O(n)'],
    ['linear time', 'O(n)'],
    ['it grows linearly', 'O(n)'],
    ['big O of n', 'O(n)'],
    ['Big-O(n)', 'O(n)'],
    ['bigO(n)', 'O(n)'],
    ['O(2n)', 'O(n)'],
    ['O(n/2)', 'O(n)'],
    ['O(3n + 5)', 'O(n)'],
    ['O(n - 1)', 'O(n)'],
    ['Θ(n)', 'O(n)'],
    ['theta(n)', 'O(n)'],
    ['Ω(n)', 'O(n)'],
    ['O(n) amortized', 'O(n)'],
    ['on average O(n)', 'O(n)'],
    ['O(   n   )', 'O(n)'],
    ['O(n + log n)', 'O(n)'],
    ['order n', 'O(n)'],
    // O(n log n)
    ['O(nlogn)', 'O(n log n)'],
    ['O(n log n)', 'O(n log n)'],
    ['O(n lg n)', 'O(n log n)'],
    ['O(n log(n))', 'O(n log n)'],
    ['O(n * log2 n)', 'O(n log n)'],
    ['O(n·log n)', 'O(n log n)'],
    ['n log n because of the sort', 'O(n log n)'],
    ['linearithmic', 'O(n log n)'],
    ['log-linear', 'O(n log n)'],
    ['O(n + n log n)', 'O(n log n)'],
    ['O(n) + O(n log n)', 'O(n log n)'],
    // O(n^2)
    ['O(n^2)', 'O(n^2)'],
    ['O(n*n)', 'O(n^2)'],
    ['O(n²)', 'O(n^2)'],
    ['O(n2)', 'O(n^2)'],
    ['O(n**2)', 'O(n^2)'],
    ['O(n(n-1)/2)', 'O(n^2)'],
    ['O(n^2 + n)', 'O(n^2)'],
    ['n squared', 'O(n^2)'],
    ['n-squared', 'O(n^2)'],
    ['quadratic', 'O(n^2)'],
    ['big O of n squared', 'O(n^2)'],
    ['time: n^2', 'O(n^2)'],
    // O(n^3)
    ['O(n³)', 'O(n^3)'],
    ['O(n^3)', 'O(n^3)'],
    ['cubic', 'O(n^3)'],
    ['n cubed', 'O(n^3)'],
    // O(2^n)
    ['O(2^n)', 'O(2^n)'],
    ['O(2ⁿ)', 'O(2^n)'],
    ['O(3^n)', 'O(2^n)'],
    ['O(n·2^n)', 'O(2^n)'],
    ['O(n!)', 'O(2^n)'],
    ['exponential', 'O(2^n)'],
    ['it grows exponentially', 'O(2^n)'],
  ])('%s → %s', (text, expected) => {
    expect(parseClaim(text, N).time?.class).toBe(expected);
  });

  it.each<[string, ComplexityClass, ProblemVariable[]]>([
    ['O(n*m)', 'O(n^2)', NMK],
    ['O(nm)', 'O(n^2)', NMK],
    ['O(n × m)', 'O(n^2)', NMK],
    ['O(n x m)', 'O(n^2)', NMK],
    ['O(n + m)', 'O(n)', NMK],
    ['O(n·k)', 'O(n^2)', NMK],
    ['O(n log k)', 'O(n log n)', NMK],
    ['O(k)', 'O(n)', NMK],
    ['O(max(n, m))', 'O(n)', NMK],
    ['O(n + m log m)', 'O(n log n)', NMK],
    ['O((n + m)^2)', 'O(n^2)', NMK],
    ['O(V+E)', 'O(n)', GRAPH],
    ['O(|V| + |E|)', 'O(n)', GRAPH],
    ['O(V + E) time', 'O(n)', GRAPH],
    ['O(v + e)', 'O(n)', GRAPH],
    ['O(V*(V+E))', 'O(n^2)', GRAPH],
    ['O(E log V)', 'O(n log n)', GRAPH],
    ['O(V·E)', 'O(n^2)', GRAPH],
    ['big O of V plus E', 'O(n)', GRAPH],
    ['O(n·k)', 'O(n)', FIXED_K],
    ['O(k)', 'O(1)', FIXED_K],
    ['O(n log k)', 'O(n)', FIXED_K],
    ['O(k^n)', 'O(2^n)', FIXED_K],
    ['O(log n + limit)', 'O(log n)', PAGES],
    ['O(l)', 'O(1)', PAGES],
  ])('%s with the problem’s variables → %s', (text, expected, variables) => {
    expect(parseClaim(text, variables).time?.class).toBe(expected);
  });

  it.each([
    ['O(n^1.5)', 'O(n^1.5)'],
    ['O(log^2 n)', 'O(log^2 n)'],
    ['O(n^4)', 'O(n^4)'],
    ['O(sqrt(n))', 'O(√n)'],
    ['O(log log n)', undefined],
    ['polynomial', 'polynomial'],
  ])('%s is read but is none of the seven classes', (text, normalized) => {
    const time = parseClaim(text, N).time;
    expect(time).toBeDefined();
    expect(time?.class).toBeUndefined();
    if (normalized) expect(time?.normalized).toBe(normalized);
  });

  it('reads n^k with a fixed k as no class (its degree is unknown)', () => {
    expect(parseClaim('O(n^k)', FIXED_K).time?.class).toBeUndefined();
  });
});

describe('parseClaim: normalised spelling', () => {
  it.each<[string, string, ProblemVariable[]]>([
    ['O(n*m)', 'O(n·m)', NMK],
    ['O(nm)', 'O(n·m)', NMK],
    ['O(n*n)', 'O(n^2)', N],
    ['n squared', 'O(n^2)', N],
    ['O(n²)', 'O(n^2)', N],
    ['O(nlogn)', 'O(n log n)', N],
    ['O(n lg n)', 'O(n log n)', N],
    ['O(2n + 3)', 'O(n)', N],
    ['O(26)', 'O(1)', N],
    ['O(n + n log n)', 'O(n log n)', N],
    ['O(V+E)', 'O(V + E)', GRAPH],
    ['O(V*(V+E))', 'O(V^2 + V·E)', GRAPH],
    ['O(n log k)', 'O(n log k)', NMK],
    ['O(2ⁿ)', 'O(2^n)', N],
    ['linear', 'O(n)', N],
    ['quadratic', 'O(n^2)', N],
  ])('%s → %s', (text, normalized, variables) => {
    expect(parseClaim(text, variables).time?.normalized).toBe(normalized);
  });

  it('keeps the text as written in raw and lists variables in order of use', () => {
    const time = parseClaim('It is O(m * n) overall', NMK).time;
    expect(time?.raw).toBe('O(m * n)');
    expect(time?.variables).toEqual(['m', 'n']);
  });

  it('records the notation and the qualifier', () => {
    const c = parseClaim('Θ(n) time; amortized O(1) space', N);
    expect(c.time).toMatchObject({ notation: 'Θ', class: 'O(n)' });
    expect(c.space).toMatchObject({ qualifier: 'amortized', class: 'O(1)' });
    expect(parseClaim('Ω(n log n) in the worst case', N).time).toMatchObject({ notation: 'Ω', qualifier: 'worst' });
    expect(parseClaim('linear', N).time?.notation).toBe('words');
  });
});

describe('parseClaim: which bound is time and which is space', () => {
  it.each<[string, ComplexityClass | undefined, ComplexityClass | undefined]>([
    ['Time O(n log n) for the sort; space O(n) for the copy.', 'O(n log n)', 'O(n)'],
    ['Time O(n), space O(1)', 'O(n)', 'O(1)'],
    ['Space O(1), time O(n^2)', 'O(n^2)', 'O(1)'],
    ['It runs in O(n) time and needs O(1) extra memory.', 'O(n)', 'O(1)'],
    ['O(n) time and O(1) space', 'O(n)', 'O(1)'],
    ['O(n) runtime, O(n) auxiliary space', 'O(n)', 'O(n)'],
    ['Runtime: linear. Memory: constant.', 'O(n)', 'O(1)'],
    ['Space: a constant amount of memory. Time: linear in n.', 'O(n)', 'O(1)'],
    ['The time complexity is big O of n squared and the space is order n', 'O(n^2)', 'O(n)'],
    ['time: n^2, space: 1', 'O(n^2)', 'O(1)'],
    ['Time and space are both O(n).', 'O(n)', 'O(n)'],
    ['O(n) for both time and space', 'O(n)', 'O(n)'],
    ['O(n) / O(1)', 'O(n)', 'O(1)'],
    ['Time is O(n) and it uses O(n) extra', 'O(n)', 'O(n)'],
    ['sorting is O(n log n) which dominates. O(n) space', 'O(n log n)', 'O(n)'],
  ])('%s', (text, time, space) => {
    const c = parseClaim(text, N);
    expect([c.time?.class, c.space?.class]).toEqual([time, space]);
  });

  it('takes a single unlabelled bound as time and says so', () => {
    const c = parseClaim('O(n) because of the single loop', N);
    expect(c.time?.class).toBe('O(n)');
    expect(c.space).toBeUndefined();
    expect(c.timeWasUnlabelled).toBe(true);
    expect(parseClaim('Time O(n)', N).timeWasUnlabelled).toBe(false);
  });

  it('does not take the cost of one step as the claim', () => {
    const c = parseClaim('Time O(n): one pass, and each Set lookup is O(1) on average. Space O(n) for the Set.', N);
    expect([c.time?.class, c.space?.class]).toEqual(['O(n)', 'O(n)']);
    expect(c.bounds.map((b) => b.label)).toEqual(['time', 'per-operation', 'space']);
    expect(parseClaim('Lookups are O(1) on average.', N).time).toBeUndefined();
    expect(parseClaim('O(1) lookups, O(n) total time', N).time?.class).toBe('O(n)');
    expect(parseClaim('We do O(n) lookups in total', N).time?.class).toBe('O(n)');
    expect(parseClaim('Each lookup takes constant time, so the whole thing is linear.', N).time?.class).toBe('O(n)');
  });

  it('does not take another approach as the claim', () => {
    expect(parseClaim('A nested loop would be O(n^2); with a Set it is O(n). Space O(n).', N).time?.class).toBe('O(n)');
    expect(parseClaim('The naive approach is O(n^2), but a Set makes it O(n) time.', N).time?.class).toBe('O(n)');
    expect(parseClaim('O(n) instead of O(n^2)', N).time?.class).toBe('O(n)');
    expect(parseClaim('Time O(n), not O(n^2)', N).bounds.map((b) => b.label)).toEqual(['time', 'alternative']);
    // …but a user's own naive solution is their claim.
    expect(parseClaim('My naive solution is O(n^2) time with O(1) space', N).time?.class).toBe('O(n^2)');
  });

  it('ignores "time" in "each time" and "constant" describing a size', () => {
    const c = parseClaim('Each time we see an item we add it to a Set, O(n) overall. O(n) space.', N);
    expect(c.time?.class).toBe('O(n)');
    expect(c.timeWasUnlabelled).toBe(true);
    expect(parseClaim('Time O(n·k) where k is constant.', FIXED_K).bounds).toHaveLength(1);
    expect(parseClaim('A linear search inside the loop', N).time).toBeUndefined();
    expect(parseClaim('Retries use exponential backoff', N).time).toBeUndefined();
  });
});

describe('parseClaim: variables', () => {
  it.each<[string, string, string]>([
    ['Time O(n + q) where q is the number of queries.', 'q', 'number of queries'],
    ['q = number of queries', 'q', 'number of queries'],
    ['k = distinct', 'k', 'distinct'],
    ['k: distinct characters', 'k', 'distinct characters'],
    ['let d be the number of distinct SKUs', 'd', 'number of distinct SKUs'],
    ['d is the number of distinct SKUs', 'd', 'number of distinct SKUs'],
    ['O(n·c) with c (the size of the cache)', 'c', 'size of the cache'],
    ['O(V + E), where V and E are the numbers of tasks and dependencies', 'E', 'numbers of tasks and dependencies'],
    ['O(n) for n tasks', 'n', 'tasks'],
  ])('%s defines %s', (text, letter, meaning) => {
    expect(parseClaim(text, N).definedInText[letter]).toBe(meaning);
  });

  it('splits two definitions joined by "and"', () => {
    const c = parseClaim('O(n + m) where n is the number of tasks and m is the number of dependencies', GRAPH);
    expect(c.definedInText).toEqual({ n: 'number of tasks', m: 'number of dependencies' });
    expect(c.time?.unknownVariables).toEqual([]);
  });

  it('does not read a scale sentence or a code name as a definition', () => {
    expect(parseClaim('At n = 10^5 that is fast', N).definedInText).toEqual({});
    expect(parseClaim('Time: O(n). Space: O(1).', N).definedInText).toEqual({});
  });

  it('flags variables that nobody defined, and only those', () => {
    expect(parseClaim('Time O(q)', N).time?.unknownVariables).toEqual(['q']);
    expect(parseClaim('Time O(n·q) where q is the number of queries', N).time?.unknownVariables).toEqual([]);
    expect(parseClaim('Time O(N)', N).time?.unknownVariables).toEqual([]);
    expect(parseClaim('Time O(n)', GRAPH).time?.unknownVariables).toEqual(['n']);
    // A variable defined as a fixed size is a constant.
    expect(parseClaim('Time O(n·z) where z is a constant alphabet', N).time?.class).toBe('O(n)');
  });

  it('matches words to the meanings of the variables and to the problem’s own wording', () => {
    expect(parseClaim('O(log n + limit)', PAGES).time?.unknownVariables).toEqual([]);
    const users: ProblemVariable[] = [{ name: 'u', meaning: 'number of users', grows: 'n' }];
    expect(parseClaim('Space O(users)', users).space).toMatchObject({ class: 'O(n)', unknownVariables: [] });
    expect(parseClaim('Space O(live keys)', N).space?.unknownVariables).toEqual(['live keys']);
    expect(parseClaim('Space O(live keys)', N, { knownTexts: ['O(live keys)'] }).space?.unknownVariables).toEqual([]);
  });
});

describe('parseClaim: robustness', () => {
  it.each(['', ' ', 'O(', 'O()', 'O((((n', ')))', 'O(n^)', 'O(^n)', 'O(n))))', '😀 O(😀)', 'O(n / 0)', 'O(0^n)', 'O(n^n^n^n)', 'log', 'n squared squared', '\u0000O(n)\u0000', 'O(constructor)', 'O(__proto__)', 'toString = hasOwnProperty'])(
    'never throws on %j',
    (text) => {
      const c = parseClaim(text, N);
      expect(typeof c.timeWasUnlabelled).toBe('boolean');
      expect(Array.isArray(c.bounds)).toBe(true);
    },
  );

  it('survives random text made of the characters bounds are made of', () => {
    // A fixed-seed generator keeps the run reproducible.
    let seed = 42;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const pieces = ['O(', ')', 'n', 'm', 'log', ' ', '^', '2', '*', '+', 'time', 'space', 'where', ' is ', '=', '.', ',', 'squared', 'Θ', '²', 'ⁿ', '(', '!', '/', 'k', 'V', 'E', 'each', 'lookup', 'naive'];
    for (let run = 0; run < 500; run++) {
      const text = Array.from({ length: 1 + Math.floor(random() * 30) }, () => pieces[Math.floor(random() * pieces.length)]).join('');
      expect(() => parseClaim(text, GRAPH)).not.toThrow();
    }
  });

  it('handles a very long text and malformed variable lists', () => {
    const long = 'Time O(n) because one pass. '.repeat(2_000);
    expect(parseClaim(long, N).time?.class).toBe('O(n)');
    expect(parseClaim('O(n)', undefined as unknown as ProblemVariable[]).time?.class).toBe('O(n)');
    expect(parseClaim(undefined as unknown as string, N).bounds).toEqual([]);
  });
});

describe('compareClasses', () => {
  it('orders the classes from slowest-growing to fastest-growing', () => {
    expect(compareClasses('O(n)', 'O(n^2)')).toBeLessThan(0);
    expect(compareClasses('O(2^n)', 'O(n^3)')).toBeGreaterThan(0);
    expect(compareClasses('O(n log n)', 'O(n log n)')).toBe(0);
  });
});

describe("every problem's own wording reads as its declared classes", () => {
  // sliding-window-limit writes its space as O(users × limit) but declares no variable for the limit,
  // so "limit" is read as growing (O(n^2)) rather than as the fixed setting it is.
  const KNOWN_UNDECLARED_SIZE = new Set(['sliding-window-limit']);
  const root = join(__dirname, '..', '..', 'problems');
  const problems = readdirSync(root)
    .filter((id) => existsSync(join(root, id, 'problem.json')))
    .map((id) => JSON.parse(readFileSync(join(root, id, 'problem.json'), 'utf8')) as { kind: string })
    .filter((p) => p.kind === 'coding')
    .map((p) => codingProblemMeta.parse(p));

  it('finds the coding problems', () => {
    expect(problems.length).toBeGreaterThan(10);
  });

  it.each(problems.filter((p) => !KNOWN_UNDECLARED_SIZE.has(p.id)).map((p) => [p.id, p] as const))('%s', (_id, problem) => {
    const c = problem.complexity;
    const text = `Time ${c.timeText ?? c.time}. Space ${c.spaceText ?? c.space}.`;
    const claim = parseClaim(text, c.variables, { knownTexts: [c.timeText, c.spaceText].filter((t): t is string => t !== undefined) });
    expect([claim.time?.class, claim.space?.class]).toEqual([c.time, c.space]);
    expect([...(claim.time?.unknownVariables ?? []), ...(claim.space?.unknownVariables ?? [])]).toEqual([]);
  });
});
