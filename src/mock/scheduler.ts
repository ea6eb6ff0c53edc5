/**
 * The "practise next" queue: every miss (a failed hidden rule, a wrong complexity claim, an unmet
 * rubric item, a missed key point) comes back after a day; practising it right after that brings it
 * back once more after three days; right again, and it leaves the queue. A new miss starts over.
 * Pure and local: it reads outcomes with their times, and `now`.
 */

export const DAY_MS = 24 * 60 * 60 * 1000;
/** The spacing after a miss, then after the first spaced success. */
export const INTERVALS_MS = [1 * DAY_MS, 3 * DAY_MS] as const;

export type Outcome = {
  itemId: string;
  at: number;
  ok: boolean;
  /** What was missed, in words ("complexity claim O(n) but the code measured O(n^2)"). */
  reason?: string;
  source: 'mock' | 'practice';
};

export type QueueEntry = {
  itemId: string;
  /** When it is due; at or before `now` means practise it today. */
  dueAt: number;
  due: boolean;
  /** 0: back after a day, 1: back after three days. */
  stage: 0 | 1;
  reason: string;
  missedAt: number;
};

type CardState = { stage: 0 | 1; dueAt: number; reason: string; missedAt: number };

/** The spaced state of every item that has a miss still in play, after replaying outcomes in time order. */
function replay(outcomes: Outcome[]): Map<string, CardState> {
  const cards = new Map<string, CardState>();
  const ordered = [...outcomes].sort((a, b) => a.at - b.at || Number(a.ok) - Number(b.ok));
  for (const o of ordered) {
    const card = cards.get(o.itemId);
    if (!o.ok) {
      cards.set(o.itemId, { stage: 0, dueAt: o.at + INTERVALS_MS[0], reason: o.reason ?? 'missed', missedAt: o.at });
      continue;
    }
    // A success before the card is due is too soon to show it stuck: it does not move the card.
    if (!card || o.at < card.dueAt) continue;
    if (card.stage === 0) cards.set(o.itemId, { ...card, stage: 1, dueAt: o.at + INTERVALS_MS[1] });
    else cards.delete(o.itemId);
  }
  return cards;
}

/**
 * The queue at `now`: due items first (oldest due first), then upcoming ones by due date.
 *
 * @param limit - how many entries to return (the page shows a short queue)
 */
export function practiseNext(outcomes: Outcome[], now: number, limit = 5): QueueEntry[] {
  return [...replay(outcomes)]
    .map(([itemId, c]) => ({ itemId, dueAt: c.dueAt, due: c.dueAt <= now, stage: c.stage, reason: c.reason, missedAt: c.missedAt }))
    .sort((a, b) => Number(b.due) - Number(a.due) || a.dueAt - b.dueAt || a.itemId.localeCompare(b.itemId))
    .slice(0, limit);
}
