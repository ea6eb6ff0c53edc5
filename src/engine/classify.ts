import type { ComplexityClass } from '../problems/schema';

export type GrowthPoint = { n: number; cost: number; timeMs: number };

export type GrowthFit = { class: ComplexityClass; error: number; scale: number; offset: number };

export type GrowthClassification = {
  /** The class that explains the measured costs best; undefined with fewer than 3 points. */
  time: ComplexityClass | undefined;
  fits: GrowthFit[];
};

/** The shapes we fit, simplest first: on a near tie, the simpler explanation wins. */
const MODELS: { class: ComplexityClass; f: (n: number) => number }[] = [
  { class: 'O(1)', f: () => 1 },
  { class: 'O(log n)', f: (n) => Math.log2(n) },
  { class: 'O(n)', f: (n) => n },
  { class: 'O(n log n)', f: (n) => n * Math.log2(n) },
  { class: 'O(n^2)', f: (n) => n * n },
  { class: 'O(n^3)', f: (n) => n * n * n },
  { class: 'O(2^n)', f: (n) => 2 ** n },
];

/** Points below this size are dominated by fixed overheads and say little about growth. */
const MIN_USEFUL_N = 16;
/** A simpler model is kept unless a more complex one fits this many times better. */
const PREFER_SIMPLER_FACTOR = 2;

/**
 * Classifies growth by fitting cost ≈ a·f(n) + b (a > 0, b ≥ 0) for each class and comparing the
 * worst log-ratio between fit and measurement over the points. Costs are operation counts, so the answer is the
 * same on every run.
 */
export function classifyGrowth(allPoints: GrowthPoint[]): GrowthClassification {
  const useful = allPoints.filter((p) => p.n >= MIN_USEFUL_N);
  const points = useful.length >= 3 ? useful : allPoints;
  if (points.length < 3) return { time: undefined, fits: [] };
  const fits: GrowthFit[] = [];
  for (const model of MODELS) {
    const xs = points.map((p) => model.f(p.n));
    if (xs.some((x) => !Number.isFinite(x))) continue;
    const fit = fitScaleAndOffset(xs, points.map((p) => p.cost));
    if (!fit) continue;
    // Worst ratio between fitted and measured cost, on a log scale, so over- and under-estimates count alike.
    const error = Math.max(...points.map((p, i) => Math.abs(Math.log((fit.scale * xs[i] + fit.offset + 1) / (p.cost + 1)))));
    fits.push({ class: model.class, error, ...fit });
  }
  let best: GrowthFit | undefined;
  for (const fit of fits) {
    if (!best || fit.error * PREFER_SIMPLER_FACTOR < best.error) best = fit;
  }
  return { time: best?.class, fits };
}

/** Least squares with relative weights (every point counts alike), constrained to offset ≥ 0. */
function fitScaleAndOffset(xs: number[], ys: number[]): { scale: number; offset: number } | undefined {
  const w = ys.map((y) => 1 / Math.max(y, 1) ** 2);
  let sw = 0, sx = 0, sy = 0, sxx = 0, sxy = 0;
  xs.forEach((x, i) => {
    sw += w[i]; sx += w[i] * x; sy += w[i] * ys[i]; sxx += w[i] * x * x; sxy += w[i] * x * ys[i];
  });
  const det = sw * sxx - sx * sx;
  let scale = det !== 0 ? (sw * sxy - sx * sy) / det : 0;
  let offset = det !== 0 ? (sy - scale * sx) / sw : sy / sw;
  if (offset < 0 || det === 0) {
    offset = 0;
    scale = sxx > 0 ? sxy / sxx : 0;
  }
  if (scale < 0) {
    scale = 0;
    offset = sy / sw;
  }
  return { scale, offset };
}
