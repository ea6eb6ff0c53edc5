/**
 * Agreement with the earlier held-back concept set (test/held-back/concepts/): 60 answers written blind,
 * five per question (strong in plain words, partial, fluent-but-wrong, keyword pile, dismissal), labelled
 * before anything was run. It was scored once blind (35/60); it is now a dev set, so this test prints
 * the figures and holds the level reached, while a fresh blind set measures generalisation.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { judgeCorpus, summarise } from './concept-agreement';

const HELD_BACK = join(__dirname, '..', 'held-back', 'concepts');

describe('the concept review on the earlier held-back set (now a dev set)', () => {
  const results = judgeCorpus(HELD_BACK);
  const s = summarise(results);

  it('prints the agreement figures', () => {
    console.log(
      [
        `held-back answers judged exactly as labelled: ${s.agree}/${s.answers}`,
        `false credits: ${s.falseCredits}; labelled credits missed: ${s.missedCredits}`,
        `contradictions detected: ${s.contradictionsDetected}/${s.contradictionsLabelled}`,
        `keyword piles flagged: ${s.pilesFlagged}/${s.piles}; other answers flagged: ${s.nonPilesFlagged}`,
        ...results.filter((r) => !r.agrees).map((r) => `  differs: ${r.answer.id} credit=[${r.answer.credit}] explained=[${r.explained}]`),
      ].join('\n'),
    );
    expect(s.answers).toBe(60);
  });

  it('holds the level reached: agreement, false credits, piles', () => {
    expect(s.agree).toBeGreaterThanOrEqual(39);
    expect(s.falseCredits).toBeLessThanOrEqual(15);
    expect(s.pilesFlagged).toBe(s.piles);
  });
});
