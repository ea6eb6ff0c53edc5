import { COMPLEXITY_CLASSES, type ComplexityClass } from '../problems/schema';

export type GrowthPoint = { n: number; cost: number; timeMs: number };

/** One class fitted as a sum of its own shape and the simpler shapes below it, all with weights ≥ 0. */
export type GrowthFit = {
  class: ComplexityClass;
  /** Root-mean-square relative error of the fit over the points (0.05 is 5%). */
  error: number;
  /** Share of the fitted value at the largest n that the class's own term explains (0…1). */
  topShare: number;
};

/** How much the measured value grew from one size to the next (sizes double, so 2 means linear). */
export type GrowthFactor = { from: number; to: number; factor: number };

export type GrowthClassification = {
  /** The class that explains the measurements; undefined with fewer than 3 points or when they fall between classes. */
  time: ComplexityClass | undefined;
  /** When no single class explains the curve: the two classes it lies between, e.g. O(n log n) and O(n^2). */
  between?: [ComplexityClass, ComplexityClass];
  factors: GrowthFactor[];
  fits: GrowthFit[];
  /** Why, in words, with the numbers: what a person needs to trust (or doubt) the class. */
  evidence: string;
};

export type SeriesPoint = { n: number; value: number };

const SHAPES: Record<ComplexityClass, (n: number) => number> = {
  'O(1)': () => 1,
  'O(log n)': (n) => Math.log2(n),
  'O(n)': (n) => n,
  'O(n log n)': (n) => n * Math.log2(n),
  'O(n^2)': (n) => n * n,
  'O(n^3)': (n) => n * n * n,
  'O(2^n)': (n) => 2 ** n,
};

/** Points below this size are dominated by fixed overheads and say little about growth. */
const MIN_USEFUL_N = 16;
/** A fit this close (RMS relative error) explains the measurements. Counts are exact, so real fits are far closer. */
const GOOD_FIT = 0.05;
/** How many simpler shapes each class may borrow as lower-order terms (n² + n, n log n + n, …). */
const LOWER_TERMS = 3;

/**
 * Classifies growth from the whole curve. Each class is fitted as a·f(n) plus simpler terms
 * (n² + n + c for a queue drained with shift(), n log n + n for sort-then-scan), weights ≥ 0, and the
 * simplest class that fits within 5% wins: a growth factor that keeps rising cannot be fitted by a
 * simpler class, so it is never waved through as linear. When no class fits (n^1.5, or too few
 * sizes to tell), the answer is the two classes whose slopes bracket the last doubling's, not a guess.
 * Values are operation counts (or bytes), so the answer is the same on every run and machine.
 */
export function classifyGrowth(allPoints: GrowthPoint[]): GrowthClassification {
  return classifySeries(allPoints.map((p) => ({ n: p.n, value: p.cost })));
}

/** As {@link classifyGrowth}, for any measured quantity (operations, bytes, call depth). */
export function classifySeries(allPoints: SeriesPoint[], options: { minTolerance?: number } = {}): GrowthClassification {
  const valid = allPoints.filter((p) => Number.isFinite(p.value) && p.value >= 0 && p.n > 0);
  const useful = valid.filter((p) => p.n >= MIN_USEFUL_N);
  const points = useful.length >= 3 ? useful : valid;
  const factors = growthFactors(points);
  if (points.length < 3) return { time: undefined, factors, fits: [], evidence: `only ${points.length} size${points.length === 1 ? '' : 's'} completed: too few to tell a class` };

  const fits = fitClasses(points);

  const trend = describeFactors(factors);
  const tolerance = Math.max(options.minTolerance ?? 0, toleranceFor(points));
  const noisy = tolerance > GOOD_FIT && options.minTolerance === undefined ? ` (the test input is random, so the counts wobble a little: judged within ${percent(tolerance)})` : '';
  const whole = fits.find((f) => f.error <= tolerance);
  const tail = settledTail(points, whole?.class);
  if (tail) return { ...tail, factors };
  const chosen = whole;
  if (chosen) {
    const simpler = fits.filter((f) => COMPLEXITY_CLASSES.indexOf(f.class) < COMPLEXITY_CLASSES.indexOf(chosen.class));
    const ruledOut = simpler.length > 0 ? `; it grows too fast to be ${simpler[simpler.length - 1].class}` : '';
    return { time: chosen.class, factors, fits, evidence: `${trend}: that is how ${chosen.class} grows${ruledOut}${noisy}` };
  }
  const between = bracket(points);
  return { time: undefined, between, factors, fits, evidence: `${trend}: no single class matches that closely (within ${percent(tolerance)}), so it lies between ${between[0]} and ${between[1]}` };
}

/** Every class fitted to the points (see {@link classifySeries}), simplest first. */
function fitClasses(points: SeriesPoint[]): GrowthFit[] {
  const fits: GrowthFit[] = [];
  COMPLEXITY_CLASSES.forEach((cls, k) => {
    const basis = [cls, ...COMPLEXITY_CLASSES.slice(Math.max(0, k - LOWER_TERMS), k).reverse()];
    if (!basis.includes('O(1)')) basis.push('O(1)');
    const columns = basis.map((c) => points.map((p) => SHAPES[c](p.n)));
    if (columns.some((col) => col.some((x) => !Number.isFinite(x) || x > 1e300))) return;
    const fit = nonNegativeFit(columns, points.map((p) => p.value));
    const largest = points.length - 1;
    const total = fit.weights.reduce((sum, w, j) => sum + w * columns[j][largest], 0);
    fits.push({ class: cls, error: fit.error, topShare: total > 0 ? (fit.weights[0] * columns[0][largest]) / total : 0 });
  });
  return fits;
}

/** A tail must fit this closely (no noise widening) to overrule the whole curve. */
const TAIL_FIT = 0.015;
/** The fewest largest sizes a tail may have: three doublings, so three steps to fit with two weights. */
const TAIL_POINTS = 4;
/** Steps a tail needs to overrule the whole curve with a steeper class. */
const STEEPER_TAIL_STEPS = 5;
/** The tail's steps are fitted, and a step of class C (≥ O(n)) is what a curve of class C takes. */
const TAIL_CLASSES: ComplexityClass[] = ['O(n)', 'O(n log n)', 'O(n^2)', 'O(n^3)'];

/**
 * Small inputs can behave unlike large ones (a map with 1 user instead of 200, a window longer than
 * the input, a fixed cost that a later size no longer pays), so a curve that grows exactly like O(n)
 * from some size on can miss every class, or bend enough for O(n log n) + n to fit it better. The
 * growth at the largest sizes is what a class describes. The steps between the largest sizes
 * (v(2n) − v(n): a fixed cost cancels out, even one that shrinks) are fitted within a strict 1.5%;
 * when they fit another class than the whole curve (a simpler one after a transient, or a steeper one
 * that a large fixed cost hid from a lenient whole-curve fit), that class wins, and the evidence says
 * from which size on.
 */
function settledTail(points: SeriesPoint[], wholeClass: ComplexityClass | undefined): Omit<GrowthClassification, 'factors'> | undefined {
  let best: { tail: SeriesPoint[]; fit: GrowthFit; fits: GrowthFit[] } | undefined;
  // Longest tail first; a shorter one wins only with a simpler class (lower terms can bend a
  // longer tail into a higher class, never a shorter one into a lower class at this precision).
  for (let start = 1; points.length - start >= TAIL_POINTS; start++) {
    const tail = points.slice(start);
    const steps = tail.slice(1).map((p, i) => ({ n: tail[i].n, value: p.value - tail[i].value }));
    if (steps.some((s) => !(s.value > 0))) continue;
    const fits = fitSteps(steps);
    // The class's own term must carry most of the last step: a constant only shifts the curve.
    const fit = fits.find((f) => f.error <= TAIL_FIT && f.topShare >= 0.5);
    if (fit && (!best || rank(fit.class) < rank(best.fit.class))) best = { tail, fit, fits };
  }
  if (!best) return undefined;
  if (best.fit.class === wholeClass) return undefined;
  // Steeper than the whole curve: only on long evidence (five steps), as memory rises in stairs.
  if (wholeClass && rank(best.fit.class) > rank(wholeClass) && best.tail.length - 1 < STEEPER_TAIL_STEPS) return undefined;
  const trend = describeFactors(growthFactors(best.tail));
  const from = best.tail[0].n.toLocaleString('en-US');
  return { time: best.fit.class, fits: best.fits, evidence: `${trend}: that is how ${best.fit.class} grows from n = ${from} on (smaller inputs grew unevenly while fixed costs still weighed)` };
}

const rank = (c: ComplexityClass) => COMPLEXITY_CLASSES.indexOf(c);

/** Steps fitted as a·f(n) + c only: with three or four steps, more terms would fit anything. */
function fitSteps(steps: SeriesPoint[]): GrowthFit[] {
  const largest = steps.length - 1;
  return TAIL_CLASSES.map((cls) => {
    const columns = [steps.map((p) => SHAPES[cls](p.n)), steps.map(() => 1)];
    const fit = nonNegativeFit(columns, steps.map((p) => p.value));
    const total = fit.weights[0] * columns[0][largest] + fit.weights[1];
    return { class: cls, error: fit.error, topShare: total > 0 ? (fit.weights[0] * columns[0][largest]) / total : 0 };
  });
}

/** Most that noise may widen the tolerance: beyond it, adjacent classes could no longer be told apart. */
const MAX_TOLERANCE = 0.15;

/**
 * How close a fit must be. Counts from a deterministic input lie on a smooth curve in log–log; a
 * random input (duplicates at random places) makes them jitter from size to size. The jitter is
 * the second difference of log values, and half of its median widens the tolerance to match.
 */
function toleranceFor(points: SeriesPoint[]): number {
  const logs = points.map((p) => Math.log(p.value + 1));
  const bumps: number[] = [];
  for (let i = 1; i + 1 < logs.length; i++) bumps.push(Math.abs(logs[i + 1] - 2 * logs[i] + logs[i - 1]));
  if (bumps.length === 0) return GOOD_FIT;
  bumps.sort((a, b) => a - b);
  const median = bumps[Math.floor(bumps.length / 2)];
  return Math.min(MAX_TOLERANCE, Math.max(GOOD_FIT, median / 2));
}

/** Growth per step between consecutive sizes. */
function growthFactors(points: SeriesPoint[]): GrowthFactor[] {
  const out: GrowthFactor[] = [];
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1], b = points[i];
    out.push({ from: a.n, to: b.n, factor: Math.round(((b.value + 1) / (a.value + 1)) * 100) / 100 });
  }
  return out;
}

/** "each time the input doubled, the work grew about 2.0 times (n = 1024 to 16384)" and the like. */
function describeFactors(factors: GrowthFactor[]): string {
  if (factors.length === 0) return 'no growth measured';
  const tail = factors.slice(-4).map((f) => f.factor);
  const first = tail[0], last = tail[tail.length - 1];
  const steps = tail.slice(1).map((x, i) => x - tail[i]);
  const rising = steps.every((d) => d > 0.01) && last - first > 0.05;
  const falling = steps.every((d) => d < -0.01) && first - last > 0.05;
  const span = `input sizes ${factors[Math.max(0, factors.length - 4)].from.toLocaleString('en-US')} to ${factors[factors.length - 1].to.toLocaleString('en-US')}`;
  const times = (x: number) => `${x.toFixed(1)} times`;
  if (rising) return `each time the input doubled, the work grew more than the time before: ${times(first)}, rising to ${times(last)} (${span})`;
  if (falling) return `each time the input doubled, the work grew less than the time before: ${times(first)}, falling to ${times(last)} (${span})`;
  const typical = (first + last) / 2;
  return `each time the input doubled, the work grew about ${times(typical)} (${span})`;
}

const percent = (x: number) => `${Math.round(x * 1000) / 10}%`;

/** The two classes whose local slope at the last doubling brackets the measured one. */
function bracket(points: SeriesPoint[]): [ComplexityClass, ComplexityClass] {
  const a = points[points.length - 2], b = points[points.length - 1];
  const measured = Math.log((b.value + 1) / (a.value + 1)) / Math.log(b.n / a.n);
  const slope = (c: ComplexityClass) => Math.log(SHAPES[c](b.n) / SHAPES[c](a.n)) / Math.log(b.n / a.n);
  const polynomial = COMPLEXITY_CLASSES.filter((c) => c !== 'O(2^n)');
  for (let i = 1; i < polynomial.length; i++) {
    if (measured <= slope(polynomial[i])) return [polynomial[i - 1], polynomial[i]];
  }
  return ['O(n^3)', 'O(2^n)'];
}

/**
 * Least squares with relative weights (every point counts alike) and weights ≥ 0, by trying every
 * subset of the (at most five) columns: exact, and cheap at this size.
 */
function nonNegativeFit(columns: number[][], ys: number[]): { weights: number[]; error: number } {
  const m = columns.length;
  const scale = ys.map((y) => 1 / Math.max(y, 1));
  let best = { weights: new Array<number>(m).fill(0), error: relativeError(columns, ys, new Array<number>(m).fill(0)) };
  for (let mask = 1; mask < 1 << m; mask++) {
    const chosen = [...Array(m).keys()].filter((j) => mask & (1 << j));
    const a = chosen.map((j) => columns[j].map((x, i) => x * scale[i]));
    const b = ys.map((y, i) => y * scale[i]);
    const solved = solveLeastSquares(a, b);
    if (!solved || solved.some((w) => w < 0)) continue;
    const weights = new Array<number>(m).fill(0);
    chosen.forEach((j, idx) => (weights[j] = solved[idx]));
    const error = relativeError(columns, ys, weights);
    if (error < best.error - 1e-12) best = { weights, error };
  }
  return best;
}

function relativeError(columns: number[][], ys: number[], weights: number[]): number {
  let sum = 0;
  ys.forEach((y, i) => {
    const fit = weights.reduce((s, w, j) => s + w * columns[j][i], 0);
    sum += ((fit - y) / Math.max(y, 1)) ** 2;
  });
  return Math.sqrt(sum / ys.length);
}

/** Normal equations solved by Gaussian elimination with partial pivoting; columns are pre-scaled. */
function solveLeastSquares(columns: number[][], b: number[]): number[] | undefined {
  const k = columns.length;
  // Normalise each column so n³ and 1 can share one system without losing precision.
  const norms = columns.map((col) => Math.sqrt(col.reduce((s, x) => s + x * x, 0)) || 1);
  const cols = columns.map((col, j) => col.map((x) => x / norms[j]));
  const ata = cols.map((ci) => cols.map((cj) => ci.reduce((s, x, i) => s + x * cj[i], 0)));
  const atb = cols.map((ci) => ci.reduce((s, x, i) => s + x * b[i], 0));
  for (let p = 0; p < k; p++) {
    let pivot = p;
    for (let r = p + 1; r < k; r++) if (Math.abs(ata[r][p]) > Math.abs(ata[pivot][p])) pivot = r;
    if (Math.abs(ata[pivot][p]) < 1e-12) return undefined;
    [ata[p], ata[pivot]] = [ata[pivot], ata[p]];
    [atb[p], atb[pivot]] = [atb[pivot], atb[p]];
    for (let r = p + 1; r < k; r++) {
      const f = ata[r][p] / ata[p][p];
      for (let c = p; c < k; c++) ata[r][c] -= f * ata[p][c];
      atb[r] -= f * atb[p];
    }
  }
  const x = new Array<number>(k).fill(0);
  for (let r = k - 1; r >= 0; r--) {
    let s = atb[r];
    for (let c = r + 1; c < k; c++) s -= ata[r][c] * x[c];
    x[r] = s / ata[r][r];
  }
  return x.map((v, j) => v / norms[j]);
}
