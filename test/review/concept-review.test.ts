import { describe, expect, it } from 'vitest';
import { listProblemIds, loadProblemFolder } from '../../src/cli/load-problems';
import type { ConceptQuestion } from '../../src/problems/parse';
import type { ConceptKeyPoint } from '../../src/problems/schema';
import { reviewConceptAnswer } from '../../src/review/concept-review';

const concepts = listProblemIds()
  .map((id) => loadProblemFolder(id).problem)
  .filter((p): p is ConceptQuestion => p?.kind === 'concept');

const POINTS: ConceptKeyPoint[] = [
  { id: 'hit-rate', label: 'Hit rate', why: 'It decides the win.', phrases: ['hit rate', 'cache miss*'] },
  { id: 'stale', label: 'Staleness', why: 'Copies go out of date.', phrases: ['stale', 'invalidat*', 'ttl'] },
  { id: 'herd', label: 'Stampede', why: 'A cold cache overloads the database.', phrases: ['thundering herd', 'stampede'] },
];

describe('concept answers are reviewed with quoted evidence', () => {
  it('quotes the sentence that meets each point', () => {
    const r = reviewConceptAnswer('A cache helps a lot. The hit rate decides how much it helps, because misses still pay for the database. We expire entries with a TTL so prices are not stale for long.', POINTS);
    expect(r.findings.map((f) => f.status)).toEqual(['met', 'met', 'missed']);
    expect(r.findings[0].evidence).toBe('“The hit rate decides how much it helps, because misses still pay for the database.”');
    expect(r.findings[1].evidence).toBe('“We expire entries with a TTL so prices are not stale for long.”');
    expect(r.findings[2].message).toMatch(/not heard.*cold cache overloads/i);
    expect(r.met).toBe(2);
  });

  it('matches whole words only, with plurals and a trailing star', () => {
    expect(reviewConceptAnswer('Every cache misses sometimes, and the invalidation logic must run on writes.', POINTS).findings.map((f) => f.status)).toEqual(['met', 'met', 'missed']);
    // "stale" inside "stalemate", "ttl" inside "ttls2": not whole words.
    const r = reviewConceptAnswer('The negotiation reached a stalemate and ttlx was the name of the service we used.', POINTS);
    expect(r.findings.every((f) => f.status === 'missed')).toBe(true);
    // Case and hyphenation do not matter: "Thundering-Herd".
    expect(reviewConceptAnswer('After a deploy a Thundering-Herd of misses can flatten the database.', POINTS).findings[2].status).toBe('met');
  });

  it('flags a bare list of terms as named, not explained', () => {
    const r = reviewConceptAnswer('Hit rate, TTL, stampede, Redis.', POINTS);
    expect(r.findings.map((f) => f.status)).toEqual(['named', 'named', 'named']);
    expect(r.met).toBe(0);
    expect(r.bareLists).toEqual(['Hit rate, TTL, stampede, Redis.']);
    expect(r.notes.join(' ')).toMatch(/only a list of terms/);
  });

  it('flags bullet lists of single terms too, but not bullets that explain', () => {
    const bare = reviewConceptAnswer('- hit rate\n- TTL\n- stampede', POINTS);
    expect(bare.findings.map((f) => f.status)).toEqual(['named', 'named', 'named']);
    const explained = reviewConceptAnswer('- hit rate decides the win\n- a TTL keeps copies from going stale\n- a stampede is many misses on one key at once', POINTS);
    expect(explained.findings.map((f) => f.status)).toEqual(['met', 'met', 'met']);
    expect(explained.bareLists).toEqual([]);
  });

  it('prefers an explained sentence over an earlier bare mention', () => {
    const r = reviewConceptAnswer('TTL, hit rate, stampede.\nA stampede happens when many requests miss the same hot key at once.', POINTS);
    expect(r.findings[2]).toMatchObject({ status: 'met', evidence: '“A stampede happens when many requests miss the same hot key at once.”' });
    expect(r.findings[0].status).toBe('named');
  });

  it('says when the answer is too short or empty', () => {
    expect(reviewConceptAnswer('', POINTS).notes).toEqual(['There is no answer to review yet.']);
    expect(reviewConceptAnswer('Caches are fast because memory is fast.', POINTS).notes[0]).toMatch(/7 words: too short/);
  });

  it('keeps decimals and abbreviations inside one sentence', () => {
    const r = reviewConceptAnswer('At 99.9 percent the hit rate is great, e.g. for product pages.', POINTS);
    expect(r.findings[0].evidence).toBe('“At 99.9 percent the hit rate is great, e.g. for product pages.”');
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

  it.each(concepts.map((c) => [c.id, c] as const))('%s: the model answer meets every key point in full sentences', (_id, c) => {
    const r = reviewConceptAnswer(c.modelAnswer, c.keyPoints);
    expect(r.findings.filter((f) => f.status !== 'met').map((f) => f.point.id)).toEqual([]);
    expect(r.bareLists).toEqual([]);
  });

  it.each(concepts.map((c) => [c.id, c] as const))('%s: repeating the question back meets no key point', (_id, c) => {
    const r = reviewConceptAnswer(c.question, c.keyPoints);
    expect(r.findings.filter((f) => f.status === 'met').map((f) => `${f.point.id} (${f.phrase})`)).toEqual([]);
  });

  it.each(concepts.map((c) => [c.id, c] as const))('%s: its key terms as a comma list are only "named"', (_id, c) => {
    const terms = c.keyPoints.map((p) => p.phrases[0].replace(/\*/g, '')).join(', ');
    const r = reviewConceptAnswer(terms, c.keyPoints);
    expect(r.met).toBe(0);
  });
});

describe('answers written the way people write study notes', () => {
  // Shapes seen in public system-design notes: terse bullet lists, "Term: explanation" bullets, prose.
  const caching = concepts.find((c) => c.id === 'concept-caching-latency')!;
  const status = (text: string) => Object.fromEntries(reviewConceptAnswer(text, caching.keyPoints).findings.map((f) => [f.point.id, f.status]));

  it('reads a terse bullet list of terms as named, not explained', () => {
    expect(status('Caching best practice\n- high hit rate\n- cache miss\n- ttl\n- LRU (eviction)')).toEqual({ 'faster-path': 'missed', 'hit-rate': 'named', staleness: 'named', 'failure-modes': 'missed', cost: 'named' });
  });

  it('reads "Term: explanation" bullets and plain prose as explained', () => {
    const s = status(
      [
        'Caching keeps copies of frequently read data in RAM, a faster storage layer, so a read is orders of magnitude faster than going to the database.',
        '- Cache-aside: the app checks the cache first; on a miss it reads the database and fills the cache.',
        '- TTL: entries expire after a set time, which bounds how stale a price can get.',
        '- Hot keys: request coalescing stops a stampede when a popular entry expires.',
      ].join('\n'),
    );
    expect(s).toEqual({ 'faster-path': 'met', 'hit-rate': 'met', staleness: 'met', 'failure-modes': 'met', cost: 'missed' });
  });
});
