/**
 * The judge CLI (DESIGN.md): npm run judge -- <problem-id> <solution-file> [--json] [--complexity]
 * Exit codes: 0 accepted, 1 any other verdict, 2 bad usage, unknown problem or unreadable file.
 */
import { fail, readUserFile } from './cli-io';
import { extname } from 'node:path';
import { loadProblemFolder, listProblemIds } from './load-problems';
import { createNodeJudgeClient } from './node-client';
import { judgeRequestFor } from '../worker/requests';
import { complexityReport, reviewLines, type ComplexityJson, type ReviewJson } from './complexity-report';
import type { JudgeReport, Language } from '../engine/types';
import type { CodingProblem } from '../problems/parse';

const USAGE = 'usage: npm run judge -- <problem-id> <solution-file> [--json] [--complexity [--claim "<text>"]]';

function table(report: JudgeReport): string {
  const rows = report.cases.map((c) => [c.hidden ? 'hidden' : 'example', c.name, c.notRun ? 'not run' : c.verdict, c.notRun ? '' : `${Math.round(c.timeMs)} ms`, c.message ?? '']);
  const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i].length), ['', 'case', 'verdict', 'time'][i].length));
  const line = (r: string[]) => r.map((cell, i) => (i < 4 ? cell.padEnd(widths[i]) : cell)).join('  ').trimEnd();
  const out = [line(['', 'case', 'verdict', 'time', 'message']), ...rows.map(line)];
  if (report.compileError) out.push('', `compile-error: ${report.compileError.message}`);
  for (const notice of report.notices ?? []) out.push('', `note: ${notice}`);
  out.push('', `${report.verdict.toUpperCase()}: ${report.passed}/${report.total} passed${report.notRun ? `, ${report.notRun} not run` : ''} (${report.problem}, ${report.timeMs} ms)`);
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
  if (loaded.problem.kind !== 'coding') fail(`"${problemId}" is a ${loaded.problem.kind === 'design' ? 'design prompt' : 'concept question'}; the judge runs coding problems`);
  const problem: CodingProblem = loaded.problem;

  const source = readUserFile(file);
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
    const { version, problem: id, verdict, passed, total, timeMs, compileError, notRun, notices, cases } = report;
    const extra = { ...(compileError ? { compileError } : {}), ...(notRun ? { notRun } : {}), ...(notices ? { notices } : {}) };
    process.stdout.write(`${JSON.stringify({ version, problem: id, verdict, passed, total, timeMs, ...extra, cases, ...(complexity ? { complexity } : {}), ...(review ? { review } : {}) }, null, 2)}\n`);
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

/** An engine failure is a report and exit 2 (DESIGN.md), never an uncaught error. */
function engineFailure(e: unknown): never {
  const message = String((e as Error)?.message ?? e).slice(0, 2000);
  if (process.argv.includes('--json')) process.stdout.write(`${JSON.stringify({ error: 'engine-failure', message })}\n`);
  process.stderr.write(`internal error: the judge itself failed (${message}). This is a bug in Techscreen, not in your code.\n`);
  process.exit(2);
}
process.on('uncaughtException', engineFailure);
process.on('unhandledRejection', engineFailure);
main().catch(engineFailure);
