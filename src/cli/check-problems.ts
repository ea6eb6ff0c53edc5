/**
 * npm run check:problems [-- <id> …] [--growth] [--mutants]
 * Validates every problem folder, runs each coding problem's reference solution (must be accepted),
 * its unusual-but-correct solutions (right/, must be accepted) and its known-wrong solutions (each
 * must be rejected by a hidden test named for the rule it breaks), and compares references with an
 * exact re-computation where the problem has one. With --growth, also measures the reference's time
 * growth; with --mutants, runs every standard mutant of each reference (a survivor that is not listed
 * in equivalent-mutants.json fails the check).
 */
import { auditProblem, type ProblemAudit } from './audit-problem';
import { listProblemIds, loadProblemFolder, readPrinciplesFolder } from './load-problems';
import { parsePrinciples } from '../problems/principles';
import { createNodeJudgeClient } from './node-client';
import { describeMutant, runMutationTesting } from './mutation-run';
import type { CodingProblem } from '../problems/parse';
import { auditQuestion } from './audit-question';

async function main() {
  const args = process.argv.slice(2);
  const growth = args.includes('--growth');
  const mutants = args.includes('--mutants');
  const coding: CodingProblem[] = [];
  const only = args.filter((a) => !a.startsWith('--'));
  const ids = only.length ? only : listProblemIds();
  const client = createNodeJudgeClient();
  let failures = 0;
  for (const id of ids) {
    const loaded = loadProblemFolder(id);
    if (!loaded.problem) {
      failures++;
      process.stdout.write(`✗ ${loaded.folder}\n${loaded.errors.map((e) => `    ${e}`).join('\n')}\n`);
      continue;
    }
    if (loaded.problem.kind === 'concept') {
      process.stdout.write(`✓ ${loaded.folder} (concept question, ${loaded.problem.keyPoints.length} key points)\n`);
      continue;
    }
    if (loaded.problem.kind === 'trace' || loaded.problem.kind === 'api' || loaded.problem.kind === 'estimate') {
      const audit = await auditQuestion(client, loaded.problem);
      if (audit.errors.length) failures++;
      process.stdout.write(`${audit.errors.length ? '✗' : '✓'} ${loaded.folder} (${audit.summary})\n`);
      for (const e of audit.errors) process.stdout.write(`    error: ${e}\n`);
      continue;
    }
    if (loaded.problem.kind !== 'coding') {
      process.stdout.write(`✓ ${loaded.folder} (design prompt, ${loaded.problem.rubric.length} rubric items)\n`);
      continue;
    }
    coding.push(loaded.problem);
    const audit: ProblemAudit = await auditProblem(client, loaded.problem, { growth });
    if (audit.errors.length) failures++;
    const mark = audit.errors.length ? '✗' : '✓';
    const growthNote = audit.referenceGrowth ? `, reference grows as ${audit.referenceGrowth}` : '';
    process.stdout.write(
      `${mark} ${loaded.folder} (${loaded.problem.examples.length} examples, ${loaded.problem.tests.length} hidden tests, ${loaded.problem.wrongSolutions.length} wrong solutions${growthNote})\n`,
    );
    for (const [name, hits] of Object.entries(audit.caughtByRule)) {
      const first = hits[0];
      if (first) process.stdout.write(`    wrong/${name}.js rejected by "${first.test}" (rule ${first.rule})\n`);
    }
    for (const e of audit.errors) process.stdout.write(`    error: ${e}\n`);
    for (const w of audit.warnings) process.stdout.write(`    note: ${w}\n`);
  }
  client.dispose();
  if (only.length === 0) {
    const principles = parsePrinciples(readPrinciplesFolder());
    if (principles.ok) process.stdout.write(`✓ problems/principles (${principles.principles.length} leadership principles)\n`);
    else {
      failures++;
      process.stdout.write(`✗ problems/principles\n${principles.errors.map((e) => `    ${e}`).join('\n')}\n`);
    }
  }
  if (mutants) failures += await checkMutants(coding);
  process.stdout.write(failures ? `\n${failures} problem(s) need attention\n` : `\nall ${ids.length} problems pass\n`);
  process.exitCode = failures ? 1 : 0;
}

/** Runs every mutant of every reference on two worker threads; returns how many problems have gaps. */
async function checkMutants(problems: CodingProblem[]): Promise<number> {
  const clients = [createNodeJudgeClient(), createNodeJudgeClient()];
  const started = performance.now();
  process.stdout.write(`\nmutation testing (${problems.length} references, ${clients.length} worker threads)\n`);
  let gaps = 0;
  let total = 0;
  let killed = 0;
  let equivalent = 0;
  await runMutationTesting(problems, clients, {
    onScore: (s) => {
      total += s.total;
      killed += s.killed;
      equivalent += s.equivalent;
      const bad = s.survivors.length + s.wronglyListed.length;
      if (bad) gaps++;
      process.stdout.write(
        `${bad ? '✗' : '✓'} ${s.problem}: ${s.killed}/${s.total - s.equivalent} killed (${s.score}%)${s.equivalent ? `, ${s.equivalent} equivalent` : ''}, ${Math.round(s.ms)} ms\n`,
      );
      for (const o of s.survivors) process.stdout.write(`    survives: ${describeMutant(o.mutant)} — add a named test, or list it in equivalent-mutants.json\n`);
      for (const o of s.wronglyListed) process.stdout.write(`    listed as equivalent but "${o.killedBy}" kills it: ${describeMutant(o.mutant)}\n`);
    },
  });
  clients.forEach((c) => c.dispose());
  const counted = total - equivalent;
  process.stdout.write(
    `mutants: ${killed}/${counted} non-equivalent killed (${counted ? ((100 * killed) / counted).toFixed(1) : 100}%), ${equivalent} equivalent, ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
  );
  return gaps;
}

main().catch((e: unknown) => {
  process.stderr.write(`internal error: ${(e as Error)?.stack ?? String(e)}\n`);
  process.exit(2);
});
