/**
 * The "practise next" queue: every miss (a failed hidden rule, a wrong complexity claim, an unmet
 * rubric item, a missed key point) comes back after a day; getting it right after the miss brings it
 * back once more, three days later, to make it stick; right again then, and it leaves the queue. A new
 * miss starts over. It reads the same evidence as every other mark (`marks.ts`): undecided checks are
 * never misses. Pure and local: it reads evidence with its times, and `now`.
 */
import type { Evidence } from './marks';

export const DAY_MS = 24 * 60 * 60 * 1000;
/** The spacing after a miss, then after the first spaced success. */
export const INTERVALS_MS = [1 * DAY_MS, 3 * DAY_MS] as const;

export type { Evidence } from './marks';

export type QueueEntry = {
  itemId: string;
  /** When it is due; at or before `now` means practise it today. */
  dueAt: number;
  due: boolean;
  /** 0: back after a day (still missed), 1: got right since, one more look after three days. */
  stage: 0 | 1;
  reason: string;
  missedAt: number;
};

type CardState = { stage: 0 | 1; dueAt: number; reason: string; missedAt: number };

/** The spaced state of every item that has a miss still in play, after replaying outcomes in time order. */
function replay(evidence: readonly Evidence[]): Map<string, CardState> {
  const cards = new Map<string, CardState>();
  const rank = { wrong: 0, undecided: 1, right: 2 } as const;
  const ordered = [...evidence].filter((e) => e.result !== 'undecided').sort((a, b) => a.at - b.at || rank[a.result] - rank[b.result]);
  for (const o of ordered) {
    const card = cards.get(o.itemId);
    if (o.result === 'wrong') {
      cards.set(o.itemId, { stage: 0, dueAt: o.at + INTERVALS_MS[0], reason: o.reason ?? 'missed', missedAt: o.at });
      continue;
    }
    if (!card) continue;
    // Right after a miss: the miss is no longer what the user would see now, so its reason goes; one
    // more look after three days shows whether it stuck.
    if (card.stage === 0) cards.set(o.itemId, { ...card, stage: 1, dueAt: o.at + INTERVALS_MS[1], reason: `right since (${o.source === 'mock' ? 'in a mock' : 'in practice'}), after a miss: one more look to make it stick` });
    // At stage 1 only a success once it is due retires it; an earlier one is too soon to show it stuck.
    else if (o.at >= card.dueAt) cards.delete(o.itemId);
  }
  return cards;
}

/**
 * The queue at `now`: due items first (oldest due first), then upcoming ones by due date.
 *
 * @param limit - how many entries to return (the page shows a short queue)
 */
export function practiseNext(evidence: readonly Evidence[], now: number, limit = 5): QueueEntry[] {
  return [...replay(evidence)]
    .map(([itemId, c]) => ({ itemId, dueAt: c.dueAt, due: c.dueAt <= now, stage: c.stage, reason: c.reason, missedAt: c.missedAt }))
    .sort((a, b) => Number(b.due) - Number(a.due) || a.dueAt - b.dueAt || a.itemId.localeCompare(b.itemId))
    .slice(0, limit);
}
