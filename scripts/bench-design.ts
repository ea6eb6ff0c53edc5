/**
 * Design review figures (Node, Mermaid's parser under jsdom), printed side by side, no assertions:
 *   - review time of a 100-node diagram with notes, split into making it safe + parsing, and the review;
 *   - the same for each prompt's reference, for scale;
 *   - the labelled corpus (test/design-corpus): the share of components and flows read right.
 * The browser section of scripts/bench.ts measures the 30-node render after an edit (debounce included).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadNodeMermaid } from '../src/cli/node-mermaid';
import { loadProblemFolder } from '../src/cli/load-problems';
import { makeDiagramSafe } from '../src/review/diagram-safety';
import { readDiagram } from '../src/review/diagram-model';
import { classifyGraph } from '../src/review/component-vocabulary';
import { reviewDesign } from '../src/review/rubric';
import { splitNoteSections } from '../src/review/notes-review';
import * as answerReader from '../src/review/answer';
import type { DesignPrompt } from '../src/problems/parse';
import { median } from './bench-stats';

const REPEATS = 7;

/** A 100-node architecture: 20 services, each with a store, a cache, a queue and a worker, behind one gateway. */
function hundredNodes(): string {
  const lines = ['flowchart LR', '  client[Web and mobile client] --> gw[API gateway]'];
  for (let i = 0; i < 19; i++) {
    lines.push(`  gw --> s${i}[Service ${i}]`, `  s${i} --> d${i}[(Orders DB ${i})]`, `  s${i} --> c${i}[(Redis cache ${i})]`, `  s${i} --> q${i}[[SQS queue ${i}]]`, `  q${i} --> w${i}[Worker ${i}]`);
  }
  lines.push('  gw --> svc[Wish-list service]', '  svc --> db[(Lists table: DynamoDB)]', '  svc --> cache[(Cache)]');
  return lines.join('\n');
}

export async function benchDesign() {
  console.log('\n## 4. Design review (Node, Mermaid parser under jsdom)\n');
  const mermaid = await loadNodeMermaid();
  const prompt = loadProblemFolder('wish-list-api').problem as DesignPrompt;
  const notes = splitNoteSections(prompt.referenceNotes);
  const rows: string[][] = [];
  const time = async (label: string, text: string, p: DesignPrompt, n: Record<string, string>) => {
    const parse: number[] = [];
    const review: number[] = [];
    const words: number[] = [];
    let nodes = 0;
    for (let i = 0; i < REPEATS; i++) {
      const t0 = performance.now();
      const parsed = await readDiagram(mermaid, makeDiagramSafe(text).text);
      const t1 = performance.now();
      if (!parsed.ok) throw new Error(`${label}: ${parsed.message}`);
      classifyGraph(parsed.graph);
      reviewDesign(p, parsed.graph, n, answerReader);
      const t2 = performance.now();
      reviewDesign(p, parsed.graph, n);
      const t3 = performance.now();
      parse.push(t1 - t0);
      review.push(t2 - t1);
      words.push(t3 - t2);
      nodes = parsed.graph.nodes.length;
    }
    rows.push([label, String(nodes), median(parse).toFixed(1), median(review).toFixed(1), median(words).toFixed(1), (median(review) / median(words)).toFixed(1), (median(parse) + median(review)).toFixed(1)]);
  };
  await time('100-node diagram + reference notes (wish-list-api)', hundredNodes(), prompt, notes);
  for (const id of readdirSync('problems').filter((d) => /"kind"\s*:\s*"design"/.test(safeRead(join('problems', d, 'problem.json')))).sort()) {
    const p = loadProblemFolder(id).problem as DesignPrompt;
    await time(`reference: ${id}`, p.referenceDiagram, p, splitNoteSections(p.referenceNotes));
  }
  const head = ['diagram', 'nodes', 'safe + parse (ms)', 'kinds + rubric + notes, answer reader (ms)', 'same, words only (ms)', 'reader ÷ words', 'total (ms)'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  console.log([line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n'));
  console.log(`\n(median of ${REPEATS}; goal: a 100-node review ≤ 100 ms. The first parse of a process also loads Mermaid's diagram code: not counted.)`);
  console.log('\nThe labelled corpus share is printed by `npx vitest run test/review/design-corpus.test.ts`.');
}

function safeRead(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}
