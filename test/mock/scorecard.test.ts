import { describe, expect, it } from 'vitest';
import { buildScorecard, scorecardMarkdown } from '../../src/mock/scorecard';
import { calibration, skillRows } from '../../src/mock/skills';
import { markOf, mockEvidence, type Evidence } from '../../src/mock/marks';
import { finishedMock, MIN, T0 } from './fixtures';

describe('the scorecard', () => {
  const record = finishedMock();
  const card = buildScorecard(record);

  it('scores each part from its evaluation, and the whole weighted by time', () => {
    // Coding: tests 50 + complexity 0 (claim does not match the code) + 2 of 5 steps done (12): "A Set"
    // and "O(n^2) time" are two words each, in steps never opened: they do not count as steps done.
    expect(card.parts.map((p) => p.score)).toEqual([62, 50, 100, 0]);
    expect(card.score).toBe(Math.round((62 * 14 + 50 * 8 + 100 * 4 + 0 * 4) / 30));
    expect(card.parts[0].basis).toMatch(/10 of 10 tests passed .* complexity claim does not match how your code grows \(0 of 20\) .* method steps done 2 of 5 \(12 of 30; not counted: Approach in words: only 2 words; Complexity: only 2 words\)/);
    // The same rule as the catalog: all tests passed, but the complexity claim was wrong — a miss.
    expect(card.parts.map((p) => p.mark)).toEqual(['missed', 'missed', 'solved', 'missed']);
    expect(card.parts.map((p) => [p.usedMs, p.givenMs])).toEqual([[12 * MIN, 14 * MIN], [8 * MIN, 8 * MIN], [4 * MIN, 4 * MIN], [4 * MIN, 4 * MIN]]);
  });

  it('names the three most important gaps, most important first, and the strengths', () => {
    expect(card.gaps).toHaveLength(3);
    expect(card.gaps[0].text).toMatch(/^Dedupe a list: complexity claim does not match how your code grows — You wrote O\(n\^2\)/);
    expect(card.gaps[1].text).toMatch(/^Wish list API: 1 rubric item missing: Pagination/);
    expect(card.gaps[2].text).toMatch(/^Rollback: key points not explained: Go back to the last good version; Feature flags \(1 only named/);
    expect(card.strengths.map((s) => s.text)).toEqual([
      'Dedupe a list: all 10 tests passed.',
      'Dedupe a list: you clarified before coding (2 questions or assumptions).',
      'Caching: every key point explained.',
      'Dedupe a list: your prediction (passes, O(n)) was right.',
    ]);
  });

  it('shows an item the design review could not decide as ?, never as missing, a hole or a scheduled gap', () => {
    const r = finishedMock();
    const design = r.parts[1];
    if (design.kind !== 'design' || !design.evaluation) throw new Error('fixture changed: part 2 is the design');
    design.evaluation.results = [
      { id: 'gateway', label: 'API gateway', type: 'component', met: true, detail: "node 'API gateway'" },
      { id: 'private-reads', label: 'Private lists checked on reads', type: 'topic', met: false, essential: true, unsure: true, detail: 'Who may read a private list?' },
    ];
    const c = buildScorecard(r);
    expect(c.parts[1].score).toBe(100);
    expect(c.parts[1].basis).toBe('rubric items covered 1/1; 1 the review could not decide, not counted');
    expect(c.gaps.map((g) => g.text).join('\n')).not.toMatch(/Wish list API/);
    expect(scorecardMarkdown(r, c, (id) => `#/${id}`)).toContain('- ? Private lists checked on reads (topic, could not tell): Who may read a private list?');
    expect(mockEvidence(r).find((o) => o.itemId === 'wish-list-api')?.result).not.toBe('wrong');
    // The same item with a hole (the review fails designs that leave it unsaid) stays a hole.
    design.evaluation.results[1] = { ...design.evaluation.results[1], hole: 'Anyone can read a private list.' };
    const failed = buildScorecard(r);
    expect(failed.parts[1].score).toBeLessThan(50);
    expect(failed.gaps.map((g) => g.text).join('\n')).toMatch(/Wish list API: an interviewer would fail this design: Anyone can read a private list\./);
  });

  it('does not count a method step open for 2 seconds, however much text it holds', () => {
    const r = finishedMock();
    const coding = r.parts[0];
    if (coding.kind !== 'coding') throw new Error('fixture');
    coding.work.fields = { ...coding.work.fields, approach: 'Walk the list once and keep a set of what was seen, in order.' };
    coding.work.stepLog = [{ step: 'examples', at: T0 + 2 * MIN }, { step: 'approach', at: T0 + 4 * MIN }, { step: 'code', at: T0 + 4 * MIN + 2000 }, { step: 'test', at: T0 + 10 * MIN }];
    const basis = buildScorecard(r).parts[0].basis;
    expect(basis).toMatch(/method steps done 2 of 5/);
    expect(basis).toContain('Approach in words: open 2 s, too short to count');
  });

  it('stays pending until every part is evaluated, and scores an unjudgeable part 0 with the reason', () => {
    const pending = finishedMock();
    const part = pending.parts[0];
    if (part.kind === 'coding') delete part.evaluation;
    expect(buildScorecard(pending)).toMatchObject({ score: undefined, pending: 1 });
    part.evaluationError = 'the sandbox did not start';
    const failed = buildScorecard(pending);
    expect(failed.pending).toBe(0);
    expect(failed.parts[0]).toMatchObject({ score: 0, basis: 'could not be evaluated: the sandbox did not start' });
  });

  it('hides hidden-test names: a failure names only its kind, a visible example by name', () => {
    const r = finishedMock();
    const coding = r.parts[0];
    if (coding.kind !== 'coding' || !coding.evaluation) throw new Error('fixture');
    coding.evaluation = { ...coding.evaluation, verdict: 'wrong-answer', passed: 7, firstFailure: 'wrong-answer' };
    expect(buildScorecard(r).gaps[0].text).toBe('Dedupe a list: 7/10 tests passed; the first failure was a wrong answer on a hidden test. Re-read the rules for edge cases and test them before handing in.');
    coding.evaluation = { ...coding.evaluation, firstFailedExample: 'two duplicates' };
    expect(buildScorecard(r).gaps[0].text).toMatch(/the visible example "two duplicates" failed \(wrong answer\)/);
  });

  it('exports Markdown with every part, what was handed in, time per step and practice links', () => {
    const md = scorecardMarkdown(record, card, (id) => `https://app.example/#/p/${id}`);
    expect(md.startsWith('# Mock technical screen — 2026-01-05 09:00 UTC\n')).toBe(true);
    expect(md).toContain(`Score: ${card.score}/100`);
    expect(md).toContain('| 2. design | Wish list API | 50 | Missed last time | 8:00 / 8:00 | time ran out |');
    expect(md).toContain('| Clarify: questions and assumptions | 2:00 | Can it be empty? Are items strings? |');
    expect(md).toContain('| Code | 6:00 | JavaScript, 1 line |');
    expect(md).toContain('| Test | 2:00 | (empty) |');
    expect(md).toContain('```js\nfunction dedupe(xs) { return [...new Set(xs)]; }\n```');
    expect(md).toContain('**Prediction:** will pass, O(n) · **Outcome:** passed, measured O(n)');
    expect(md).toContain('- ✗ Pagination (topic): The notes do not mention pagination.');
    expect(md).toContain('- ✓ Hit rate: “The hit rate decides it.”');
    for (const id of ['dedupe-list', 'wish-list-api', 'concept-caching-latency', 'concept-rollback']) expect(md).toContain(`https://app.example/#/p/${id}`);
    expect(md).toContain('> (nothing written)');
  });
});

describe('progress from mocks', () => {
  const record = finishedMock();

  it('turns each evaluated part into evidence with what was missed', () => {
    const outcomes = mockEvidence(record);
    expect(outcomes.map((o) => [o.itemId, o.result])).toEqual([
      ['dedupe-list', 'wrong'],
      ['wish-list-api', 'wrong'],
      ['concept-caching-latency', 'right'],
      ['concept-rollback', 'wrong'],
    ]);
    expect(outcomes[0].reason).toBe('In a mock: complexity claim O(n^2): does not match how your code grows (your code measured O(n))');
    expect(outcomes[3].reason).toBe('In a mock: key points not explained: Go back to the last good version; Feature flags');
  });

  it('gives per-skill counts, weakest skill first', () => {
    const items = [
      { id: 'dedupe-list', title: 'Dedupe', skill: 'hash-maps-and-sets' },
      { id: 'are-anagrams', title: 'Anagrams', skill: 'hash-maps-and-sets' },
      { id: 'concept-caching-latency', title: 'Caching', skill: 'concepts' },
      { id: 'concept-rollback', title: 'Rollback', skill: 'concepts' },
      { id: 'wish-list-api', title: 'Wish list', skill: 'api-design' },
      { id: 'lru-cache', title: 'LRU', skill: 'pm-scenarios' },
    ];
    const skills = ['hash-maps-and-sets', 'pm-scenarios', 'api-design', 'concepts', 'graphs'].map((id) => ({ id, label: id }));
    const outcomes: Evidence[] = [...mockEvidence(record), { itemId: 'lru-cache', at: T0, result: 'right', source: 'practice' }];
    const rows = skillRows(items, skills, outcomes, new Set(['are-anagrams']));
    expect(rows.map((r) => `${r.skill}:${r.solved}/${r.missed}/${r.attempted}`)).toEqual(['api-design:0/1/0', 'hash-maps-and-sets:0/1/1', 'concepts:1/1/0', 'pm-scenarios:1/0/0']);
  });

  it('uses the latest outcome: solved again after a miss is solved', () => {
    const outcomes: Evidence[] = [
      { itemId: 'a', at: T0, result: 'wrong', source: 'mock' },
      { itemId: 'a', at: T0 + MIN, result: 'right', source: 'practice' },
    ];
    expect(markOf('a', outcomes, new Set())).toBe('solved');
    expect(markOf('a', outcomes.slice(0, 1), new Set())).toBe('missed');
    expect(markOf('b', outcomes, new Set(['b']))).toBe('attempted');
    expect(markOf('c', outcomes, new Set())).toBe('not-started');
  });

  it('charts each prediction against its outcome', () => {
    expect(calibration([record])).toEqual([
      { at: T0 + 12 * MIN, mockId: 'mtest', itemId: 'dedupe-list', predictedPass: true, passed: true, predictedClass: 'O(n)', measuredClass: 'O(n)', passRight: true, classRight: true },
    ]);
  });
});
