/**
 * Exact re-computations of the problems whose statements are exact at a boundary (a token exactly
 * refilled, a split exactly at its tolerance, a rank or a rounding that lands on a whole number).
 * They use BigInt rationals, so floating-point drift cannot hide in them; check:problems runs each
 * reference against them on the hidden tests, the examples and extra boundary inputs.
 */
import type { Json } from '../engine/types';

/** A non-negative or negative rational n/d with d > 0, always reduced. */
export class Q {
  readonly n: bigint;
  readonly d: bigint;
  constructor(n: bigint, d: bigint = 1n) {
    if (d === 0n) throw new Error('division by zero');
    if (d < 0n) [n, d] = [-n, -d];
    const g = gcd(n < 0n ? -n : n, d);
    this.n = g ? n / g : n;
    this.d = g ? d / g : d;
  }
  /** The decimal a number is written as (`0.02` is 2/100 exactly, not the nearest double). */
  static of(x: number): Q {
    if (!Number.isFinite(x)) throw new Error(`not a finite number: ${x}`);
    const [mantissa, exp = '0'] = String(x).toLowerCase().split('e');
    const [whole, frac = ''] = mantissa.split('.');
    let n = BigInt(whole + frac);
    let d = 10n ** BigInt(frac.length);
    const e = Number(exp);
    if (e > 0) n *= 10n ** BigInt(e);
    else d *= 10n ** BigInt(-e);
    return new Q(n, d);
  }
  add(o: Q): Q {
    return new Q(this.n * o.d + o.n * this.d, this.d * o.d);
  }
  sub(o: Q): Q {
    return new Q(this.n * o.d - o.n * this.d, this.d * o.d);
  }
  mul(o: Q): Q {
    return new Q(this.n * o.n, this.d * o.d);
  }
  div(o: Q): Q {
    return new Q(this.n * o.d, this.d * o.n);
  }
  cmp(o: Q): number {
    const l = this.n * o.d;
    const r = o.n * this.d;
    return l < r ? -1 : l > r ? 1 : 0;
  }
  abs(): Q {
    return this.n < 0n ? new Q(-this.n, this.d) : this;
  }
  /** Rounded to `places` decimals, halves away from zero, as a number. */
  round(places: number): number {
    const scale = 10n ** BigInt(places);
    const neg = this.n < 0n;
    const n = (neg ? -this.n : this.n) * scale * 2n + this.d;
    const r = n / (2n * this.d);
    return Number(neg ? -r : r) / Number(scale);
  }
  /** True when the value sits exactly on a half at `places` decimals (e.g. 16.665 for 2 places). */
  isHalfAt(places: number): boolean {
    const scaled = this.mul(new Q(10n ** BigInt(places) * 2n));
    return scaled.d === 1n && scaled.n % 2n !== 0n;
  }
  toNumber(): number {
    return Number(this.n) / Number(this.d);
  }
}

function gcd(a: bigint, b: bigint): bigint {
  while (b) [a, b] = [b, a % b];
  return a;
}

const q = (x: number) => Q.of(x);
const ZERO = new Q(0n);
const ONE = new Q(1n);

export type ExactOracle = {
  /** The exact answer for one call, or a string saying why the input breaks a promise of the statement. */
  solve(args: Json[]): Json | { invalid: string };
  /** Extra inputs that sit on the problem's boundaries. */
  boundaryInputs(): Json[][];
};

function tokenBucket(args: Json[]): Json {
  const [capacity, rate, times] = args as [number, number, number[]];
  const full = q(capacity);
  let level = full;
  let last = times.length ? times[0] : 0;
  return times.map((t) => {
    const refill = q(t - last).mul(q(rate)).div(new Q(1000n));
    level = level.add(refill).cmp(full) > 0 ? full : level.add(refill);
    last = t;
    if (level.cmp(ONE) >= 0) {
      level = level.sub(ONE);
      return true;
    }
    return false;
  });
}

type AbUser = { arm: string; converted: boolean; latencyMs: number };
type Guard = { maxP95IncreasePct: number; srmTolerance: number };

function p95Of(latencies: number[]): number | null {
  if (latencies.length === 0) return null;
  const sorted = [...latencies].sort((a, b) => a - b);
  return sorted[nearestRank(95, sorted.length) - 1];
}

/** ceil(p·N/100) in whole numbers. */
function nearestRank(p: number, n: number): number {
  return Number((BigInt(p) * BigInt(n) + 99n) / 100n);
}

function abReadout(args: Json[]): Json {
  const [users, guard] = args as unknown as [AbUser[], Guard];
  const c = users.filter((u) => u.arm === 'control');
  const t = users.filter((u) => u.arm === 'treatment');
  const nC = c.length, nT = t.length;
  const xC = c.filter((u) => u.converted).length, xT = t.filter((u) => u.converted).length;
  const empty = nC === 0 || nT === 0;
  const rateC = nC ? new Q(BigInt(xC), BigInt(nC)) : ZERO;
  const rateT = nT ? new Q(BigInt(xT), BigInt(nT)) : ZERO;
  const lift = empty || rateC.n === 0n ? null : rateT.sub(rateC).div(rateC).round(4);
  let z = 0;
  if (!empty) {
    // The square root is irrational: z is compared within the problem's tolerance, not exactly.
    const pool = (xC + xT) / (nC + nT);
    const se = Math.sqrt(pool * (1 - pool) * (1 / nC + 1 / nT));
    z = se === 0 ? 0 : Math.round((rateT.sub(rateC).toNumber() / se) * 10000) / 10000;
  }
  const significant = Math.abs(z) >= 1.96;
  const p95 = { control: p95Of(c.map((u) => u.latencyMs)), treatment: p95Of(t.map((u) => u.latencyMs)) };
  const n = nC + nT;
  const srm = n > 0 && new Q(BigInt(nT), BigInt(n)).sub(new Q(1n, 2n)).abs().cmp(q(guard.srmTolerance)) > 0;
  const limit = empty ? ZERO : q(p95.control!).mul(ONE.add(q(guard.maxP95IncreasePct).div(new Q(100n))));
  const guardrailOk = !empty && q(p95.treatment!).cmp(limit) <= 0;
  let decision = 'keep-testing';
  if (srm || empty) decision = 'invalid';
  else if (!guardrailOk || (significant && z < 0)) decision = 'no-ship';
  else if (significant && z > 0) decision = 'ship';
  return { lift, z, significant, p95, srm, guardrailOk, decision };
}

function percentile(args: Json[]): Json {
  const [ms, p] = args as [number[], number];
  const sorted = [...ms].sort((a, b) => a - b);
  return sorted[nearestRank(p, sorted.length) - 1];
}

function movingAverage(args: Json[]): Json | { invalid: string } {
  const [ms, k] = args as [number[], number];
  const out: number[] = [];
  for (let i = 0; i < ms.length; i++) {
    const window = ms.slice(Math.max(0, i - k + 1), i + 1);
    const avg = new Q(BigInt(window.reduce((s, x) => s + x, 0)), BigInt(window.length));
    // The statement promises no average on a half, so any usual rounding agrees.
    if (avg.isHalfAt(2)) return { invalid: `the average at position ${i} (${avg.toNumber()}) ends in exactly 5 at the third decimal` };
    out.push(avg.round(2));
  }
  return out;
}

type Session = { id: string; segment: string | null; converted: boolean };

function conversionBySegment(args: Json[]): Json {
  const [sessions] = args as unknown as [Session[]];
  const seen = new Set<string>();
  // No built-in keys: segments named "constructor" or "__proto__" are tested.
  const rows: Record<string, { sessions: number; conversions: number }> = Object.create(null);
  for (const s of sessions) {
    if (seen.has(s.id)) continue;
    seen.add(s.id);
    const key = s.segment === null ? 'unknown' : s.segment;
    const row = (rows[key] ??= { sessions: 0, conversions: 0 });
    row.sessions++;
    if (s.converted) row.conversions++;
  }
  const out: Record<string, Json> = Object.create(null);
  for (const [k, r] of Object.entries(rows)) out[k] = { ...r, rate: new Q(BigInt(r.conversions), BigInt(r.sessions)).round(4) };
  return out;
}

function* range(from: number, to: number, step = 1) {
  for (let i = from; i <= to; i += step) yield i;
}

function user(arm: string, converted: boolean, latencyMs: number): AbUser {
  return { arm, converted, latencyMs };
}

function abSplit(nC: number, nT: number, tol: number, latC = 100, latT = 100, pct = 10): Json[] {
  const users = [
    ...Array.from({ length: nC }, (_, i) => user('control', i % 10 === 0, latC)),
    ...Array.from({ length: nT }, (_, i) => user('treatment', i % 8 === 0, latT)),
  ];
  return [users as unknown as Json, { maxP95IncreasePct: pct, srmTolerance: tol }];
}

/** Problems whose statement is exact at a boundary, by id. */
export const EXACT_ORACLES: Record<string, ExactOracle> = {
  'token-bucket': {
    solve: tokenBucket,
    boundaryInputs: () => {
      const inputs: Json[][] = [];
      for (const [rate, step] of [[1, 100], [2, 50], [0.5, 200], [0.25, 400], [3, 111], [1, 1], [8, 125], [10, 10]] as const) {
        for (const capacity of [1, 2, 3]) {
          const times = [0, 0, 0, ...Array.from({ length: 40 }, (_, i) => (i + 1) * step)];
          inputs.push([capacity, rate, times]);
        }
      }
      return inputs;
    },
  },
  'ab-readout': {
    solve: abReadout,
    boundaryInputs: () => {
      const inputs: Json[][] = [];
      for (const [n, tol] of [[100, 0.02], [200, 0.05], [300, 0.01], [1000, 0.03], [500, 0.07]] as const) {
        const edge = Math.round(n * (0.5 + tol));
        for (const nT of [edge - 1, edge, edge + 1]) inputs.push(abSplit(n - nT, nT, tol));
      }
      for (const [latC, pct] of [[300, 15], [200, 15], [100, 13], [100, 10], [190, 10], [200, 7], [250, 12], [120, 5], [1000, 3]] as const) {
        const at = (latC * (100 + pct)) / 100;
        for (const latT of [at - 1, at, at + 1]) inputs.push(abSplit(50, 50, 0.05, latC, latT, pct));
      }
      return inputs;
    },
  },
  'p95-latency': {
    solve: percentile,
    boundaryInputs: () => {
      const inputs: Json[][] = [];
      for (const n of [20, 25, 40, 50, 60, 100, 120]) {
        const ms = Array.from({ length: n }, (_, i) => (i * 37) % (n + 11));
        for (const p of range(1, 100)) if ((p * n) % 100 === 0) inputs.push([ms, p]);
      }
      return inputs;
    },
  },
  'latency-moving-average': { solve: movingAverage, boundaryInputs: () => [] },
  'conversion-by-segment': {
    solve: conversionBySegment,
    boundaryInputs: () =>
      // Rates that land on a half at the fifth decimal: 1/32, 3/32, 1/160, 7/160, …
      [32, 160, 800, 96].flatMap((n) =>
        [1, 3, 7].map((k) => [Array.from({ length: n }, (_, i) => ({ id: `s${i}`, segment: 'web', converted: i < k })) as unknown as Json]),
      ),
  },
};
