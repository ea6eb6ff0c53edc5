import { describe, expect, it } from 'vitest';
import { EXACT_ORACLES, Q } from '../../src/cli/exact-oracles';
import type { Json } from '../../src/engine/types';

describe('exact rationals', () => {
  it('reads numbers as the decimals they are written as', () => {
    expect(Q.of(0.02)).toEqual(new Q(1n, 50n));
    expect(Q.of(-2.5)).toEqual(new Q(-5n, 2n));
    expect(Q.of(1e-7)).toEqual(new Q(1n, 10_000_000n));
    expect(Q.of(0.1).add(Q.of(0.2)).cmp(Q.of(0.3))).toBe(0);
  });

  it('rounds halves away from zero and spots them', () => {
    expect(new Q(1n, 32n).round(4)).toBe(0.0313);
    expect(new Q(-1n, 32n).round(4)).toBe(-0.0313);
    expect(new Q(2n, 3n).round(4)).toBe(0.6667);
    expect(new Q(33330n, 2000n).isHalfAt(2)).toBe(true); // 16.665
    expect(new Q(50n, 3n).isHalfAt(2)).toBe(false);
  });
});

/** The token-bucket reference as it was before: floating-point fractions of a token. */
function floatTokenBucket(capacity: number, refillPerSec: number, timesMs: number[]): boolean[] {
  let tokens = capacity;
  let last = timesMs.length ? timesMs[0] : 0;
  return timesMs.map((t) => {
    tokens = Math.min(capacity, tokens + ((t - last) / 1000) * refillPerSec);
    last = t;
    if (tokens >= 1) {
      tokens -= 1;
      return true;
    }
    return false;
  });
}

describe('exact oracles', () => {
  it('token-bucket: ten tenths make a token, where floating point falls short', () => {
    const args: Json[] = [1, 1, [0, 100, 200, 300, 400, 500, 600, 700, 800, 900, 1000]];
    const exact = EXACT_ORACLES['token-bucket'].solve(args) as boolean[];
    expect(exact.at(-1)).toBe(true);
    expect(floatTokenBucket(1, 1, args[2] as number[]).at(-1)).toBe(false);
  });

  it('token-bucket: the boundary inputs include cases where floating point drifts', () => {
    const oracle = EXACT_ORACLES['token-bucket'];
    const drifting = oracle.boundaryInputs().filter((args) => {
      const [c, r, t] = args as [number, number, number[]];
      return JSON.stringify(floatTokenBucket(c, r, t)) !== JSON.stringify(oracle.solve(args));
    });
    expect(drifting.length).toBeGreaterThan(0);
  });

  it('ab-readout: a split exactly at the tolerance and a p95 exactly at the limit pass', () => {
    const users = (arm: string, n: number, latencyMs: number) => Array.from({ length: n }, (_, i) => ({ arm, converted: i % 5 === 0, latencyMs }));
    const at = EXACT_ORACLES['ab-readout'].solve([[...users('control', 48, 200), ...users('treatment', 52, 230)], { maxP95IncreasePct: 15, srmTolerance: 0.02 }]);
    expect(at).toMatchObject({ srm: false, guardrailOk: true });
    const past = EXACT_ORACLES['ab-readout'].solve([[...users('control', 47, 200), ...users('treatment', 53, 231)], { maxP95IncreasePct: 15, srmTolerance: 0.02 }]);
    expect(past).toMatchObject({ srm: true, guardrailOk: false, decision: 'invalid' });
    // What raw floating point says about the first case:
    expect(Math.abs(52 / 100 - 0.5) > 0.02).toBe(true);
    expect(230 <= 200 * (1 + 15 / 100)).toBe(false);
  });

  it('p95-latency: whole-number ranks never drift', () => {
    const ms = Array.from({ length: 25 }, (_, i) => (i + 1) * 10);
    expect(EXACT_ORACLES['p95-latency'].solve([ms, 28])).toBe(70);
    expect(Math.ceil((28 / 100) * 25)).toBe(8); // the float-rank mistake: one rank too high
  });

  it('latency-moving-average: an average on a half breaks the statement’s promise', () => {
    const result = EXACT_ORACLES['latency-moving-average'].solve([[1, 1, 1, 1, 1, 1, 1, 2], 8]);
    expect(result).toEqual({ invalid: 'the average at position 7 (1.125) ends in exactly 5 at the third decimal' });
    expect(EXACT_ORACLES['latency-moving-average'].solve([[10, 20, 20], 3])).toEqual([10, 15, 16.67]);
  });
});
