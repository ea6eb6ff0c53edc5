import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reviewComplexity, type MeasuredGrowth } from '../../src/review/complexity-review';
import { loadProblemFolder } from '../../src/cli/load-problems';
import type { CodingProblem } from '../../src/problems/parse';

type Case = {
  problem: string;
  code: string;
  growth: string;
  text: string;
  expect: { verdict?: string; direction?: string; time?: string; space?: string; pass?: string[]; fail?: string[]; mustSay?: string[]; mustNotSay?: string[] };
};
const { cases } = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures/pm-explanations.json'), 'utf8')) as { cases: Case[] };
const CORPUS = join(import.meta.dirname, '../complexity-corpus');

/** "<time>-<space>" shorthands for what measuring a corpus file gives; hot lines come from real code below. */
const GROWTH: Record<string, MeasuredGrowth> = {
  'linear-n': { time: 'O(n)', evidence: 'growth per doubling 2.00 → 2.00', space: { class: 'O(n)', evidence: 'grows from 2 KiB to 580 KiB', includesOutput: false } },
  'linear-1': { time: 'O(n)', evidence: 'growth per doubling 2.00 → 2.00', space: { class: 'O(1)', evidence: 'stays within 0.3 KiB', includesOutput: false } },
  'nlogn-n': { time: 'O(n log n)', evidence: 'growth per doubling 2.14 → 2.13', space: { class: 'O(n)', evidence: 'grows from 3 KiB to 710 KiB', includesOutput: false } },
  'quadratic-1': { time: 'O(n^2)', evidence: 'growth per doubling 3.87 → 3.92', space: { class: 'O(1)', evidence: 'stays within 0.4 KiB', includesOutput: false } },
  'quadratic-n': { time: 'O(n^2)', evidence: 'growth per doubling 3.39 → 3.78', space: { class: 'O(n)', evidence: 'grows', includesOutput: false } },
  'log-1': { time: 'O(log n)', evidence: 'growth per doubling 1.07 → 1.06', space: { class: 'O(1)', evidence: 'stays within 0.1 KiB', includesOutput: false } },
};

/** The line with the most scanning work in the source, as the measurement would attribute it. */
function hotLineOf(source: string): MeasuredGrowth['hotLines'] {
  const lines = source.split('\n');
  const scan = lines.findIndex((l) => /\.(indexOf|includes|shift|splice|sort|slice)\(/.test(l));
  return scan >= 0 ? [{ line: scan + 1, share: 0.9 }] : [];
}

const problems = new Map<string, CodingProblem>();
const problem = (id: string) => {
  if (!problems.has(id)) problems.set(id, loadProblemFolder(id).problem as CodingProblem);
  return problems.get(id)!;
};

describe('PM-written explanations, judged as a fair expert would', () => {
  it('has explanations across many problems, right and wrong', () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
    expect(new Set(cases.map((c) => c.problem)).size).toBeGreaterThanOrEqual(8);
  });

  it.each(cases.map((c, i) => [`${i + 1}. ${c.problem}: ${c.text.slice(0, 60) || '(empty)'}`, c] as const))('%s', (_name, c) => {
    const source = readFileSync(join(CORPUS, c.code), 'utf8');
    const p = problem(c.problem);
    const r = reviewComplexity({ text: c.text, complexity: p.complexity, growth: { ...GROWTH[c.growth], hotLines: hotLineOf(source) }, source });
    const status = (id: string) => r.checks.find((x) => x.id === id)?.status;
    const all = r.checks.map((x) => `${x.message} ${x.evidence ?? ''}`).join('\n');
    if (c.expect.verdict) expect(r.verdict).toBe(c.expect.verdict);
    if (c.expect.direction) expect(r.direction).toBe(c.expect.direction);
    if (c.expect.time) expect(r.time).toBe(c.expect.time);
    if (c.expect.space) expect(r.space).toBe(c.expect.space);
    for (const id of c.expect.pass ?? []) expect(status(id), `${id} should pass:\n${all}`).toBe('pass');
    for (const id of c.expect.fail ?? []) expect(status(id), `${id} should fail:\n${all}`).toBe('fail');
    if (c.expect.pass && c.expect.pass.length === 0) expect(r.checks.filter((x) => x.status === 'pass')).toEqual([]);
    for (const s of c.expect.mustSay ?? []) expect(all).toMatch(new RegExp(s));
    for (const s of c.expect.mustNotSay ?? []) expect(all).not.toMatch(new RegExp(s));
    // No tick without evidence.
    for (const x of r.checks.filter((y) => y.status === 'pass')) expect(x.evidence, `${x.id} passed without evidence`).toBeTruthy();
  });
});
