/**
 * The judge CLI (DESIGN.md): npm run judge -- <problem-id> <solution-file> [--json] [--complexity]
 * Exit codes: 0 accepted, 1 any other verdict, 2 bad usage, unknown problem or unreadable file.
 */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { loadProblemFolder, listProblemIds } from './load-problems';
import { createNodeJudgeClient } from './node-client';
import { judgeRequestFor } from '../worker/requests';
import { complexityReport, reviewLines, type ComplexityJson, type ReviewJson } from './complexity-report';
import type { JudgeReport, Language } from '../engine/types';
import type { CodingProblem } from '../problems/parse';

const USAGE = 'usage: npm run judge -- <problem-id> <solution-file> [--json] [--complexity [--claim "<text>"]]';

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

function table(report: JudgeReport): string {
  const rows = report.cases.map((c) => [c.hidden ? 'hidden' : 'example', c.name, c.verdict, `${Math.round(c.timeMs)} ms`, c.message ?? '']);
  const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i].length), ['', 'case', 'verdict', 'time'][i].length));
  const line = (r: string[]) => r.map((cell, i) => (i < 4 ? cell.padEnd(widths[i]) : cell)).join('  ').trimEnd();
  const out = [line(['', 'case', 'verdict', 'time', 'message']), ...rows.map(line)];
  if (report.compileError) out.push('', `compile-error: ${report.compileError.message}`);
  out.push('', `${report.verdict.toUpperCase()}: ${report.passed}/${report.total} passed (${report.problem}, ${report.timeMs} ms)`);
  return out.join('\n');
}

async function main() {
  const args = process.argv.slice(2);
  const claimAt = args.indexOf('--claim');
  const claim = claimAt >= 0 ? args.splice(claimAt, 2)[1] : undefined;
  if (claimAt >= 0 && claim === undefined) fail(`--claim needs the explanation text\n${USAGE}`);
  if (claim !== undefined && !args.includes('--complexity')) args.push('--complexity');
  const flags = new Set(args.filter((a) => a.startsWith('--')));
  const positional = args.filter((a) => !a.startsWith('--'));
  const unknown = [...flags].filter((f) => f !== '--json' && f !== '--complexity');
  if (positional.length !== 2 || unknown.length > 0) fail(unknown.length ? `unknown option ${unknown.join(', ')}\n${USAGE}` : USAGE);
  const [problemId, file] = positional;

  if (!listProblemIds().includes(problemId)) fail(`unknown problem "${problemId}". Known problems: ${listProblemIds().join(', ')}`);
  const loaded = loadProblemFolder(problemId);
  if (!loaded.problem) fail(`problem "${problemId}" is invalid:\n${loaded.errors.join('\n')}`);
  if (loaded.problem.kind !== 'coding') fail(`"${problemId}" is a design prompt; the judge runs coding problems`);
  const problem: CodingProblem = loaded.problem;

  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch (e) {
    fail(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  const ext = extname(file);
  const language: Language = ['.ts', '.mts', '.cts'].includes(ext) ? 'typescript' : ext === '.py' ? 'python' : 'javascript';

  const client = createNodeJudgeClient();
  const run = await client.judge(judgeRequestFor(problem, 'submit', source, language)).result;
  if (run.status !== 'done') fail('the run was cancelled');
  const report = run.value;
  let complexity: ComplexityJson | undefined;
  let review: ReviewJson | undefined;
  if (flags.has('--complexity')) ({ complexity, review } = await complexityReport(client, problem, source, language, claim));
  client.dispose();

  if (flags.has('--json')) {
    const { version, problem: id, verdict, passed, total, timeMs, compileError, cases } = report;
    process.stdout.write(`${JSON.stringify({ version, problem: id, verdict, passed, total, timeMs, ...(compileError ? { compileError } : {}), cases, ...(complexity ? { complexity } : {}), ...(review ? { review } : {}) }, null, 2)}\n`);
  } else {
    process.stdout.write(`${table(report)}\n`);
    if (complexity) {
      const c = complexity;
      process.stdout.write(`\nMeasured time growth: ${c.time ?? (c.between ? `between ${c.between.join(' and ')}` : 'not enough sizes to tell')} (best possible: ${c.expected}): ${c.evidence}\n`);
      if (c.space) process.stdout.write(`Measured extra space: ${c.space.class ?? (c.space.between ? `between ${c.space.between.join(' and ')}` : 'unclear')}: ${c.space.evidence}\n`);
      for (const h of c.hotLines) process.stdout.write(`  line ${h.line}: ${Math.round(h.share * 100)}% of the work\n`);
      process.stdout.write(`${(c.points as { n: number; cost: number }[]).map((p) => `  n = ${String(p.n).padStart(6)}  operations = ${p.cost}`).join('\n')}\n`);
      if (c.stopped) process.stdout.write(`  (${c.stopped})\n`);
    }
    if (review) process.stdout.write(`\n${reviewLines(review).join('\n')}\n`);
  }
  process.exitCode = report.verdict === 'accepted' ? 0 : 1;
}

main().catch((e: unknown) => {
  process.stderr.write(`internal error: ${(e as Error)?.stack ?? String(e)}\n`);
  process.exit(2);
});
