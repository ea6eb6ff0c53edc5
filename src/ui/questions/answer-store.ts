/**
 * Saved work on trace, api and estimate questions: what was typed in each field (saved as it is
 * typed) and each hand-in's outcome. One record per question (`answer:<id>`), validated on read
 * (storage/schemas.ts) and included in export and import.
 */
import { z } from 'zod';
import { getStore } from '../storage/store';

export const ANSWER_LIMITS = { fieldChars: 50_000, fields: 40, checks: 30 } as const;

export const answerCheckSchema = z.object({
  at: z.number(),
  verdict: z.enum(['right', 'partly', 'wrong']),
  right: z.number().int().min(0),
  total: z.number().int().min(0),
  /** Field ids that were not right, for "practise next". */
  missed: z.array(z.string().max(80)).max(ANSWER_LIMITS.fields).default([]),
  /** Handed in as part of a mock screen. */
  mock: z.boolean().optional(),
});
export const answerPracticeSchema = z.object({
  answers: z
    .record(z.string().max(80), z.string().max(ANSWER_LIMITS.fieldChars))
    .refine((a) => Object.keys(a).length <= ANSWER_LIMITS.fields, `at most ${ANSWER_LIMITS.fields} fields`)
    .default({}),
  checks: z.array(answerCheckSchema).max(200).default([]),
  updatedAt: z.number().optional(),
});
export type AnswerPractice = z.infer<typeof answerPracticeSchema>;
export type AnswerCheck = z.infer<typeof answerCheckSchema>;

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
