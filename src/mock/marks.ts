/**
 * The one rule behind every "solved / missed / attempted" the app shows — catalog marks, the progress
 * page, "practise next", the mock setup's "already solved" and the scorecard's per-part mark.
 *
 * Every kind of saved record is turned into evidence by its own small function (one per kind, below;
 * a new kind of record adds one function and nothing else). Each piece of evidence is a check the user
 * asked for or handed in — a submit, a design review, a concept review, a mock part — made of points that
 * are met, missed or undecided. Then one rule:
 * - a check with a missed point is **wrong**; with every point met it is **right**; otherwise (some points
 *   undecided, none missed) it is **undecided** — an undecided point is never a miss;
 * - an item's mark is its **latest right or wrong check** (solved / missed); undecided checks and work
 *   without a check (a draft, a run) make it **attempted**.
 * Pure: the UI gathers the records and passes them in.
 */
import type { MockRecord } from './record';
import { CLAIM_WORDS, verdictWords, type Verdict } from './record';
import { principleGaps, principlePoints } from './principle-score';

export type PointStatus = 'met' | 'missed' | 'undecided';
export type CheckResult = 'right' | 'wrong' | 'undecided';
export type Mark = 'solved' | 'missed' | 'attempted' | 'not-started';

/** One check of one item: what it found, when, and in words what was missed. */
export type Evidence = {
  itemId: string;
  at: number;
  result: CheckResult;
  /** What was missed, in plain words, when the result is wrong ("6 of 13 tests passed"). */
  reason?: string;
  source: 'practice' | 'mock';
};

/** Any missed point makes the check wrong; every point met makes it right; otherwise it is undecided. */
export function resultOf(points: readonly PointStatus[]): CheckResult {
  if (points.includes('missed')) return 'wrong';
  if (points.length > 0 && points.every((p) => p === 'met')) return 'right';
  return 'undecided';
}

/**
 * A concept key point's review status as a point of the rule. Explained points are met; points the
 * reader could not decide ("unsure") count for nothing; a point only named in a list, mentioned without
 * its reason, contradicted or absent is missed.
 */
export function conceptPointStatus(status: string): PointStatus {
  if (status === 'met' || status === 'explained') return 'met';
  if (status === 'unsure' || status === 'undecided') return 'undecided';
  return 'missed';
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

// ---- One function per kind of record -------------------------------------------------------------

/** Practice submits of a coding problem (runs are not checks: they only make the item attempted). */
export function codingPracticeEvidence(itemId: string, attempts: readonly { at: number; mode: 'run' | 'submit'; verdict: Verdict; passed: number; total: number }[]): Evidence[] {
  return attempts
    .filter((a) => a.mode === 'submit')
    .map((a) => ({
      itemId,
      at: a.at,
      result: a.verdict === 'accepted' ? 'right' : 'wrong',
      reason: a.verdict === 'accepted' ? undefined : `In practice: ${a.passed} of ${plural(a.total, 'test')} passed (${verdictWords(a.verdict)})`,
      source: 'practice',
    }));
}

/** A rubric item the draft says nothing about either way: asked by the review, neither met nor missing (a failing one carries its hole). */
export function isAsked(r: { met: boolean; unsure?: boolean; hole?: string }): boolean {
  return !r.met && r.unsure === true && !r.hole;
}

/** The last rubric review of a practice design: items met out of the required ones (undecided ones, if any, counted apart). */
export function designPracticeEvidence(itemId: string, review: { met: number; total: number; undecided?: number } | undefined, at: number): Evidence[] {
  if (!review || review.total <= 0) return [];
  const undecided = review.undecided ?? 0;
  const points: PointStatus[] = [
    ...Array<PointStatus>(review.met).fill('met'),
    ...Array<PointStatus>(undecided).fill('undecided'),
    ...Array<PointStatus>(Math.max(0, review.total - review.met - undecided)).fill('missed'),
  ];
  const result = resultOf(points);
  return [{ itemId, at, result, reason: result === 'wrong' ? `In practice: the design review found ${review.met} of ${plural(review.total, 'required item')} met` : undefined, source: 'practice' }];
}

/** Reviews of a practice concept answer: the key points explained, missed, and (if any) undecided. */
export function conceptPracticeEvidence(itemId: string, reviews: readonly { at: number; met: number; total: number; missed: readonly string[]; undecided?: readonly string[] }[]): Evidence[] {
  return reviews.map((r) => {
    const undecided = r.undecided?.length ?? 0;
    const points: PointStatus[] = [
      ...Array<PointStatus>(r.met).fill('met'),
      ...Array<PointStatus>(undecided).fill('undecided'),
      ...Array<PointStatus>(Math.max(0, r.total - r.met - undecided)).fill('missed'),
    ];
    const result = resultOf(points);
    return { itemId, at: r.at, result, reason: result === 'wrong' ? `In practice: key points not explained: ${r.missed.join(', ')}` : undefined, source: 'practice' as const };
  });
}

/** Hand-ins of a trace, api or estimate question: each answer field right or not (advice fields never count). */
export function answerPracticeEvidence(itemId: string, checks: readonly { at: number; verdict: 'right' | 'partly' | 'wrong'; right: number; total: number; missed: readonly string[] }[]): Evidence[] {
  return checks.map((c) => {
    const points: PointStatus[] = [...Array<PointStatus>(c.right).fill('met'), ...Array<PointStatus>(Math.max(0, c.total - c.right)).fill('missed')];
    const result = c.verdict === 'right' ? 'right' : resultOf(points.length ? points : ['missed']);
    return { itemId, at: c.at, result, reason: result === 'wrong' ? `practice: ${c.right} of ${plural(c.total, 'answer')} right${c.missed.length ? ` (not right: ${c.missed.join(', ')})` : ''}` : undefined, source: 'practice' as const };
  });
}

/** "a; b; c and 4 more": reasons stay one line. */
function listSome(labels: string[], max = 3): string {
  return labels.slice(0, max).join('; ') + (labels.length > max ? ` and ${labels.length - max} more` : '');
}

/** The evidence of one evaluated mock part (undefined while it is not evaluated). */
export function mockPartEvidence(part: MockRecord['parts'][number], at: number): Evidence | undefined {
  if (part.kind === 'coding' && part.evaluation) {
    const e = part.evaluation;
    const testsOk = e.verdict === 'accepted';
    // An unclear complexity claim is not a miss: the review could not decide.
    const claim: PointStatus | undefined = e.complexityVerdict === 'matches' ? 'met' : e.complexityVerdict === 'unclear' ? undefined : 'missed';
    const points: PointStatus[] = [testsOk ? 'met' : 'missed', ...(claim ? [claim] : [])];
    const reasons = [
      testsOk ? '' : `${e.passed} of ${plural(e.total, 'test')} passed${e.firstFailedExample ? `; the example "${e.firstFailedExample}" failed` : ''} (first failure: ${verdictWords(e.firstFailure ?? e.verdict)})`,
      claim === 'missed' ? `complexity claim ${e.claimedTime ?? '(none)'}: ${CLAIM_WORDS[e.complexityVerdict]}${e.measured ? ` (your code measured ${e.measured})` : ''}` : '',
    ].filter(Boolean);
    const result = resultOf(points);
    return { itemId: part.itemId, at, result, reason: result === 'wrong' ? `In a mock: ${reasons.join('; ')}` : undefined, source: 'mock' };
  }
  if (part.kind === 'design' && part.evaluation) {
    // An item the review could not decide (unsure, no hole) is undecided: never scheduled as a gap.
    const points = part.evaluation.results.map((r): PointStatus => (r.met ? 'met' : isAsked(r) ? 'undecided' : 'missed'));
    const unmet = part.evaluation.results.filter((r) => !r.met && !isAsked(r));
    const result = resultOf(points);
    return { itemId: part.itemId, at, result, reason: result === 'wrong' ? `In a mock: not yet covered: ${listSome(unmet.map((x) => x.label))}` : undefined, source: 'mock' };
  }
  if (part.kind === 'question' && part.evaluation) {
    const graded = part.evaluation.fields.filter((f) => !f.advice);
    const wrong = graded.filter((f) => !f.right);
    const result = resultOf(graded.length ? graded.map((f): PointStatus => (f.right ? 'met' : 'missed')) : ['missed']);
    return { itemId: part.itemId, at, result, reason: result === 'wrong' ? `mock: answers not right: ${listSome(wrong.map((f) => f.id))}` : undefined, source: 'mock' };
  }
  if (part.kind === 'concept' && part.evaluation) {
    // The review marks an undecided point with `unsure` beside its status.
    const statusOf = (f: { status: string; unsure?: boolean }) => conceptPointStatus(f.unsure && f.status !== 'explained' ? 'unsure' : f.status);
    const points = part.evaluation.findings.map(statusOf);
    const missed = part.evaluation.findings.filter((f) => statusOf(f) === 'missed');
    const result = resultOf(points);
    return { itemId: part.itemId, at, result, reason: result === 'wrong' ? `In a mock: key points not explained: ${listSome(missed.map((f) => f.label))}` : undefined, source: 'mock' };
  }
  if (part.kind === 'principle' && part.evaluation) {
    const result = resultOf(principlePoints(part.evaluation));
    return { itemId: part.itemId, at, result, reason: result === 'wrong' ? `mock: ${principleGaps(part.evaluation).join('; ')}` : undefined, source: 'mock' };
  }
  return undefined;
}

/** Drills of a leadership principle: each reviewed answer is a check of the principle. */
export function principlePracticeEvidence(itemId: string, attempts: readonly { at: number; complete: boolean; firstPersonShare: number; metrics: number; source?: string }[]): Evidence[] {
  return attempts
    .filter((a) => a.source !== 'mock')
    .map((a) => {
      const points: PointStatus[] = [a.complete ? 'met' : 'missed', a.firstPersonShare >= 0.3 ? 'met' : 'missed', a.metrics > 0 ? 'met' : 'missed'];
      const result = resultOf(points);
      const why = [a.complete ? '' : 'a part of the story missing', a.firstPersonShare >= 0.3 ? '' : 'few actions told with “I”', a.metrics > 0 ? '' : 'no measurable outcome'].filter(Boolean);
      return { itemId, at: a.at, result, reason: result === 'wrong' ? `drill: ${why.join('; ')}` : undefined, source: 'practice' as const };
    });
}

/** Every evaluated part of a finished mock. */
export function mockEvidence(record: MockRecord): Evidence[] {
  if (record.finishedAt === undefined) return [];
  return record.parts.flatMap((p) => mockPartEvidence(p, p.endedAt ?? record.createdAt) ?? []);
}

// ---- The rule -----------------------------------------------------------------------------------

/** An item's mark: its latest right or wrong check decides; otherwise any work or undecided check is "attempted". */
export function markOf(itemId: string, evidence: readonly Evidence[], touched: ReadonlySet<string>): Mark {
  let latest: Evidence | undefined;
  let any = false;
  for (const e of evidence) {
    if (e.itemId !== itemId) continue;
    any = true;
    if (e.result !== 'undecided' && (!latest || e.at >= latest.at)) latest = e;
  }
  if (latest) return latest.result === 'right' ? 'solved' : 'missed';
  return any || touched.has(itemId) ? 'attempted' : 'not-started';
}

/** The marks of many items at once. */
export function marksOf(itemIds: readonly string[], evidence: readonly Evidence[], touched: ReadonlySet<string>): Record<string, Mark> {
  return Object.fromEntries(itemIds.map((id) => [id, markOf(id, evidence, touched)]));
}

/** What each mark is called on screen, and its symbol: the same on every page. */
export const MARK_LABEL: Record<Mark, string> = { solved: 'Solved', missed: 'Missed last time', attempted: 'Attempted', 'not-started': 'Not started' };
export const MARK_ICON: Record<Mark, string> = { solved: '●', missed: '✗', attempted: '◐', 'not-started': '○' };
