/**
 * Saved shapes of the mock screen and concept practice, kept apart from their store functions so the
 * storage layer can validate these records on read without importing the mock pages.
 */
import { z } from 'zod';

export const activeMockSchema = z.object({ id: z.string() });
export const mockSettingsSchema = z.object({
  /** Length of a new mock in minutes: 30, 45, 60, or a custom clock (the browser test uses a short one). */
  minutes: z.number().positive().max(240).default(30),
  /** The whole phone screen: two leadership-principle questions before the technical parts. */
  principles: z.boolean().default(false),
});
export type MockSettings = z.infer<typeof mockSettingsSchema>;

export const conceptPracticeSchema = z.object({
  answer: z.string().default(''),
  updatedAt: z.number().default(0),
  /** Each review of a practice answer: how many key points were explained, for progress and the queue. */
  reviews: z
    .array(
      z.object({
        at: z.number(),
        met: z.number(),
        total: z.number(),
        missed: z.array(z.string()).default([]),
        /** Key points the review could not decide: never counted as missed (src/mock/marks.ts). */
        undecided: z.array(z.string()).optional(),
      }),
    )
    .default([]),
});
export type ConceptPractice = z.infer<typeof conceptPracticeSchema>;
