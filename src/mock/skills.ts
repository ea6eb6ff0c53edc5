/**
 * Per-skill progress for the progress page: solved, attempted and missed items, weakest skill first,
 * and the calibration of the user's pass / time-class predictions over their mocks. Pure.
 */
import { markOf, type Evidence, type Mark } from './marks';
import type { MockRecord } from './record';

export type ItemStatus = Mark;
export type SkillRow = { skill: string; label: string; total: number; solved: number; attempted: number; missed: number; items: { id: string; title: string; status: ItemStatus }[] };

/**
 * One row per skill, weakest first: ordered by (solved − missed) per item of the skill, lowest first,
 * then by more misses, then by the given skill order.
 */
export function skillRows(
  items: { id: string; title: string; skill: string }[],
  skills: { id: string; label: string }[],
  evidence: readonly Evidence[],
  touched: ReadonlySet<string>,
): SkillRow[] {
  const rows = skills
    .map((s) => {
      const own = items.filter((i) => i.skill === s.id).map((i) => ({ id: i.id, title: i.title, status: markOf(i.id, evidence, touched) }));
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
