/**
 * Agreement with a blind corpus (test/review/concept-corpus/): 10 answers per concept question written by
 * someone who saw neither the reader nor the key points' claims, labelled beforehand with what a fair
 * interviewer credits as explained and what the answer states wrongly or dismisses. The labels are never
 * edited to fit the reader. Prints the figures; asserts the level the reader reaches today.
 */
import { describe, expect, it } from 'vitest';
import { judgeCorpus, summarise } from './concept-agreement';

describe('the concept review agrees with a fair interviewer on the blind corpus', () => {
  const results = judgeCorpus();
  const s = summarise(results);

  it('prints the agreement figures', () => {
    const lines = [
      `answers judged exactly as labelled: ${s.agree}/${s.answers}`,
      `false credits (explained but wrong, dismissed or not credited): ${s.falseCredits}`,
      `labelled credits missed: ${s.missedCredits}`,
      `contradictions detected: ${s.contradictionsDetected}/${s.contradictionsLabelled}`,
      `keyword piles flagged: ${s.pilesFlagged}/${s.piles}; other answers flagged: ${s.nonPilesFlagged}`,
      ...results.filter((r) => !r.agrees).map((r) => `  differs: ${r.answer.id} credit=[${r.answer.credit}] explained=[${r.explained}]`),
    ];
    console.log(lines.join('\n'));
    expect(s.answers).toBeGreaterThanOrEqual(120);
  });

  it('judges at least 90% of answers exactly as labelled', () => {
    expect(s.agree / s.answers).toBeGreaterThanOrEqual(0.9);
  });

  it('gives few credits for points that are wrong, dismissed or only named', () => {
    expect(s.falseCredits).toBeLessThanOrEqual(3);
  });

  it('detects most contradictions and flags every keyword pile', () => {
    expect(s.contradictionsDetected / s.contradictionsLabelled).toBeGreaterThanOrEqual(0.9);
    expect(s.pilesFlagged).toBe(s.piles);
  });
});
