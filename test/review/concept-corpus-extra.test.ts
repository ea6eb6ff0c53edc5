/**
 * Agreement on a second dev corpus for six concept questions (read/write amplification, rollback, scaling,
 * sharding, SLAs/SLOs, SQL vs NoSQL): 115 answers written by engineer B from domain knowledge — strong in plain
 * words and in jargon, partial, fluent-but-wrong, keyword piles, dismissals — plus `b3-*` (67 more variants:
 * dismissals and confident-wrong claims in terse, chatty, non-native and hedged wordings) and `b4-*` (178
 * one-sentence probes: a plain-word paraphrase, a wrong statement or a dismissal of one key point each), each
 * labelled before the reader was run on it, then used to tune the questions' claims and misconceptions. Not blind: it guards against
 * regressions; the blind sets are the honest measure. Never edit a label to fit the reader.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR, judgeCorpus, summarise } from './concept-agreement';

describe('the concept review on the second dev corpus (six questions)', () => {
  const results = judgeCorpus(join(CORPUS_DIR, '..', 'concept-corpus-extra'));
  const s = summarise(results);

  it('prints the agreement figures', () => {
    console.log(
      [
        `extra corpus: answers judged exactly as labelled: ${s.agree}/${s.answers}`,
        `false credits: ${s.falseCredits}; labelled credits missed: ${s.missedCredits}`,
        `contradictions detected: ${s.contradictionsDetected}/${s.contradictionsLabelled}; piles flagged: ${s.pilesFlagged}/${s.piles}`,
        ...results.filter((r) => !r.agrees).map((r) => `  differs: ${r.answer.id} credit=[${r.answer.credit}] explained=[${r.explained}]`),
      ].join('\n'),
    );
    expect(s.answers).toBeGreaterThanOrEqual(100);
  });

  it('judges at least 95% of answers as labelled, with at most 2 false credits, and flags every pile', () => {
    expect(s.agree / s.answers).toBeGreaterThanOrEqual(0.95);
    expect(s.falseCredits).toBeLessThanOrEqual(2);
    expect(s.pilesFlagged).toBe(s.piles);
  });
});
