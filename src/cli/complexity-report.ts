/**
 * The complexity part of the judge CLI: `--complexity` measures the solution's growth, and
 * `--claim "<text>"` reviews a written explanation against it, as the app does.
 */
import type { Language } from '../engine/types';
import type { CodingProblem } from '../problems/parse';
import { reviewComplexity } from '../review/complexity-review';
import type { JudgeClient } from '../worker/judge-client';
import { describeStop, measureGrowth } from '../worker/measure-growth';

export type ComplexityJson = {
  time: string | null;
  between?: [string, string];
  expected: string;
  evidence: string;
  space?: { class: string | null; between?: [string, string]; evidence: string; includesOutput: boolean };
  hotLines: { line: number; share: number }[];
  points: unknown[];
  stopped?: string;
  elapsedMs: number;
};

export type ReviewJson = {
  time: string | null;
  space: string | null;
  read: string;
  verdict: string;
  direction?: string;
  checks: { id: string; status: string; message: string; evidence?: string }[];
};

/** Measures the solution and, given a claim, reviews it; undefined values when measuring was cancelled. */
export async function complexityReport(
  client: JudgeClient,
  problem: CodingProblem,
  source: string,
  language: Language,
  claim: string | undefined,
): Promise<{ complexity?: ComplexityJson; review?: ReviewJson }> {
  const growth = await measureGrowth(client, problem, source, language);
  if (!growth) return {};
  const complexity: ComplexityJson = {
    time: growth.time ?? null,
    ...(growth.between ? { between: growth.between } : {}),
    expected: problem.complexity.time,
    evidence: growth.evidence,
    ...(growth.space ? { space: { class: growth.space.class ?? null, ...(growth.space.between ? { between: growth.space.between } : {}), evidence: growth.space.evidence, includesOutput: growth.space.includesOutput } } : {}),
    hotLines: growth.hotLines.map(({ line, share }) => ({ line, share })),
    points: growth.points,
    ...(growth.stopped ? { stopped: describeStop(growth.stopped) } : {}),
    elapsedMs: growth.elapsedMs,
  };
  if (claim === undefined) return { complexity };
  const r = reviewComplexity({ text: claim, complexity: problem.complexity, growth, measuredNote: describeStop(growth.stopped), source, language: language === 'typescript' ? 'typescript' : 'javascript' });
  const review: ReviewJson = {
    time: r.time,
    space: r.space,
    read: r.readBack,
    verdict: r.verdict,
    ...(r.direction ? { direction: r.direction } : {}),
    checks: r.checks.map((c) => ({ id: c.id, status: c.status, message: c.message, ...(c.evidence ? { evidence: c.evidence } : {}) })),
  };
  return { complexity, review };
}

/** The review as lines for the table output. */
export function reviewLines(review: ReviewJson): string[] {
  const icon = { pass: '✓', fail: '✗', info: 'i' } as Record<string, string>;
  return [
    `Review of your explanation: ${review.verdict}${review.direction ? ` (${review.direction})` : ''}`,
    ...review.checks.map((c) => `  ${icon[c.status] ?? '?'} ${c.message}${c.evidence ? `\n      saw: ${c.evidence}` : ''}`),
  ];
}
