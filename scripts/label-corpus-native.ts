/**
 * An independent label for the complexity corpus: times each solution natively in Node (V8, wall
 * clock, best of several runs) on the problem's own generator at doubling sizes, and classifies the
 * times. Operation counts in QuickJS are what the app measures; this checks them against real time.
 *
 *   npx tsx scripts/label-corpus-native.ts [filter]   → prints a Markdown table (paste into test/complexity-corpus/NATIVE-TIMING.md)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { classifySeries } from '../src/engine/classify';
import { loadProblemFolder } from '../src/cli/load-problems';

const ROOT = join(import.meta.dirname, '../test/complexity-corpus');
const filter = process.argv[2];
/** Stop growing n once one call takes this long, or at this size. */
const SLOW_MS = 120;
const MAX_N = 1 << 17;

function load(source: string, name: string): (...args: unknown[]) => unknown {
  const factory = new Function('module', 'exports', `${source}\n;return typeof ${name} === 'function' ? ${name} : module.exports.${name} ?? module.exports.default;`);
  const mod = { exports: {} as Record<string, unknown> };
  return factory(mod, mod.exports) as (...args: unknown[]) => unknown;
}

function timeOnce(fn: (...a: unknown[]) => unknown, input: unknown[]): number {
  const args = structuredClone(input);
  const t = performance.now();
  fn(...args);
  return performance.now() - t;
}

console.log('| solution | label | native time class | largest n | evidence |');
console.log('| --- | --- | --- | --- | --- |');
let agree = 0, total = 0;
for (const problemId of readdirSync(ROOT).filter((d) => !d.includes('.'))) {
  const problem = loadProblemFolder(problemId).problem;
  if (!problem || problem.kind !== 'coding') continue;
  const generate = load(problem.generator, 'generate') as (n: number) => unknown[];
  for (const file of readdirSync(join(ROOT, problemId)).filter((f) => f.endsWith('.js'))) {
    if (filter && !`${problemId}/${file}`.includes(filter)) continue;
    const label = file.split('--')[0];
    const fn = load(readFileSync(join(ROOT, problemId, file), 'utf8'), problem.function.name);
    const points: { n: number; value: number }[] = [];
    for (let n = 256; n <= MAX_N; n *= 2) {
      const input = generate(n);
      timeOnce(fn, input); // warm-up: let V8 compile before timing
      let best = Infinity;
      const started = performance.now();
      for (let rep = 0; rep < 15 && (rep < 3 || performance.now() - started < 60); rep++) best = Math.min(best, timeOnce(fn, input));
      points.push({ n, value: best * 1000 }); // µs, so small times still carry digits
      if (best > SLOW_MS) break;
    }
    const c = classifySeries(points.filter((p) => p.value >= 20)); // below ~20 µs the clock is noise
    const native = c.time ?? (c.between ? `between ${c.between.join(' and ')}` : 'unclear');
    total++;
    if (native === label) agree++;
    console.log(`| ${problemId}/${file} | ${label} | ${native} | ${points[points.length - 1].n} | ${c.evidence.replace(/\|/g, '/')} |`);
  }
}
console.log(`\n${agree} of ${total} labels agree with native timing.`);
