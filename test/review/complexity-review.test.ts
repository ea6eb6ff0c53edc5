import { describe, expect, it } from 'vitest';
import { reviewComplexity } from '../../src/review/complexity-review';
import type { CodingProblemMeta } from '../../src/problems/schema';

const dedupe: CodingProblemMeta['complexity'] = {
  time: 'O(n)',
  space: 'O(n)',
  naive: 'O(n^2)',
  variables: [{ name: 'n', meaning: 'number of items', grows: 'n' }],
  keywords: ['set', 'one pass'],
  outputCountsAsSpace: false,
};
const graph: CodingProblemMeta['complexity'] = {
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
const check = (r: ReturnType<typeof reviewComplexity>, id: string) => r.checks.find((c) => c.id === id)!;

describe('reviewComplexity', () => {
  it('passes a complete, correct explanation that matches the measured code', () => {
    const r = reviewComplexity({
      text: 'Time O(n): one pass with a Set, and each lookup is O(1) on average. Space O(n) for the Set. At 100,000 items that is 10^5 steps.',
      complexity: dedupe,
      measured: 'O(n)',
    });
    expect(r.verdict).toBe('matches');
    expect(r.checks.map((c) => [c.id, c.status])).toEqual([
      ['stated', 'pass'],
      ['variables', 'pass'],
      ['expected', 'pass'],
      ['measured', 'pass'],
      ['justification', 'pass'],
      ['qualifiers', 'pass'],
      ['scale', 'pass'],
    ]);
  });

  it('asks for space when only time is given', () => {
    const r = reviewComplexity({ text: 'O(n) because of one pass', complexity: dedupe });
    expect(check(r, 'stated')).toMatchObject({ status: 'fail' });
    expect(check(r, 'stated').message).toMatch(/space/);
  });

  it('catches a claim the measured code contradicts (the LeetCode echo problem)', () => {
    const r = reviewComplexity({ text: 'Time O(n), space O(n) using one pass', complexity: dedupe, measured: 'O(n^2)' });
    expect(r.verdict).toBe('does-not-match-code');
    expect(check(r, 'measured')).toMatchObject({ status: 'fail' });
    expect(check(r, 'measured').message).toMatch(/grows as O\(n\^2\).*includes\/indexOf/);
  });

  it('says when a correct claim is worse than needed, and when a claim is impossible', () => {
    const worse = reviewComplexity({ text: 'Time O(n^2), space O(1)', complexity: dedupe, measured: 'O(n^2)' });
    expect(worse.verdict).toBe('worse-than-needed');
    expect(check(worse, 'expected').message).toMatch(/O\(n\) is possible/);
    const better = reviewComplexity({ text: 'Time O(log n), space O(1)', complexity: dedupe });
    expect(better.verdict).toBe('better-than-possible');
    expect(check(better, 'expected').status).toBe('fail');
  });

  it('flags a graph claim in n alone and suggests V + E', () => {
    const r = reviewComplexity({ text: 'Time O(n) with a DFS, space O(n)', complexity: graph });
    expect(check(r, 'variables')).toMatchObject({ status: 'fail' });
    expect(check(r, 'variables').message).toMatch(/V \+ E/);
    const ok = reviewComplexity({ text: 'Time O(V + E): DFS visits each task once. Space O(V).', complexity: graph });
    expect(check(ok, 'variables').status).toBe('pass');
    expect(ok.verdict).toBe('matches');
  });

  it('accepts n when the text defines it', () => {
    const r = reviewComplexity({ text: 'Time O(n + m) where n is the number of tasks and m is the number of dependencies; DFS. Space O(n).', complexity: graph });
    expect(check(r, 'variables').status).toBe('pass');
  });

  it('wants the dominant operation named and hashing qualified', () => {
    const r = reviewComplexity({ text: 'Time O(n), space O(n). I use a Map.', complexity: dedupe });
    expect(check(r, 'justification').status).toBe('fail');
    expect(check(r, 'qualifiers')).toMatchObject({ status: 'info' });
    expect(check(r, 'qualifiers').message).toMatch(/on average/);
  });

  it('is unclear when nothing can be read', () => {
    const r = reviewComplexity({ text: 'it is fast', complexity: dedupe });
    expect(r.verdict).toBe('unclear');
    expect(check(r, 'stated').status).toBe('fail');
  });
});
