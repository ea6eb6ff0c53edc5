/**
 * Per-skill progress for the progress page: solved, attempted and missed items, weakest skill first,
 * and the calibration of the user's pass / time-class predictions over their mocks. Pure.
 */
import type { Outcome } from './scheduler';
import { verdictWords, type MockRecord } from './record';

export type ItemStatus = 'solved' | 'missed' | 'attempted' | 'not-started';
export type SkillRow = { skill: string; label: string; total: number; solved: number; attempted: number; missed: number; items: { id: string; title: string; status: ItemStatus }[] };

/**
 * An item's status from its latest outcome: right → solved, wrong → missed; work without an outcome
 * (a draft, a run) → attempted.
 */
export function itemStatus(itemId: string, outcomes: Outcome[], touched: ReadonlySet<string>): ItemStatus {
  let latest: Outcome | undefined;
  for (const o of outcomes) if (o.itemId === itemId && (!latest || o.at >= latest.at)) latest = o;
  if (latest) return latest.ok ? 'solved' : 'missed';
  return touched.has(itemId) ? 'attempted' : 'not-started';
}

/**
 * One row per skill, weakest first: ordered by (solved − missed) per item of the skill, lowest first,
 * then by more misses, then by the given skill order.
 */
export function skillRows(
  items: { id: string; title: string; skill: string }[],
  skills: { id: string; label: string }[],
  outcomes: Outcome[],
  touched: ReadonlySet<string>,
): SkillRow[] {
  const rows = skills
    .map((s) => {
      const own = items.filter((i) => i.skill === s.id).map((i) => ({ id: i.id, title: i.title, status: itemStatus(i.id, outcomes, touched) }));
      const count = (st: ItemStatus) => own.filter((i) => i.status === st).length;
      return { skill: s.id, label: s.label, total: own.length, solved: count('solved'), attempted: count('attempted'), missed: count('missed'), items: own };
    })
    .filter((r) => r.total > 0);
  const order = new Map(skills.map((s, i) => [s.id, i]));
  const strength = (r: SkillRow) => (r.solved - r.missed) / r.total;
  return rows.sort((a, b) => strength(a) - strength(b) || b.missed - a.missed || order.get(a.skill)! - order.get(b.skill)!);
}

export type CalibrationPoint = { at: number; mockId: string; itemId: string; predictedPass: boolean; passed: boolean; predictedClass: string; measuredClass?: string; passRight: boolean; classRight?: boolean };

/** Every prediction made in a mock against its outcome, oldest first. */
export function calibration(records: MockRecord[]): CalibrationPoint[] {
  const points: CalibrationPoint[] = [];
  for (const r of records) {
    for (const p of r.parts) {
      if (p.kind !== 'coding' || !p.work.prediction || !p.evaluation) continue;
      const passed = p.evaluation.verdict === 'accepted';
      const measured = p.evaluation.measured;
      points.push({
        at: p.endedAt ?? r.createdAt,
        mockId: r.id,
        itemId: p.itemId,
        predictedPass: p.work.prediction.pass,
        passed,
        predictedClass: p.work.prediction.timeClass,
        measuredClass: measured,
        passRight: p.work.prediction.pass === passed,
        classRight: measured ? p.work.prediction.timeClass === measured : undefined,
      });
    }
  }
  return points.sort((a, b) => a.at - b.at);
}

/** "a; b; c and 4 more": reasons stay one line. */
function listSome(labels: string[], max = 3): string {
  return labels.slice(0, max).join('; ') + (labels.length > max ? ` and ${labels.length - max} more` : '');
}

/** The outcomes a finished mock contributes to the queue and the skill rows: one per evaluated part. */
export function mockOutcomes(record: MockRecord): Outcome[] {
  const out: Outcome[] = [];
  for (const p of record.parts) {
    const at = p.endedAt ?? record.createdAt;
    if (p.kind === 'coding' && p.evaluation) {
      const e = p.evaluation;
      const reasons = [
        e.verdict !== 'accepted' ? `${e.firstFailedExample ? `failed the example "${e.firstFailedExample}"` : 'missed a hidden rule'}: ${e.passed}/${e.total} tests, first failure a ${verdictWords(e.firstFailure ?? e.verdict)}` : '',
        e.complexityVerdict !== 'matches' ? `complexity claim ${e.claimedTime ?? 'missing'}: ${e.complexityVerdict.replace(/-/g, ' ')}${e.measured ? ` (measured ${e.measured})` : ''}` : '',
      ].filter(Boolean);
      out.push({ itemId: p.itemId, at, ok: reasons.length === 0, reason: reasons.join('; ') || undefined, source: 'mock' });
    } else if (p.kind === 'design' && p.evaluation) {
      const unmet = p.evaluation.results.filter((x) => !x.met);
      out.push({ itemId: p.itemId, at, ok: unmet.length === 0, reason: unmet.length ? `rubric items not met: ${listSome(unmet.map((x) => x.label))}` : undefined, source: 'mock' });
    } else if (p.kind === 'concept' && p.evaluation) {
      // An undecided point is neither a miss nor a success: it is never scheduled for practice.
      const missed = p.evaluation.findings.filter((f) => f.status !== 'explained' && !f.unsure);
      const undecided = p.evaluation.findings.some((f) => f.status !== 'explained' && f.unsure);
      if (missed.length === 0 && undecided) continue;
      out.push({ itemId: p.itemId, at, ok: missed.length === 0, reason: missed.length ? `key points missed: ${listSome(missed.map((f) => f.label))}` : undefined, source: 'mock' });
    }
  }
  return out;
}
