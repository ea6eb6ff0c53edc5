import { describe, expect, it } from 'vitest';
import { mockRecord, type MockRecord } from '../../src/mock/record';
import { buildScorecard, scorecardMarkdown } from '../../src/mock/scorecard';
import { mockEvidence } from '../../src/mock/marks';
import { finishedMock } from './fixtures';

type ConceptPart = Extract<MockRecord['parts'][number], { kind: 'concept' }>;
const withFindings = (findings: NonNullable<ConceptPart['evaluation']>['findings']): MockRecord => {
  const m = finishedMock();
  const parts = m.parts.map((p) => (p.kind === 'concept' && p.itemId === 'concept-rollback' ? { ...p, evaluation: { findings, notes: [] } } : p));
  return { ...m, parts };
};

describe('concept statuses on the scorecard and in practice', () => {
  it('reads mocks saved before the answer reader: met → explained, named → mentioned', () => {
    const old = JSON.parse(JSON.stringify(finishedMock()));
    const rollback = old.parts.find((p: { itemId: string }) => p.itemId === 'concept-rollback');
    rollback.evaluation.findings[1].status = 'named';
    old.parts.find((p: { itemId: string }) => p.itemId === 'concept-caching-latency').evaluation.findings[0].status = 'met';
    const parsed = mockRecord.parse(old);
    const statuses = parsed.parts.flatMap((p) => (p.kind === 'concept' ? p.evaluation!.findings.map((f) => f.status) : []));
    expect(statuses).toEqual(['explained', 'missed', 'mentioned']);
  });

  it('an undecided point is neither a gap nor scheduled for practice, and is not scored', () => {
    const m = withFindings([
      { id: 'revert', label: 'Go back to the last good version', status: 'explained', evidence: '“We redeploy the last good build.”', message: '' },
      { id: 'flags', label: 'Feature flags', status: 'mentioned', unsure: true, evidence: '“A switch turns it off.”', message: 'could not tell' },
    ]);
    const card = buildScorecard(m);
    const rollback = card.parts.find((p) => p.part.itemId === 'concept-rollback')!;
    expect(rollback.score).toBe(100);
    expect(rollback.basis).toMatch(/1\/1 \(1 the review could not decide, not counted\)/);
    expect(card.gaps.map((g) => g.text).join('\n')).not.toMatch(/Feature flags/);
    expect(mockEvidence(m).filter((o) => o.itemId === 'concept-rollback').map((o) => o.result)).toEqual(['undecided']);
    expect(scorecardMarkdown(m, card, (id) => `#/p/${id}`)).toContain('- ? Feature flags (could not tell): “A switch turns it off.”');
  });

  it('a contradicted point is a gap that says it was stated wrongly', () => {
    const m = withFindings([{ id: 'gradual', label: 'Release gradually', status: 'contradicted', evidence: '“Canaries slow everything down.”', message: 'set aside' }]);
    expect(buildScorecard(m).gaps.map((g) => g.text).join('\n')).toMatch(/Release gradually \(1 stated wrongly or set aside\)/);
    expect(mockEvidence(m).find((o) => o.itemId === 'concept-rollback')).toMatchObject({ result: 'wrong' });
  });
});
