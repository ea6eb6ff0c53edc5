/**
 * An independent label for the complexity corpus: times each solution natively in Node (V8, wall
 * clock, best of several runs) on the problem's own generator at doubling sizes, and classifies the
 * times. Operation counts in QuickJS are what the app measures; this checks them against real time.
 *
 *   npx tsx scripts/label-corpus-native.ts [filter]   → prints a Markdown table (paste into test/complexity-corpus/NATIVE-TIMING.md)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadProblemFolder } from '../src/cli/load-problems';
import { nativeTimeClass } from './native-timing';

const ROOT = join(import.meta.dirname, '../test/complexity-corpus');
const filter = process.argv[2];

console.log('| solution | label | native time class | largest n | evidence |');
console.log('| --- | --- | --- | --- | --- |');
let agree = 0, total = 0;
for (const problemId of readdirSync(ROOT).filter((d) => !d.includes('.'))) {
  const problem = loadProblemFolder(problemId).problem;
  if (!problem || problem.kind !== 'coding') continue;
  for (const file of readdirSync(join(ROOT, problemId)).filter((f) => f.endsWith('.js'))) {
    if (filter && !`${problemId}/${file}`.includes(filter)) continue;
    const label = file.split('--')[0];
    const native = nativeTimeClass(readFileSync(join(ROOT, problemId, file), 'utf8'), problem.function.name, problem.generator);
    total++;
    if (native.time === label) agree++;
    console.log(`| ${problemId}/${file} | ${label} | ${native.time} | ${native.largestN} | ${native.evidence.replace(/\|/g, '/')} |`);
  }
}
console.log(`\n${agree} of ${total} labels agree with native timing.`);
