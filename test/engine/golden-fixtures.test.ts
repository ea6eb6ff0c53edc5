import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createNodeJudgeClient } from '../../src/cli/node-client';
import { loadProblemFolder } from '../../src/cli/load-problems';
import { judgeRequestFor } from '../../src/worker/requests';
import type { CodingProblem } from '../../src/problems/parse';
import type { JudgeReport } from '../../src/engine/types';

/**
 * Golden fixtures (exercism-style): test/fixtures/<problem>/<expected verdict>/<cause>/solution.{js,ts},
 * optionally with expected.json: { verdict, line?, messageIncludes?, readOnly? } (readOnly marks those
 * parameters read-only for this fixture, as problem.json would). Each runs through the same
 * worker-thread client the CLI uses, watchdog included.
 */
const ROOT = join(import.meta.dirname, '../fixtures');
type Expected = { verdict: string; line?: number; messageIncludes?: string; readOnly?: string[] };

const fixtures = readdirSync(ROOT).flatMap((problemId) =>
  readdirSync(join(ROOT, problemId)).flatMap((outcome) =>
    readdirSync(join(ROOT, problemId, outcome)).map((cause) => {
      const dir = join(ROOT, problemId, outcome, cause);
      const file = readdirSync(dir).find((f) => f.startsWith('solution.'))!;
      const expectedPath = join(dir, 'expected.json');
      const expected: Expected = existsSync(expectedPath) ? JSON.parse(readFileSync(expectedPath, 'utf8')) : { verdict: outcome };
      return { problemId, outcome, cause, path: join(dir, file), expected };
    }),
  ),
);

const client = createNodeJudgeClient();
afterAll(() => client.dispose());
const problems = new Map<string, CodingProblem>();

async function judge(problemId: string, path: string, readOnly: string[] = []): Promise<JudgeReport> {
  if (!problems.has(problemId)) problems.set(problemId, loadProblemFolder(problemId).problem as CodingProblem);
  const loaded = problems.get(problemId)!;
  const params = loaded.function.params.map((p) => ({ ...p, readOnly: p.readOnly || readOnly.includes(p.name) }));
  const problem = { ...loaded, function: { ...loaded.function, params } };
  const language = path.endsWith('.ts') ? 'typescript' : 'javascript';
  const run = await client.judge(judgeRequestFor(problem, 'submit', readFileSync(path, 'utf8'), language)).result;
  if (run.status !== 'done') throw new Error('cancelled');
  return run.value;
}

describe('golden fixtures: every verdict, in several styles', () => {
  it('covers every verdict', () => {
    const outcomes = new Set(fixtures.map((f) => f.outcome));
    for (const v of ['accepted', 'wrong-answer', 'runtime-error', 'time-limit', 'memory-limit', 'output-limit', 'compile-error']) expect(outcomes).toContain(v);
  });

  it.each(fixtures.map((f) => [`${f.problemId}/${f.outcome}/${f.cause}`, f] as const))('%s', async (_name, f) => {
    expect(f.outcome).toBe(f.expected.verdict);
    const report = await judge(f.problemId, f.path, f.expected.readOnly);
    expect(report.verdict, JSON.stringify(report.cases.find((c) => c.verdict !== 'accepted') ?? report.compileError)).toBe(f.expected.verdict);
    if (f.expected.verdict === 'accepted') {
      expect(report.passed).toBe(report.total);
      return;
    }
    const firstFailure = report.cases.find((c) => c.verdict !== 'accepted')!;
    const message = report.compileError?.message ?? firstFailure.message ?? '';
    const position = report.compileError?.position ?? firstFailure.position;
    if (f.expected.messageIncludes) expect(message).toContain(f.expected.messageIncludes);
    if (f.expected.line) expect(position?.line).toBe(f.expected.line);
    // Hidden cases never carry their input, expected output or console.
    for (const c of report.cases.filter((c) => c.hidden)) {
      expect(c).not.toHaveProperty('input');
      expect(c).not.toHaveProperty('expected');
      expect(c).not.toHaveProperty('actual');
      expect(c).not.toHaveProperty('console');
    }
  });
});
