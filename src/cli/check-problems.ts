/**
 * npm run check:problems [-- <id> …] [--growth]
 * Validates every problem folder, runs each coding problem's reference solution (must be accepted)
 * and its known-wrong solutions (each must fail at least one test), and reports which hidden tests
 * no wrong solution fails on its own. With --growth, also measures the reference's time growth.
 */
import { auditProblem, type ProblemAudit } from './audit-problem';
import { listProblemIds, loadProblemFolder } from './load-problems';
import { createNodeJudgeClient } from './node-client';

async function main() {
  const args = process.argv.slice(2);
  const growth = args.includes('--growth');
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
    if (loaded.problem.kind !== 'coding') {
      process.stdout.write(`✓ ${loaded.folder} (design prompt, ${loaded.problem.rubric.length} rubric items)\n`);
      continue;
    }
    const audit: ProblemAudit = await auditProblem(client, loaded.problem, { growth });
    if (audit.errors.length) failures++;
    const mark = audit.errors.length ? '✗' : '✓';
    const growthNote = audit.referenceGrowth ? `, reference grows as ${audit.referenceGrowth}` : '';
    process.stdout.write(
      `${mark} ${loaded.folder} (${loaded.problem.examples.length} examples, ${loaded.problem.tests.length} hidden tests, ${loaded.problem.wrongSolutions.length} wrong solutions${growthNote})\n`,
    );
    for (const e of audit.errors) process.stdout.write(`    error: ${e}\n`);
    for (const w of audit.warnings) process.stdout.write(`    note: ${w}\n`);
  }
  client.dispose();
  process.stdout.write(failures ? `\n${failures} problem(s) need attention\n` : `\nall ${ids.length} problems pass\n`);
  process.exitCode = failures ? 1 : 0;
}

main().catch((e: unknown) => {
  process.stderr.write(`internal error: ${(e as Error)?.stack ?? String(e)}\n`);
  process.exit(2);
});
