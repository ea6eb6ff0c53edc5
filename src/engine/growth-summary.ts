import type { ComplexityClass } from '../problems/schema';
import { COMPLEXITY_CLASSES } from '../problems/schema';
import { classifySeries, type GrowthFactor, type GrowthPoint } from './classify';
import type { MeasurePoint } from './measure';

/** A line of the user's code and its share of the counted work at the largest size measured. */
export type HotLine = {
  /** 1-based line of the measured source (a source map may move it to another file's line). */
  line: number;
  /** 0…1 of all operations at the largest size. */
  share: number;
  /** How much this line's work grew over the last doubling (4 means it grows like n²). */
  factor?: number;
};

export type SpaceSummary = {
  /** The measured auxiliary-space class; undefined when it could not be told. */
  class: ComplexityClass | undefined;
  between?: [ComplexityClass, ComplexityClass];
  /** What was measured, in words, with the numbers. */
  evidence: string;
  /** Whether the returned value was counted (the problem says whether output counts as space). */
  includesOutput: boolean;
};

export type GrowthSummary = {
  time: ComplexityClass | undefined;
  between?: [ComplexityClass, ComplexityClass];
  evidence: string;
  factors: GrowthFactor[];
  space?: SpaceSummary;
  hotLines: HotLine[];
};

/** Below this many bytes of change across all sizes, memory is flat: a few locals, O(1). */
const FLAT_BYTES = 2048;
/** Fit tolerance for memory, which grows in steps as tables double. */
const SPACE_TOLERANCE = 0.12;
/** Recursion this shallow at every size is no growth in stack space. */
const FLAT_DEPTH = 4;
/** Lines with less of the work than this are not worth pointing at. */
const HOT_LINE_MIN_SHARE = 0.05;
const HOT_LINES_SHOWN = 5;

const rank = (c: ComplexityClass) => COMPLEXITY_CLASSES.indexOf(c);

/**
 * Turns the measured points into what the review needs: the time class with its evidence, the
 * auxiliary-space class (heap bytes held beyond the input, without the returned value unless the
 * output counts, and the recursion depth), and the lines that do most of the work.
 */
export function summarizeGrowth(points: MeasurePoint[], options: { outputCountsAsSpace: boolean }): GrowthSummary {
  const time = classifySeries(points.map((p) => ({ n: p.n, value: p.cost })));
  return {
    time: time.time,
    ...(time.between ? { between: time.between } : {}),
    evidence: time.evidence,
    factors: time.factors,
    space: summarizeSpace(points, options.outputCountsAsSpace),
    hotLines: hotLines(points),
  };
}

function summarizeSpace(points: MeasurePoint[], includesOutput: boolean): SpaceSummary | undefined {
  const measured = points.filter((p) => p.spaceBytes !== undefined && p.n >= 16);
  if (measured.length < 3) return points.some((p) => p.spaceBytes !== undefined) ? { class: undefined, evidence: 'too few sizes completed to tell how memory grows', includesOutput } : undefined;
  const bytes = measured.map((p) => ({ n: p.n, value: (p.spaceBytes ?? 0) + (includesOutput ? (p.outputBytes ?? 0) : 0) }));
  const depth = measured.map((p) => ({ n: p.n, value: p.depth ?? 0 }));
  const first = bytes[0], last = bytes[bytes.length - 1];
  const what = includesOutput ? 'counting the returned value, the memory your code held' : 'not counting the input or the returned value, the memory your code held';
  const kib = (b: number) => (b < 10240 ? `${(b / 1024).toFixed(1)} KiB` : `${Math.round(b / 1024)} KiB`);

  let heap: { class: ComplexityClass | undefined; between?: [ComplexityClass, ComplexityClass]; text: string };
  const spread = Math.max(...bytes.map((b) => b.value)) - Math.min(...bytes.map((b) => b.value));
  if (spread < FLAT_BYTES && !steadilyGrowing(bytes)) heap = { class: 'O(1)', text: `${what} stays within ${kib(spread)} from n = ${first.n} to ${last.n}` };
  else {
    // Hash tables and arrays grow their storage in steps (doubling), so memory is a staircase: allow 12%.
    const c = classifySeries(bytes, { minTolerance: SPACE_TOLERANCE });
    heap = { class: c.time, between: c.between, text: `${what} grows from ${kib(first.value)} at n = ${first.n} to ${kib(last.value)} at n = ${last.n} (${c.evidence})` };
  }

  const deepest = Math.max(...depth.map((d) => d.value));
  let stack: { class: ComplexityClass | undefined; between?: [ComplexityClass, ComplexityClass]; text?: string } = { class: 'O(1)' };
  if (deepest > FLAT_DEPTH) {
    const c = classifySeries(depth);
    stack = { class: c.time, between: c.between, text: `recursion reaches ${deepest} calls deep at n = ${last.n}, and each open call holds stack space` };
  }
  const texts = [heap.text, stack.text].filter(Boolean).join('; ');
  // Stack growth only matters when it could outgrow the heap: √n-deep recursion next to an O(n) map is O(n).
  const stackTop = stack.between?.[1] ?? stack.class;
  if (heap.class && stackTop && rank(stackTop) <= rank(heap.class)) return { class: heap.class, evidence: texts, includesOutput };
  if (heap.between || stack.between) {
    const between = heap.between ?? stack.between;
    return { class: undefined, between, evidence: texts, includesOutput };
  }
  if (!heap.class || !stack.class) return { class: undefined, evidence: texts, includesOutput };
  return { class: rank(stack.class) > rank(heap.class) ? stack.class : heap.class, evidence: texts, includesOutput };
}

/**
 * Memory that doubles its growth at each of the last three doublings of n is growing, even while
 * the total is still small (a window of n/2 numbers at n = 1,024 is only a few KiB).
 */
function steadilyGrowing(bytes: { value: number }[]): boolean {
  const v = bytes.slice(-4).map((b) => b.value);
  if (v.length < 4) return false;
  const steps = v.slice(1).map((x, i) => x - v[i]);
  return steps[0] >= 128 && steps.every((d, i) => i === 0 || d >= 1.5 * steps[i - 1]);
}

function hotLines(points: MeasurePoint[]): HotLine[] {
  const withLines = points.filter((p) => p.lines && p.lines.length > 0);
  const last = withLines[withLines.length - 1];
  if (!last?.lines) return [];
  const previous = withLines[withLines.length - 2];
  const before = new Map(previous?.lines ?? []);
  const total = last.lines.reduce((s, [, c]) => s + c, 0);
  if (total === 0) return [];
  return last.lines
    .filter(([line, c]) => line > 0 && c / total >= HOT_LINE_MIN_SHARE)
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, HOT_LINES_SHOWN)
    .map(([line, c]) => {
      const was = before.get(line);
      return { line, share: Math.round((c / total) * 1000) / 1000, ...(was ? { factor: Math.round((c / was) * 100) / 100 } : {}) };
    });
}

/** Points as the report carries them: without the per-line counts, which only the summary needs. */
export function plainPoints(points: MeasurePoint[]): (GrowthPoint & Pick<MeasurePoint, 'spaceBytes' | 'outputBytes' | 'depth'>)[] {
  return points.map(({ n, cost, timeMs, spaceBytes, outputBytes, depth }) => ({ n, cost, timeMs, ...(spaceBytes === undefined ? {} : { spaceBytes, outputBytes, depth }) }));
}
