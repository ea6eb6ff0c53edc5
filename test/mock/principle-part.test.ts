import { describe, expect, it } from 'vitest';
import { readPrinciplesFolder } from '../../src/cli/load-problems';
import { parsePrinciples } from '../../src/problems/principles';
import { drawMock, drawPrinciples, withPrinciples, type DrawItem } from '../../src/mock/draw';
import { mockPartEvidence, principlePracticeEvidence } from '../../src/mock/marks';
import { practiseNext, DAY_MS } from '../../src/mock/scheduler';
import { buildScorecard, scorecardMarkdown } from '../../src/mock/scorecard';
import { scorePrinciple } from '../../src/mock/principle-score';
import type { MockRecord, PrincipleEvaluation } from '../../src/mock/record';
import { MIN, T0, finishedMock } from './fixtures';

const bank = parsePrinciples(readPrinciplesFolder());
if (!bank.ok) throw new Error(bank.errors.join('\n'));
const principles = bank.principles;

const catalog: DrawItem[] = [
  { id: 'c1', kind: 'coding', title: 'C1', skill: 'graphs', difficulty: 'warm-up' },
  { id: 'd1', kind: 'design', title: 'D1', skill: 'api-design', difficulty: 'core' },
  { id: 'k1', kind: 'concept', title: 'K1', skill: 'concepts', difficulty: 'core' },
  { id: 'k2', kind: 'concept', title: 'K2', skill: 'concepts', difficulty: 'core' },
];

const strong: PrincipleEvaluation = {
  complete: true,
  parts: { situation: true, task: true, action: true, result: true, learning: false },
  evidence: { result: 'Refund time went from 9 days to 3.' },
  firstPersonShare: 0.8,
  actions: 5,
  metrics: ['Refund time went from 9 days to 3'],
  words: 300,
  seconds: 129,
  principles: ['dive-deep'],
  advice: [],
  followUpWords: 40,
};
const weStory: PrincipleEvaluation = { ...strong, complete: false, parts: { ...strong.parts, result: false }, firstPersonShare: 0.1, metrics: [], seconds: 40 };

function fullMock(evaluation: PrincipleEvaluation): MockRecord {
  const base = finishedMock();
  return {
    ...base,
    plannedMinutes: 60,
    parts: [
      { kind: 'principle', itemId: 'ownership', title: 'Ownership', skill: 'leadership-principles', durationMs: 15 * MIN, startedAt: T0, endedAt: T0 + 12 * MIN, endedBy: 'hand-in', question: 'Tell me about a time…', probe: 'Why was it yours to fix?', work: { answer: 'text', followUp: 'more', followUpAsked: true }, evaluation },
      ...base.parts,
    ],
  };
}

describe('the whole phone screen', () => {
  it('puts two principle questions of 15 minutes before the 30-minute technical half, same draw for the same seed', () => {
    const plan = withPrinciples(drawMock(catalog, 30, 'seed1'), drawPrinciples(principles, 'seed1'));
    expect(plan.minutes).toBe(60);
    expect(plan.parts.map((p) => p.kind)).toEqual(['principle', 'principle', 'coding', 'design', 'concept', 'concept']);
    expect(plan.parts[0].question).toBeTruthy();
    expect(plan.parts[0].item.id).not.toBe(plan.parts[1].item.id);
    expect(withPrinciples(drawMock(catalog, 30, 'seed1'), drawPrinciples(principles, 'seed1'))).toEqual(plan);
  });
  it('asks weak principles first', () => {
    const drawn = drawPrinciples(principles, 'any', ['frugality', 'dive-deep']);
    expect(drawn.map((d) => d.item.id)).toEqual(['frugality', 'dive-deep']);
    expect(drawn.every((d) => d.weak)).toBe(true);
    expect(principles.find((p) => p.id === 'frugality')!.probes).toContain(drawn[0].probe);
  });
  it('scores a principle answer on structure, first person, measures and time', () => {
    expect(scorePrinciple(strong)).toMatchObject({ score: 100, structure: 40, firstPerson: 20, metrics: 20, time: 20 });
    expect(scorePrinciple(weStory)).toMatchObject({ score: 30, structure: 30, firstPerson: 0, metrics: 0, time: 0 });
    expect(scorePrinciple({ ...strong, actions: 0 }).basis).toContain('cannot tell who acted');
  });
  it('shows the principle part on the scorecard with its gaps, and in the Markdown', () => {
    const card = buildScorecard(fullMock(weStory));
    expect(card.parts[0].score).toBe(30);
    expect(card.gaps.map((g) => g.text).join(' ')).toMatch(/Ownership: no result an interviewer could check/);
    const md = scorecardMarkdown(fullMock(weStory), card, (id) => `#/drill/${id}`);
    expect(md).toContain('**Question:** Tell me about a time…');
    expect(md).toContain('**Follow-up:** Why was it yours to fix?');
  });
  it('a weak principle answer is a miss that comes back in "practise next"; a strong one is solved', () => {
    const miss = mockPartEvidence(fullMock(weStory).parts[0], T0)!;
    expect(miss).toMatchObject({ itemId: 'ownership', result: 'wrong' });
    expect(miss.reason).toMatch(/no result; .*no measurable outcome/);
    expect(practiseNext([miss], T0 + DAY_MS + 1).map((q) => q.itemId)).toEqual(['ownership']);
    expect(mockPartEvidence(fullMock(strong).parts[0], T0)!.result).toBe('right');
  });
  it('a drill is a check of its principle', () => {
    const ev = principlePracticeEvidence('earn-trust', [{ at: T0, complete: true, firstPersonShare: 0.9, metrics: 0 }]);
    expect(ev).toEqual([{ itemId: 'earn-trust', at: T0, result: 'wrong', reason: 'drill: no measurable outcome', source: 'practice' }]);
  });
});
