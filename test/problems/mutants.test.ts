import { afterAll, describe, expect, it } from 'vitest';
import { equivalentFor, generateMutants, sampleMutants } from '../../src/cli/generate-mutants';
import { loadProblemFolder } from '../../src/cli/load-problems';
import { runMutationTesting } from '../../src/cli/mutation-run';
import { createNodeJudgeClient } from '../../src/cli/node-client';
import type { CodingProblem } from '../../src/problems/parse';

describe('standard mutants of a solution', () => {
  it('applies each of StrykerJS’s mutations to a copy of the source, with its line', async () => {
    const source = 'function f(a, b) {\n  return a < b ? a + 1 : b;\n}\n';
    const mutants = await generateMutants(source);
    const lt = mutants.find((m) => m.mutator === 'EqualityOperator' && m.replacement === 'a <= b');
    expect(lt).toMatchObject({ line: 2, original: 'a < b', lineText: 'return a < b ? a + 1 : b;' });
    expect(lt?.source).toBe('function f(a, b) {\n  return a <= b ? a + 1 : b;\n}\n');
    expect(mutants.some((m) => m.mutator === 'ArithmeticOperator' && m.source.includes('a - 1'))).toBe(true);
    expect(new Set(mutants.map((m) => m.id)).size).toBe(mutants.length);
  });

  it('matches a listed equivalent mutant by its change, and by its line when the change repeats', async () => {
    const source = 'function f(x, y) {\n  const a = x || {};\n  const b = y || {};\n  return [a, b];\n}\n';
    const mutants = (await generateMutants(source)).filter((m) => m.mutator === 'LogicalOperator');
    expect(mutants).toHaveLength(2);
    const listed = [{ mutator: 'LogicalOperator', original: 'x || {}', replacement: 'x && {}', reason: 'only for this test' }];
    expect(mutants.map((m) => Boolean(equivalentFor(m, listed)))).toEqual([true, false]);
    const both = [{ mutator: 'LogicalOperator', original: 'y || {}', replacement: 'y && {}', context: 'const b', reason: 'only for this test' }];
    expect(mutants.map((m) => Boolean(equivalentFor(m, both)))).toEqual([false, true]);
  });

  it('samples deterministically', () => {
    const xs = Array.from({ length: 20 }, (_, i) => i);
    expect(sampleMutants(xs, 7)).toEqual([0, 7, 14]);
    expect(sampleMutants(xs, 7, 3)).toEqual([3, 10, 17]);
    expect(sampleMutants(xs, 1)).toEqual(xs);
  });
});

// The full run is `npm run check:problems -- --mutants` (minutes); here a fixed sample of the
// mutants of three quick problems goes through the real engine, so a test that stops killing a
// mutant fails CI too.
describe('a deterministic sample of reference mutants is killed', () => {
  const client = createNodeJudgeClient();
  afterAll(() => client.dispose());
  const problems = ['token-bucket', 'missing-skus', 'idempotent-requests'].map((id) => loadProblemFolder(id).problem as CodingProblem);

  it('every sampled mutant is killed or listed as equivalent', async () => {
    const scores = await runMutationTesting(problems, [client], { step: 5 });
    for (const s of scores) {
      expect(s.total, s.problem).toBeGreaterThan(1);
      expect(s.survivors.map((o) => `${s.problem}: line ${o.mutant.line} ${o.mutant.original} → ${o.mutant.replacement}`)).toEqual([]);
      expect(s.wronglyListed).toEqual([]);
    }
  }, 120_000);
});
