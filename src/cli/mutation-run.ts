import type { CodingProblem } from '../problems/parse';
import type { EquivalentMutant } from '../problems/rules';
import type { JudgeClient } from '../worker/judge-client';
import { judgeRequestFor } from '../worker/requests';
import { equivalentFor, generateMutants, sampleMutants, type SourceMutant } from './generate-mutants';

export type MutantOutcome = { mutant: SourceMutant; killed: boolean; killedBy?: string; equivalent?: EquivalentMutant };

export type MutationScore = {
  problem: string;
  total: number;
  killed: number;
  equivalent: number;
  /** Non-equivalent mutants every test accepted: each is a gap. */
  survivors: MutantOutcome[];
  /** Listed as equivalent, yet a test kills it: the listing is wrong. */
  wronglyListed: MutantOutcome[];
  /** killed / (total − equivalent), as a percentage. */
  score: number;
  ms: number;
};

/** Judges one mutant like a submission: killed when any case (visible or hidden) fails. */
async function judgeMutant(client: JudgeClient, problem: CodingProblem, mutant: SourceMutant): Promise<MutantOutcome> {
  const run = await client.judge(judgeRequestFor(problem, 'submit', mutant.source, 'javascript')).result;
  if (run.status !== 'done') throw new Error('judge run was cancelled');
  const failed = run.value.cases.find((c) => c.verdict !== 'accepted');
  const killed = run.value.verdict !== 'accepted';
  return { mutant, killed, killedBy: killed ? (failed?.name ?? run.value.verdict) : undefined };
}

/**
 * Runs the standard mutants of each problem's reference through the judge, spread over the given
 * clients (one worker thread each), and scores each problem. `step` > 1 runs a deterministic sample.
 */
export async function runMutationTesting(
  problems: CodingProblem[],
  clients: JudgeClient[],
  options: { step?: number; onScore?: (score: MutationScore) => void } = {},
): Promise<MutationScore[]> {
  const step = options.step ?? 1;
  const scores: MutationScore[] = [];
  for (const problem of problems) {
    const started = performance.now();
    const mutants = sampleMutants(await generateMutants(problem.reference), step);
    const outcomes: MutantOutcome[] = new Array(mutants.length);
    let next = 0;
    await Promise.all(
      clients.map(async (client) => {
        while (next < mutants.length) {
          const i = next++;
          outcomes[i] = await judgeMutant(client, problem, mutants[i]);
        }
      }),
    );
    for (const o of outcomes) o.equivalent = equivalentFor(o.mutant, problem.equivalentMutants);
    const equivalent = outcomes.filter((o) => o.equivalent && !o.killed).length;
    const killed = outcomes.filter((o) => o.killed).length;
    const counted = outcomes.length - equivalent;
    const score: MutationScore = {
      problem: problem.id,
      total: outcomes.length,
      killed,
      equivalent,
      survivors: outcomes.filter((o) => !o.killed && !o.equivalent),
      wronglyListed: outcomes.filter((o) => o.killed && o.equivalent),
      score: counted ? Math.round((1000 * killed) / counted) / 10 : 100,
      ms: performance.now() - started,
    };
    scores.push(score);
    options.onScore?.(score);
  }
  return scores;
}

/** "line 7 EqualityOperator: `t < first.t + ttlSec` → `t <= first.t + ttlSec`", shortened for a terminal. */
export function describeMutant(m: SourceMutant): string {
  const short = (s: string) => {
    const one = s.replace(/\s+/g, ' ');
    return one.length > 70 ? `${one.slice(0, 67)}…` : one;
  };
  return `line ${m.line} ${m.mutator}: \`${short(m.original)}\` → \`${short(m.replacement)}\``;
}
