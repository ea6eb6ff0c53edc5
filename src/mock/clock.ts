/**
 * The mock's clock, computed from absolute times so a reload or a crash resumes exactly: the current
 * part, its remaining time, the overall remaining time, the warnings, and which parts have locked.
 * Pure: the page passes `now`.
 */
import { METHOD_STEPS, type MethodStep, type MockRecord } from './record';

/** Gentle warnings, in ms before a part's end; only for parts longer than the warning itself. */
export const WARNINGS_MS = [5 * 60_000, 60_000] as const;

export type ClockState = {
  /** Index of the open part, or -1 when every part has ended. */
  current: number;
  remainingMs: number;
  overallRemainingMs: number;
  /** The warning the open part has reached (5 or 1 minutes), if any. */
  warning?: 5 | 1;
};

/**
 * Closes every part whose time ran out by `now` (locked at its exact deadline) and opens the next one
 * at that moment, as if the page had been watching the whole time. Returns the same object when
 * nothing changed, so callers can skip a save.
 */
export function advance(record: MockRecord, now: number): MockRecord {
  if (record.finishedAt !== undefined) return record;
  let changed = false;
  const parts = record.parts.map((p) => ({ ...p }));
  let opensAt = record.createdAt;
  for (const part of parts) {
    if (part.endedAt !== undefined) {
      opensAt = part.endedAt;
      continue;
    }
    if (part.startedAt === undefined) {
      part.startedAt = opensAt;
      changed = true;
    }
    const deadline = part.startedAt + part.durationMs;
    if (now < deadline) break;
    part.endedAt = deadline;
    part.endedBy = 'time';
    changed = true;
    opensAt = deadline;
  }
  const allEnded = parts.every((p) => p.endedAt !== undefined);
  if (!changed && !allEnded) return record;
  return { ...record, parts, ...(allEnded ? { finishedAt: parts[parts.length - 1].endedAt } : {}) };
}

/**
 * Ends the open part now because the user handed it in; the next part opens at once and gets the time
 * this part did not use, so handing in early never throws time away. A clock that moved back (now before
 * the part opened) counts as no time used.
 */
export function handIn(record: MockRecord, index: number, now: number): MockRecord {
  const advanced = advance(record, now);
  const part = advanced.parts[index];
  if (!part || part.endedAt !== undefined || part.startedAt === undefined) return advanced;
  const endedAt = Math.max(now, part.startedAt);
  const unused = Math.max(0, Math.min(part.durationMs, part.startedAt + part.durationMs - endedAt));
  const parts = advanced.parts.map((p, i) => (i === index ? { ...p, endedAt, endedBy: 'hand-in' as const } : p));
  const next = parts[index + 1];
  if (next) parts[index + 1] = { ...next, startedAt: endedAt, durationMs: next.durationMs + unused, ...(unused > 0 ? { carriedMs: (next.carriedMs ?? 0) + unused } : {}) };
  const allEnded = parts.every((p) => p.endedAt !== undefined);
  return { ...advanced, parts, ...(allEnded ? { finishedAt: endedAt } : {}) };
}

/** Where the mock stands at `now` (call `advance` first so expired parts are closed). */
export function clockState(record: MockRecord, now: number): ClockState {
  const current = record.finishedAt !== undefined ? -1 : record.parts.findIndex((p) => p.endedAt === undefined);
  if (current === -1) return { current: -1, remainingMs: 0, overallRemainingMs: 0 };
  const part = record.parts[current];
  // Never more than the part's time, even when the system clock moved back since it opened.
  const remainingMs = Math.min(part.durationMs, Math.max(0, (part.startedAt ?? now) + part.durationMs - now));
  const later = record.parts.slice(current + 1).reduce((sum, p) => sum + p.durationMs, 0);
  return { current, remainingMs, overallRemainingMs: remainingMs + later, warning: warningFor(part.durationMs, remainingMs) };
}

/** The warning a part has reached: 1 minute beats 5 minutes; a part shorter than a warning never gets it. */
export function warningFor(durationMs: number, remainingMs: number): 5 | 1 | undefined {
  if (remainingMs <= 0) return undefined;
  if (durationMs > WARNINGS_MS[1] && remainingMs <= WARNINGS_MS[1]) return 1;
  if (durationMs > WARNINGS_MS[0] && remainingMs <= WARNINGS_MS[0]) return 5;
  return undefined;
}

/** "4:05", "0:09", "1:02:00" */
export function formatClock(ms: number): string {
  const total = Math.ceil(Math.max(0, ms) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}` : `${m}:${String(s).padStart(2, '0')}`;
}

/**
 * Time spent on each step of the coding method: each step-log event opens a step, which runs until
 * the next event or `end` (the hand-in). Time before the first event counts as clarify, the first step.
 */
export function stepTimes(log: { step: MethodStep; at: number }[], start: number, end: number): Record<MethodStep, number> {
  const times = Object.fromEntries(METHOD_STEPS.map((s) => [s, 0])) as Record<MethodStep, number>;
  const events = [{ step: METHOD_STEPS[0] as MethodStep, at: start }, ...log].filter((e) => e.at >= start && e.at <= end).sort((a, b) => a.at - b.at);
  events.forEach((e, i) => {
    const until = i + 1 < events.length ? events[i + 1].at : end;
    times[e.step] += Math.max(0, until - e.at);
  });
  return times;
}
