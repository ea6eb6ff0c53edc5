/**
 * Concept-answer review figures (issue 19), printed side by side, no assertions:
 *   - review time of a ~150-word answer against its question's key points, warm (median and worst of
 *     many runs) and the first review in a fresh process (the NLP library's start-up included);
 *   - the answer reader's download from the build (dist/): the lazily loaded chunk(s) holding compromise
 *     and the review, raw and gzip, and whether the first screen preloads them.
 * Run alone: `npx tsx scripts/bench-concepts.ts` (after `npm run build` for the sizes), or
 * `BENCH_ONLY=concepts npm run bench`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { loadProblemFolder } from '../src/cli/load-problems';
import type { ConceptQuestion } from '../src/problems/parse';
import { median, fmt } from './bench-stats';

const RUNS = 40;
const GOAL_MS = 30;
const GOAL_GZIP_KIB = 300;
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

/** The first ~150 words of a question's model answer, cut at a sentence end. */
function answerOf(q: ConceptQuestion, words = 150): string {
  const sentences = q.modelAnswer.replace(/\s+/g, ' ').split(/(?<=[.!?])\s+/);
  const out: string[] = [];
  let n = 0;
  for (const s of sentences) {
    if (n >= words) break;
    out.push(s);
    n += s.split(' ').length;
  }
  return out.join(' ');
}

export async function benchConcepts() {
  console.log('\n## Concept-answer review (Node; the browser runs the same code)\n');
  const t0 = performance.now();
  const { reviewConceptAnswer } = await import('../src/review/concept-review');
  const loadMs = performance.now() - t0;
  const ids = ['concept-idempotency', 'concept-caching-latency', 'concept-rate-limiting', 'concept-sql-vs-nosql'];
  const rows: string[][] = [];
  let first = true;
  for (const id of ids) {
    const q = loadProblemFolder(id).problem as ConceptQuestion;
    const text = answerOf(q);
    const words = text.split(/\s+/).length;
    const t1 = performance.now();
    reviewConceptAnswer(text, q.keyPoints);
    const coldMs = performance.now() - t1;
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const t = performance.now();
      reviewConceptAnswer(text, q.keyPoints);
      times.push(performance.now() - t);
    }
    const med = median(times);
    rows.push([id, String(words), first ? `${fmt(loadMs)} load + ${fmt(coldMs)}` : fmt(coldMs), fmt(med), fmt(Math.max(...times)), `${(med / GOAL_MS).toFixed(2)}× of ${GOAL_MS} ms`]);
    first = false;
  }
  console.log('| question | words | first review ms | warm median ms | warm worst ms | median ÷ goal |');
  console.log('| --- | --- | --- | --- | --- | --- |');
  for (const r of rows) console.log(`| ${r.join(' | ')} |`);

  const assets = join('dist', 'assets');
  if (!existsSync(assets)) {
    console.log('\n(no dist/: run `npm run build` for the reader\'s download size)');
    return;
  }
  // compromise's own tag names and the review's message mark the reader's chunks.
  const files = readdirSync(assets).filter((f) => f.endsWith('.js'));
  const reader = files.filter((f) => {
    const text = readFileSync(join(assets, f), 'utf8');
    return text.includes('PhrasalVerb') || text.includes('the review could not tell');
  });
  const sizes = reader.map((f) => {
    const buf = readFileSync(join(assets, f));
    return { f, raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
  });
  const html = existsSync(join('dist', 'index.html')) ? readFileSync(join('dist', 'index.html'), 'utf8') : '';
  const preloaded = reader.filter((f) => html.includes(f));
  const total = sizes.reduce((s, x) => s + x.gzip, 0);
  console.log('\n| reader chunk | raw | gzip |');
  console.log('| --- | --- | --- |');
  for (const s of sizes) console.log(`| ${s.f} | ${kib(s.raw)} | ${kib(s.gzip)} |`);
  console.log(`\nReader download: ${kib(total)} gzip (goal ≤ ${GOAL_GZIP_KIB} KiB: ${(total / 1024 / GOAL_GZIP_KIB).toFixed(2)}× of it); preloaded by the first screen: ${preloaded.length ? preloaded.join(', ') : 'no (dynamic import on review)'}.`);
}

if (import.meta.url === `file://${process.argv[1]}`) await benchConcepts();
