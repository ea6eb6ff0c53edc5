/**
 * Story review figures (issue 24), printed, no assertions: the time to review one story, warm (each
 * story reviewed several times; the median and the worst of its runs), over the stories of the dev
 * corpus and the previous held-back set, and the first review in a fresh process (the NLP library's
 * start-up included).
 * Run alone: `npx tsx scripts/bench-stories.ts`, or `BENCH_ONLY=stories npm run bench`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { readPrinciplesFolder } from '../src/cli/load-problems';
import { parsePrinciples } from '../src/problems/principles';
import { median, fmt, table } from './bench-stats';

const RUNS = 7;
const GOAL_MS = 50;
const DIRS = ['test/review/story-corpus', 'test/held-back/stories'];

export async function benchStories() {
  console.log('\n## Story review (Node; the browser runs the same code)\n');
  const bank = parsePrinciples(readPrinciplesFolder());
  if (!bank.ok) throw new Error(bank.errors.join('\n'));
  const stories = DIRS.flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.md'))
      .sort()
      .map((f) => ({ name: `${dir.split('/').at(-1)}/${f}`, text: readFileSync(join(dir, f), 'utf8') })),
  );
  const t0 = performance.now();
  const { reviewStory } = await import('../src/review/story/story-review');
  const loadMs = performance.now() - t0;
  const t1 = performance.now();
  reviewStory(stories[0].text, bank.principles);
  const firstMs = performance.now() - t1;
  for (const s of stories) reviewStory(s.text, bank.principles);

  const perStory = stories.map((s) => {
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const t = performance.now();
      reviewStory(s.text, bank.principles);
      times.push(performance.now() - t);
    }
    return { name: s.name, words: s.text.split(/\s+/).length, median: median(times), worst: Math.max(...times) };
  });
  const medians = perStory.map((s) => s.median);
  const slowest = perStory.reduce((a, b) => (b.median > a.median ? b : a));
  const worst = perStory.reduce((a, b) => (b.worst > a.worst ? b : a));
  const words = perStory.map((s) => s.words);
  table(
    ['figure', 'value'],
    [
      ['stories', `${stories.length} (${Math.min(...words)}–${Math.max(...words)} words)`],
      ['module load + first review, cold', `${fmt(loadMs)} + ${fmt(firstMs)} ms`],
      ['warm median per story (median of the stories\' medians)', `${fmt(median(medians))} ms (${(median(medians) / GOAL_MS).toFixed(2)}× of the ${GOAL_MS} ms goal)`],
      ['slowest story, warm median', `${fmt(slowest.median)} ms (${slowest.name}, ${slowest.words} words)`],
      ['worst single warm run', `${fmt(worst.worst)} ms (${worst.name})`],
    ],
  );
}

if (import.meta.url === `file://${process.argv[1]}`) await benchStories();
