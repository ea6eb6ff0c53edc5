import { describe, expect, it } from 'vitest';
import { reviewComplexity, type ComplexityReviewInput, type MeasuredGrowth } from '../../src/review/complexity-review';
import type { CodingProblemMeta } from '../../src/problems/schema';

type Complexity = CodingProblemMeta['complexity'];
const dedupe: Complexity = {
  time: 'O(n)',
  space: 'O(n)',
  naive: 'O(n^2)',
  variables: [{ name: 'n', meaning: 'number of items', grows: 'n' }],
  keywords: ['set', 'one pass'],
  outputCountsAsSpace: false,
  lowerBound: { time: 'O(n)', reason: 'it must read every item at least once' },
};
const graph: Complexity = {
  time: 'O(n)',
  space: 'O(n)',
  timeText: 'O(V + E)',
  variables: [
    { name: 'V', meaning: 'number of tasks', grows: 'n' },
    { name: 'E', meaning: 'number of dependencies', grows: 'n' },
  ],
  keywords: ['dfs', 'each task'],
  outputCountsAsSpace: false,
};
const percentile: Complexity = { ...dedupe, time: 'O(n log n)', naive: 'O(n^2)', keywords: ['sort', 'quickselect'], variables: [{ name: 'n', meaning: 'number of latencies', grows: 'n' }] };
const lru: Complexity = { ...dedupe, perOperation: { time: 'O(1)', unit: 'get/put' }, keywords: ['map'], variables: [{ name: 'n', meaning: 'number of operations', grows: 'n' }] };
const paging: Complexity = { time: 'O(log n)', space: 'O(1)', variables: [{ name: 'n', meaning: 'number of items', grows: 'n' }], keywords: ['binary search'], outputCountsAsSpace: false };

const SET_LOOP = 'function dedupe(items) {\n  const seen = new Set();\n  const out = [];\n  for (const x of items) {\n    if (!seen.has(x)) { seen.add(x); out.push(x); }\n  }\n  return out;\n}\n';
const INDEX_OF = 'function dedupe(items) {\n  const seen = [];\n  for (const x of items) {\n    if (seen.indexOf(x) === -1) seen.push(x);\n  }\n  return seen;\n}\n';
const SORTED_COPY = 'function percentile(ms, p) {\n  const sorted = [...ms].sort((a, b) => a - b);\n  return sorted[Math.ceil((p / 100) * sorted.length) - 1];\n}\n';

const linear: MeasuredGrowth = { time: 'O(n)', evidence: 'growth per doubling 2.00 → 2.00', space: { class: 'O(n)', evidence: 'grows from 2 KiB to 580 KiB', includesOutput: false }, hotLines: [{ line: 5, share: 0.9, factor: 2 }] };
const quadraticIndexOf: MeasuredGrowth = { time: 'O(n^2)', evidence: 'growth per doubling 3.87 → 3.92', space: { class: 'O(1)', evidence: 'stays within 0.4 KiB', includesOutput: false }, hotLines: [{ line: 4, share: 0.92, factor: 4 }] };

const review = (input: Partial<ComplexityReviewInput> & { text: string }) => reviewComplexity({ complexity: dedupe, ...input });
const check = (r: ReturnType<typeof reviewComplexity>, id: string) => r.checks.find((c) => c.id === id);
const passes = (r: ReturnType<typeof reviewComplexity>) => r.checks.filter((c) => c.status === 'pass').map((c) => c.id);

describe('reviewComplexity: every tick has evidence', () => {
  it('passes a complete explanation that matches the code, each pass quoting what it saw', () => {
    const r = review({
      text: 'Time O(n): one pass with a Set, and each lookup is O(1) on average. Space O(n) for the Set, where n is the number of items. At 100,000 items that is 10^5 steps.',
      growth: linear,
      source: SET_LOOP,
    });
    expect(r.verdict).toBe('matches');
    expect(passes(r)).toEqual(['stated', 'variables', 'expected', 'measured', 'space', 'justification', 'qualifiers', 'scale']);
    for (const c of r.checks.filter((x) => x.status === 'pass')) expect(c.evidence, c.id).toBeTruthy();
    expect(check(r, 'justification')!.evidence).toMatch(/line 2, `new Set\(\)`/);
    expect(r.readBack).toBe('We read: time O(n), space O(n).');
  });

  it('does not tick "set" when the code has no Set, and does not tick qualifiers or variables without words for them', () => {
    const r = review({ text: 'Time O(n) using a set. Space O(n).', growth: quadraticIndexOf, source: INDEX_OF });
    expect(check(r, 'justification')).toMatchObject({ status: 'fail' });
    expect(check(r, 'justification')!.message).toMatch(/no Set: we looked for new Set/);
    expect(check(r, 'variables')).toMatchObject({ status: 'info' });
    expect(check(r, 'variables')!.message).toMatch(/what is n\?/);
    expect(check(r, 'qualifiers')!.status).not.toBe('pass');
  });

  it('ticks nothing for "It is fast enough." or an empty answer, and names what it could not read', () => {
    for (const text of ['It is fast enough.', '', '   ']) {
      const r = review({ text, growth: linear, source: SET_LOOP });
      expect(passes(r), text).toEqual([]);
      expect(r.verdict).toBe('unclear');
    }
    expect(check(review({ text: 'It is fast enough.' }), 'read')!.message).toMatch(/could not read "fast enough" as a class/);
  });
});

describe('reviewComplexity: four directions, four messages', () => {
  it('better than possible only where the problem declares a lower bound, with its reason', () => {
    const r = review({ text: 'Time O(log n), space O(1)' });
    expect(r.direction).toBe('better-than-possible');
    expect(check(r, 'expected')!.message).toMatch(/it must read every item/);
    // Binary search: no lower bound declared, so O(1) is never called impossible.
    const paged = reviewComplexity({ text: 'Time O(1), space O(1)', complexity: paging });
    expect(paged.direction).toBeUndefined();
    expect(check(paged, 'expected')!.message).not.toMatch(/must|impossible|cannot/);
  });

  it('quickselect "O(n) on average" beats the sorting reference without being called impossible', () => {
    const r = reviewComplexity({ text: 'Quickselect: O(n) on average, O(1) extra space.', complexity: percentile, growth: { time: 'O(n)' } });
    expect(check(r, 'expected')).toMatchObject({ status: 'info' });
    expect(check(r, 'expected')!.message).not.toMatch(/at least|must/);
    expect(check(r, 'measured')!.status).toBe('pass');
    expect(r.verdict).toBe('matches');
  });

  it('better than the code: points at the hot line and the hidden scan', () => {
    const r = review({ text: 'Time O(n) since I go through the list once. Space O(n).', growth: quadraticIndexOf, source: INDEX_OF });
    expect(r.direction).toBe('better-than-code');
    expect(r.verdict).toBe('does-not-match-code');
    expect(check(r, 'measured')!.message).toMatch(/92% of the work is on line 4, `seen.indexOf\(x\)`, inside the loop on line 3; indexOf scans the list, so this costs O\(n\) per item/);
  });

  it('a too-low claim without a hidden scan gets the advice that fits: count the pass, count the sort', () => {
    const scanOnly = review({ text: 'O(1) time and space', growth: { time: 'O(n)', hotLines: [{ line: 4, share: 0.7 }] }, source: SET_LOOP, complexity: paging });
    expect(check(scanOnly, 'measured')!.message).toMatch(/reads every item/);
    expect(check(scanOnly, 'measured')!.message).not.toMatch(/includes|indexOf/);
    const sorted = reviewComplexity({ text: 'Time O(n), space O(n)', complexity: percentile, growth: { time: 'O(n log n)', hotLines: [{ line: 2, share: 0.95 }] }, source: SORTED_COPY });
    expect(check(sorted, 'measured')!.message).toMatch(/sort costs O\(n log n\)/);
    expect(check(sorted, 'measured')!.message).not.toMatch(/includes|indexOf/);
  });

  it('worse than the code: says why the code is cheaper (a Set lookup is not a scan)', () => {
    const r = review({ text: 'Time O(n^2) because of the lookups, space O(n)', growth: linear, source: SET_LOOP });
    expect(r.direction).toBe('worse-than-code');
    expect(check(r, 'measured')!.message).toMatch(/Set on line 2 is O\(1\) on average/);
    expect(check(r, 'expected')!.status).toBe('info');
  });

  it('worse than needed: right about the code, but a better class exists', () => {
    const r = review({ text: 'Time O(n^2), space O(1): two nested loops', growth: quadraticIndexOf, source: INDEX_OF });
    expect(r.direction).toBe('worse-than-needed');
    expect(check(r, 'expected')!.message).toMatch(/O\(n\) is possible/);
  });
});

describe('reviewComplexity: space is checked', () => {
  it('"O(1) space — it is just one map" against a map that grows', () => {
    const r = review({ text: "Time O(n) on average. O(1) space — it's just one map.", growth: linear, source: SET_LOOP });
    expect(check(r, 'space')).toMatchObject({ status: 'fail' });
    expect(check(r, 'space')!.message).toMatch(/grows as O\(n\)/);
    expect(check(r, 'space')!.message).toMatch(/Set on line 2/);
  });

  it('"the sort is in place" for code that sorts a copy', () => {
    const r = reviewComplexity({ text: 'O(n log n) time for the sort; the sort is in place.', complexity: percentile, growth: { time: 'O(n log n)', space: { class: 'O(n)', evidence: 'grows', includesOutput: false } }, source: SORTED_COPY });
    expect(check(r, 'space')).toMatchObject({ status: 'fail' });
    expect(check(r, 'space')!.message).toMatch(/Line 2 sorts a copy/);
  });

  it('says when memory could not be measured instead of passing', () => {
    const r = review({ text: 'Time O(n), space O(n)', growth: { time: 'O(n)' } });
    expect(check(r, 'space')).toMatchObject({ status: 'info' });
  });
});

describe('reviewComplexity: claims as PMs write them', () => {
  it('reads per-operation claims for a problem of operations', () => {
    const r = reviewComplexity({ text: 'O(1) per get/put on average with a Map, O(n) space where n is the number of operations.', complexity: lru, growth: { time: 'O(n)' } });
    expect(r.time).toBe('O(n)');
    expect(r.readBack).toMatch(/per get\/put, so O\(n\) for n of them/);
    expect(check(r, 'expected')!.status).toBe('pass');
    expect(r.verdict).toBe('matches');
  });

  it('attaches each bound to its clause: "… O(1) on average. Space O(n)" is space O(n)', () => {
    const r = review({ text: 'One pass; each Set lookup is O(1) on average. Space O(n)' });
    expect(r.space).toBe('O(n)');
  });

  it('flags a graph claim in n alone and suggests V + E', () => {
    const r = reviewComplexity({ text: 'Time O(n) with a DFS, space O(n)', complexity: graph });
    expect(check(r, 'variables')).toMatchObject({ status: 'fail' });
    expect(check(r, 'variables')!.message).toMatch(/V \+ E/);
    const ok = reviewComplexity({ text: 'Time O(V + E) where V is the number of tasks and E the number of dependencies: DFS visits each task once. Space O(V).', complexity: graph });
    expect(check(ok, 'variables')!.status).toBe('pass');
    expect(ok.verdict).toBe('matches');
  });
});

describe('reviewComplexity: built-in calls back what the text names (issue 25)', () => {
  const normalize: Complexity = { ...dedupe, keywords: ['one pass', 'regex', 'split', 'linear'], variables: [{ name: 'n', meaning: 'length of the query', grows: 'n' }] };
  const CHAIN = "function normalizeQuery(q) {\n  return q.trim().split(/\\s+/).join(' ').toLowerCase();\n}\n";

  it('"split" is backed by the .split(…) call that is there, with its line', () => {
    const r = reviewComplexity({ text: 'Time O(n): split the query on whitespace and join the words back. Space O(n) for the new string.', complexity: normalize, growth: linear, source: CHAIN });
    expect(check(r, 'justification')).toMatchObject({ status: 'pass' });
    expect(check(r, 'justification')!.evidence).toMatch(/"split": line 2/);
  });

  it('"a regex" is backed by a call that takes one; "one pass" by a chain of built-ins that each walk the string', () => {
    for (const text of ['Time O(n): one regex replaces the runs of spaces. Space O(n).', 'Time O(n): one pass over the string. Space O(n).']) {
      const r = reviewComplexity({ text, complexity: normalize, growth: linear, source: CHAIN });
      expect(check(r, 'justification'), text).toMatchObject({ status: 'pass' });
    }
  });

  it('still says a named structure is missing when no call or structure backs it', () => {
    const r = reviewComplexity({ text: 'Time O(n): I sort the words first. Space O(n).', complexity: normalize, growth: linear, source: CHAIN });
    expect(check(r, 'justification')).toMatchObject({ status: 'fail' });
    expect(check(r, 'justification')!.message).toMatch(/no sort/);
  });
});

describe('reviewComplexity: a "between" result explains itself (issue 25)', () => {
  it('time and memory between two classes say what that means in plain words', () => {
    const r = review({ text: 'Time O(n), space O(n).', growth: { time: undefined, between: ['O(n)', 'O(n log n)'], evidence: 'no single class matches', space: { between: ['O(log n)', 'O(n)'], evidence: 'grows', includesOutput: false } }, source: SET_LOOP });
    expect(check(r, 'measured')!.message).toMatch(/grew faster than O\(n\) would but slower than O\(n log n\) would/);
    expect(check(r, 'measured')!.message).toMatch(/no single one of the usual classes matched every size/);
    expect(check(r, 'space')!.message).toMatch(/the memory grew faster than O\(log n\) would but slower than O\(n\) would/);
  });
});
