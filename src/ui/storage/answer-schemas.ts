/** Saved shape of work on trace, api and estimate questions (the store functions are in ui/questions/answer-store.ts). */
import { z } from 'zod';

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

