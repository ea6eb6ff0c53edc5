import { describe, expect, it } from 'vitest';
import { classifySeries } from '../../src/engine/classify';

const series = (values: number[], from = 16) => values.map((value, i) => ({ n: from * 2 ** i, value }));
const shaped = (f: (n: number) => number, count: number, from = 256) => series([...Array(count)].map((_, i) => f(from * 2 ** i)), from);

describe('classifySeries: the largest sizes decide when small inputs behave differently (issue 25)', () => {
  it('a per-user deque (1 user at n = 16, 200 at n = 4,096) whose work doubles from n = 512 on reads O(n)', () => {
    // Operation counts of a sliding-window rate limiter with one array per user, measured in the sandbox.
    const c = classifySeries(series([56, 104, 306, 762, 1973, 4125, 7763, 14900, 29021]));
    expect(c.time).toBe('O(n)');
    expect(c.evidence).toMatch(/from n = 512 on/);
  });

  it('a fixed cost that shrinks with n cancels out: n − 67 bytes from n = 1,024 on is O(n)', () => {
    const c = classifySeries(series([712, 931, 916, 883, 820, 691, 957, 1981, 4029, 8125, 16317]), { minTolerance: 0.12 });
    expect(c.time).toBe('O(n)');
  });

  it('never reads a true O(n log n) as O(n), with or without a large linear term', () => {
    expect(classifySeries(shaped((n) => n * Math.log2(n), 6)).time).toBe('O(n log n)');
    expect(classifySeries(shaped((n) => 3 * n * Math.log2(n) + 50 * n, 6)).time).toBe('O(n log n)');
    expect(classifySeries(shaped((n) => n * Math.log2(n) + 400, 8, 16)).time).toBe('O(n log n)');
  });

  it('keeps O(n^2) with a settling start as O(n^2), and exact curves as they are', () => {
    expect(classifySeries(series([900, 950, 1100, 1600, 4200, 16800, 67000, 268000])).time).toBe('O(n^2)');
    expect(classifySeries(shaped((n) => 3 * n + 20, 8, 16)).time).toBe('O(n)');
    expect(classifySeries(shaped((n) => 5 * Math.log2(n) + 3, 8, 16)).time).toBe('O(log n)');
  });

  it('memory: a steady c + 2n that a lenient fit took for O(log n) is O(n); stairs over three steps do not make O(n log n)', () => {
    // A window of n/2 numbers copied at each step, next to 1.9 KiB of fixed cost (bytes, measured).
    expect(classifySeries(series([1920, 1896, 1960, 2088, 2344, 2856, 3880]), { minTolerance: 0.12 }).time).toBe('O(n)');
    // A copy and a Set whose storage grows in steps (bytes, measured).
    expect(classifySeries(series([1328, 2236, 3396, 5764, 10196, 19556, 38476, 74516, 148796]), { minTolerance: 0.12 }).time).toBe('O(n)');
  });
});
