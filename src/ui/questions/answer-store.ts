/**
 * Saved work on trace, api and estimate questions: what was typed in each field (saved as it is
 * typed) and each hand-in's outcome. One record per question (`answer:<id>`), validated on read
 * (storage/schemas.ts) and included in export and import.
 */
import { getStore } from '../storage/store';
import { ANSWER_LIMITS, answerPracticeSchema, type AnswerCheck, type AnswerPractice } from '../storage/answer-schemas';

export type { AnswerCheck, AnswerPractice } from '../storage/answer-schemas';

export const ANSWER_PREFIX = 'answer:';
export const answerKey = (id: string) => `${ANSWER_PREFIX}${id}`;

export function loadAnswerPractice(id: string): AnswerPractice {
  const parsed = answerPracticeSchema.safeParse(getStore().value(answerKey(id)));
  return parsed.success ? parsed.data : answerPracticeSchema.parse({});
}

/** Saves every field as typed; false when the browser refused (the store's notice says so). */
export function saveAnswers(id: string, answers: Record<string, string>): boolean {
  const current = loadAnswerPractice(id);
  return getStore().put(answerKey(id), { ...current, answers, updatedAt: Date.now() }) !== undefined;
}

export function recordAnswerCheck(id: string, check: AnswerCheck): AnswerPractice {
  const current = loadAnswerPractice(id);
  const next = { ...current, checks: [check, ...current.checks].slice(0, ANSWER_LIMITS.checks) };
  getStore().put(answerKey(id), next);
  return next;
}

/** Every question with saved work, by id. */
export function allAnswerPractice(): Record<string, AnswerPractice> {
  return Object.fromEntries(getStore().keys(ANSWER_PREFIX).map((k) => [k.slice(ANSWER_PREFIX.length), loadAnswerPractice(k.slice(ANSWER_PREFIX.length))]));
}

/** The catalog's mark: solved once a hand-in was right. */
export function answerMark(id: string): 'not-started' | 'attempted' | 'accepted' {
  const practice = loadAnswerPractice(id);
  if (practice.checks.some((c) => c.verdict === 'right')) return 'accepted';
  return practice.checks.length > 0 || Object.values(practice.answers).some((a) => a.trim()) ? 'attempted' : 'not-started';
}
