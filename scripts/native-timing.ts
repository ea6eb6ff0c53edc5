/**
 * Native timing of a solution, independent of the app's measurement: the function runs in Node (V8,
 * CPU time of the process, least of three batches) on its problem's own generator at doubling sizes, and the times
 * are classified like operation counts. Used by scripts/label-corpus-native.ts and
 * test/engine/native-agreement.test.ts. CPU time is steadier than wall time on a busy machine but still
 * depends on it (caches, a shared core): print it, never assert it.
 */
import { classifySeries } from '../src/engine/classify';

/** Stop growing n once one call takes this long, or at this size. */
const SLOW_MS = 40;
const MAX_N = 1 << 17;
/** Below ~5 µs a call's time is mostly the call itself. */
const NOISE_US = 5;

/** Loads a solution's function with plain `new Function`, in the style of any of our solution files. */
export function loadNative(source: string, name: string): (...args: unknown[]) => unknown {
  const factory = new Function('module', 'exports', `${source}\n;return typeof ${name} === 'function' ? ${name} : module.exports.${name} ?? module.exports.default;`);
  const mod = { exports: {} as Record<string, unknown> };
  return factory(mod, mod.exports) as (...args: unknown[]) => unknown;
}

const cpuMicros = () => {
  const u = process.cpuUsage();
  return u.user + u.system;
};

/**
 * CPU µs per call, from a batch of calls long enough (≥ 1 ms of CPU) for the process clock to be
 * exact. CPU time, not wall time: another process on the machine slows the wall clock, not this.
 * The inputs are copied before the batch, so copying is not timed.
 */
function cpuPerCall(fn: (...a: unknown[]) => unknown, input: unknown[], reps: number): number {
  const copies = Array.from({ length: reps }, () => structuredClone(input));
  const t = cpuMicros();
  for (const args of copies) fn(...args);
  return (cpuMicros() - t) / reps;
}

/** The time class native timing shows ("O(n)", "between O(n) and O(n log n)", "unclear"), with the sizes and evidence. */
export function nativeTimeClass(source: string, functionName: string, generatorSource: string): { time: string; largestN: number; evidence: string } {
  const generate = loadNative(generatorSource, 'generate') as (n: number) => unknown[];
  const fn = loadNative(source, functionName);
  const points: { n: number; value: number }[] = [];
  for (let n = 256; n <= MAX_N; n *= 2) {
    const input = generate(n);
    cpuPerCall(fn, input, 1); // warm-up: let V8 compile before timing
    let reps = 1;
    let perCall = cpuPerCall(fn, input, reps);
    while (perCall * reps < 1000 && reps < 4096) {
      reps = Math.min(4096, Math.max(reps * 2, Math.ceil(1000 / Math.max(perCall, 1))));
      perCall = cpuPerCall(fn, input, reps);
    }
    // The least of three batches: interruptions only ever add time.
    const best = Math.min(perCall, cpuPerCall(fn, input, reps), cpuPerCall(fn, input, reps));
    points.push({ n, value: best });
    if (best > SLOW_MS * 1000) break;
  }
  const c = classifySeries(points.filter((p) => p.value >= NOISE_US));
  const time = c.time ?? (c.between ? `between ${c.between.join(' and ')}` : 'unclear');
  return { time, largestN: points[points.length - 1].n, evidence: c.evidence };
}
