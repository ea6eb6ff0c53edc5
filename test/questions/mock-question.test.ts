import { describe, expect, it } from 'vitest';
import { mockRecord, type MockPart } from '../../src/mock/record';
import { buildScorecard, scorecardMarkdown } from '../../src/mock/scorecard';
import { mockEvidence } from '../../src/mock/marks';
import { finishedMock, MIN, T0 } from '../mock/fixtures';

const questionPart = (evaluation?: Extract<MockPart, { kind: 'question' }>['evaluation']): MockPart => ({
  kind: 'question',
  questionKind: 'api',
  itemId: 'api-idempotent-retry',
  title: 'A retried order with an idempotency key',
  skill: 'reading-apis',
  durationMs: 3 * MIN,
  startedAt: T0 + 28 * MIN,
  endedAt: T0 + 30 * MIN,
  endedBy: 'hand-in',
  work: { answers: { 'retry-status': '200', 'orders-now': '2' } },
  ...(evaluation ? { evaluation } : {}),
});

describe('a question part of the mock screen', () => {
  const evaluated = questionPart({
    verdict: 'partly',
    fields: [
      { id: 'retry-status', right: false, expected: '201', message: 'A replay does not become a 200: the API returns the stored response of the first call, status included.' },
      { id: 'orders-now', right: true, message: 'Right.' },
    ],
  });
  const record = finishedMock();
  const withQuestion = { ...record, parts: [...record.parts, evaluated] };

  it('is a valid saved record, and a record without it still reads', () => {
    expect(mockRecord.safeParse(withQuestion).success).toBe(true);
    expect(mockRecord.safeParse(record).success).toBe(true);
  });

  it('scores the share of answers right, names the first wrong one as a gap, and exports it', () => {
    const card = buildScorecard(withQuestion);
    const part = card.parts[card.parts.length - 1];
    expect(part.score).toBe(50);
    expect(part.basis).toBe('answers right 1/2');
    const markdown = scorecardMarkdown(withQuestion, card, (id) => `#/problem/${id}`);
    expect(card.gaps.concat(card.strengths).map((g) => g.text).join('\n') + markdown).toMatch(/A replay does not become a 200/);
    expect(markdown).toMatch(/✗ retry-status: .* \(expected 201\)/);
  });

  it('feeds practise-next with what was not right', () => {
    const evidence = mockEvidence(withQuestion).filter((o) => o.itemId === 'api-idempotent-retry');
    expect(evidence).toEqual([{ itemId: 'api-idempotent-retry', at: T0 + 30 * MIN, result: 'wrong', reason: 'mock: answers not right: retry-status', source: 'mock' }]);
  });

  it('stays pending until graded', () => {
    const card = buildScorecard({ ...record, parts: [...record.parts, questionPart()] });
    expect(card.pending).toBeGreaterThan(0);
  });
});
