import { describe, expect, it } from 'vitest';
import { readPrinciplesFolder } from '../../../src/cli/load-problems';
import { parsePrinciples } from '../../../src/problems/principles';
import { metricsAgree, metricsQuoted, runCorpus } from './agreement';

const bank = parsePrinciples(readPrinciplesFolder());
if (!bank.ok) throw new Error(bank.errors.join('\n'));

/**
 * Stories written blind (by someone who had not seen the review) with what a fair coach marks, decided
 * before the review ran. The thresholds are what the review reaches today; the disagreements are printed.
 */
describe('story review against the blind corpus', () => {
  const { rows, agreement, disagreements } = runCorpus(import.meta.dirname, bank.principles);
  console.log(`story corpus (${rows.length} stories): ${Object.entries(agreement).map(([k, v]) => `${k} ${Math.round(v * 100)}%`).join(', ')}`);
  if (disagreements.length) console.log(`disagreements:\n  ${disagreements.join('\n  ')}`);

  it('reads the whole corpus', () => {
    expect(rows.length).toBe(30);
  });
  it('agrees with the coach on each part', () => {
    expect(agreement.situation).toBeGreaterThanOrEqual(0.95);
    expect(agreement.task).toBeGreaterThanOrEqual(0.95);
    expect(agreement.action).toBeGreaterThanOrEqual(0.95);
    expect(agreement.result).toBeGreaterThanOrEqual(0.95);
    expect(agreement.learning).toBeGreaterThanOrEqual(0.95);
  });
  it('agrees on the exit code, the first-person share (±0.15), the measures and a principle', () => {
    expect(agreement.exit).toBeGreaterThanOrEqual(0.95);
    expect(agreement.firstPerson).toBeGreaterThanOrEqual(0.95);
    expect(agreement.metrics).toBeGreaterThanOrEqual(0.95);
    expect(agreement.metricsQuoted).toBeGreaterThanOrEqual(0.95);
    expect(agreement.principles).toBeGreaterThanOrEqual(0.9);
  });
  it('compares measures by their numbers', () => {
    expect(metricsAgree(['tickets fell by forty percent'], ['tickets dropped 40%'])).toBe(true);
    expect(metricsAgree(['tickets fell by 40%', 'we hired 3 people'], ['tickets dropped 40%'])).toBe(false);
    expect(metricsAgree([], [])).toBe(true);
  });
  it('also scores measures as quoted: two outcomes told as one quote do not agree', () => {
    expect(metricsQuoted(['signups grew 27%', 'conversion went from 2.1% to 2.8%'], ['Signups grew 27% in the quarter', 'conversion went from 2.1% to 2.8%'])).toBe(true);
    expect(metricsQuoted(['signups grew 27%, conversion went from 2.1% to 2.8%'], ['signups grew 27%', 'conversion went from 2.1% to 2.8%'])).toBe(false);
  });
});
