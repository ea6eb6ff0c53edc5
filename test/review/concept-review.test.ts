import { describe, expect, it } from 'vitest';
import { listProblemIds, loadProblemFolder } from '../../src/cli/load-problems';
import type { ConceptQuestion } from '../../src/problems/parse';
import type { ConceptKeyPoint } from '../../src/problems/schema';
import { isGap, reviewConceptAnswer } from '../../src/review/concept-review';

const concepts = listProblemIds()
  .map((id) => loadProblemFolder(id).problem)
  .filter((p): p is ConceptQuestion => p?.kind === 'concept');

const POINTS: ConceptKeyPoint[] = [
  { id: 'hit-rate', label: 'Hit rate', why: 'It decides the win.', claims: ['hit_rate decide|matter', 'miss|misses still pay|slow'], terms: ['hit_rate|cache_miss'] },
  { id: 'stale', label: 'Staleness', why: 'Copies go out of date.', claims: ['stale|old copy|price|data', 'invalidate|clear entry|copy|cache when|on write|change'], terms: ['stale*|invalidat*|ttl'] },
  { id: 'herd', label: 'Stampede', why: 'A cold cache overloads the database.', claims: ['many miss|request same|hot key once|same_time', 'cold cache database overload|flood'], terms: ['thundering_herd|stampede'] },
];

describe('concept answers are reviewed by what they claim', () => {
  it('quotes the sentence that explains each point', () => {
    const r = reviewConceptAnswer('A cache helps a lot. The hit rate decides how much it helps, because misses still pay for the database. We clear the copy when a price changes, so prices are not stale for long.', POINTS);
    expect(r.findings.map((f) => f.status)).toEqual(['explained', 'explained', 'missed']);
    expect(r.findings[0].evidence).toBe('“The hit rate decides how much it helps, because misses still pay for the database.”');
    expect(r.met).toBe(2);
  });

  it('a sentence that names a point is "mentioned", one that sets it aside is "contradicted"', () => {
    const r = reviewConceptAnswer('There might be a stampede at some point. Honestly we do not need to worry about stale prices here.', POINTS);
    expect(Object.fromEntries(r.findings.map((f) => [f.point.id, f.status]))).toEqual({ 'hit-rate': 'missed', stale: 'contradicted', herd: 'mentioned' });
    expect(r.findings[1].message).toMatch(/set this aside.*copies go out of date/i);
  });

  it('key terms as a list are only mentioned and flagged', () => {
    const r = reviewConceptAnswer('The main things are: hit rate, TTL, stampede.', POINTS);
    expect(r.met).toBe(0);
    expect(r.findings.map((f) => f.status)).toEqual(['mentioned', 'mentioned', 'mentioned']);
    expect(r.bareLists).toEqual(['The main things are: hit rate, TTL, stampede.']);
    expect(r.notes.join(' ')).toMatch(/only a list of terms/);
  });

  it('an undecided point is shown with its why and is never a gap', () => {
    const r = reviewConceptAnswer('Many requests for the same key at once can happen after a deploy.', [
      { id: 'herd', label: 'Stampede', why: 'A cold cache overloads the database.', claims: ['many request same key once database'] },
    ]);
    expect(r.findings[0]).toMatchObject({ status: 'mentioned', unsure: true });
    expect(r.findings[0].message).toMatch(/could not tell.*A cold cache overloads the database/);
    expect(isGap(r.findings[0])).toBe(false);
    expect(r.notes.join(' ')).toMatch(/could not tell for one point/);
  });

  it('says when there is nothing or too little to review', () => {
    expect(reviewConceptAnswer('', POINTS).notes).toEqual(['There is no answer to review yet.']);
    expect(reviewConceptAnswer('Caches are fast because memory is fast.', POINTS).notes[0]).toMatch(/7 words: too short/);
  });
});

describe('the concept questions', () => {
  it('has at least 12, each with key points and follow-ups', () => {
    expect(concepts.length).toBeGreaterThanOrEqual(12);
    for (const c of concepts) {
      expect(c.keyPoints.length, c.id).toBeGreaterThanOrEqual(3);
      expect(c.followUps.length, c.id).toBeGreaterThanOrEqual(1);
    }
  });

  it.each(concepts.map((c) => [c.id, c] as const))('%s: the model answer explains every key point in full sentences', (_id, c) => {
    const r = reviewConceptAnswer(c.modelAnswer, c.keyPoints);
    expect(r.findings.filter((f) => f.status !== 'explained').map((f) => `${f.point.id}: ${f.status}`)).toEqual([]);
    expect(r.bareLists).toEqual([]);
  });

  it.each(concepts.map((c) => [c.id, c] as const))('%s: repeating the question back explains no key point', (_id, c) => {
    const r = reviewConceptAnswer(c.question, c.keyPoints);
    expect(r.findings.filter((f) => f.status === 'explained').map((f) => `${f.point.id} ${f.evidence}`)).toEqual([]);
  });

  // The first word each point names itself by ("hit rate", "ttl", "idempotency key").
  const termOf = (p: ConceptKeyPoint) => (p.terms?.[0] ?? p.claims[0]).split(/\s+/)[0].split('|')[0].replace(/_/g, ' ').replace(/\*$/, '');

  it.each(concepts.map((c) => [c.id, c] as const))('%s: the key terms as a bare list explain nothing and are flagged', (_id, c) => {
    const r = reviewConceptAnswer(`The main points are: ${c.keyPoints.map(termOf).join(', ')}.`, c.keyPoints);
    expect(r.met).toBe(0);
    expect(r.bareLists.length).toBeGreaterThan(0);
  });
});
