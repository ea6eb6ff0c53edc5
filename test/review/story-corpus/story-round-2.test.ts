import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPrinciplesFolder } from '../../../src/cli/load-problems';
import { parsePrinciples } from '../../../src/problems/principles';
import { runCorpus } from './agreement';

const bank = parsePrinciples(readPrinciplesFolder());
if (!bank.ok) throw new Error(bank.errors.join('\n'));

/**
 * Round 2's stories (test/held-back/round-2/stories): written blind and scored fresh once by the lead,
 * now a third dev set. Printed per measure beside rounds 1 and the dev corpus; the floors are what the
 * review reaches today (it was tuned on round 2 at the end), so a change that loses ground on it shows. A fresh blind round
 * is the real check.
 */
describe('story review against round 2 (scored fresh once, now dev and tuned on)', () => {
  const { rows, agreement, disagreements } = runCorpus(join(import.meta.dirname, '../../held-back/round-2/stories'), bank.principles);
  const count = (k: keyof typeof agreement) => Math.round(agreement[k] * rows.length);
  console.log(`round 2 stories (${rows.length}): ${Object.keys(agreement).map((k) => `${k} ${count(k as keyof typeof agreement)}/${rows.length}`).join(', ')}`);
  if (disagreements.length) console.log(`disagreements:\n  ${disagreements.join('\n  ')}`);

  it('reads all 24 stories', () => {
    expect(rows.length).toBe(24);
  });
  it('keeps at least the agreement it had when round 2 was opened', () => {
    // Opened at situation 23, task 20, action 23, result 23, learning 22, first person 13, measures 14, exit 20,
    // principles 18; its details were read and tuned on at the end of issue 24's third round.
    const floors = { situation: 24, task: 24, action: 24, result: 24, learning: 23, firstPerson: 20, metricsQuoted: 15, exit: 24, principles: 19 } as const;
    for (const [k, floor] of Object.entries(floors)) expect(count(k as keyof typeof agreement), k).toBeGreaterThanOrEqual(floor);
  });
});
