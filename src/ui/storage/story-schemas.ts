/**
 * Saved shapes of the story bank and the principle drills, kept apart from their store functions so the
 * storage layer can validate them on read without importing the story pages.
 */
import { z } from 'zod';
import { PRINCIPLE_IDS } from '../../problems/vocabulary';

export const STORY_LIMITS = { textChars: 20_000, titleChars: 200, drills: 50 } as const;

const text = z.string().max(STORY_LIMITS.textChars).default('');
export const storyFieldsSchema = z.object({ situation: text, task: text, action: text, result: text, learning: text });
export type StoryFields = z.infer<typeof storyFieldsSchema>;

export const storySchema = z.object({
  title: z.string().max(STORY_LIMITS.titleChars).default(''),
  /** Told as prose, or written in the five fields. */
  mode: z.enum(['prose', 'fields']).default('prose'),
  prose: text,
  fields: storyFieldsSchema.prefault({}),
  /** The principles the candidate says this story shows. */
  tags: z.array(z.enum(PRINCIPLE_IDS)).max(PRINCIPLE_IDS.length).default([]),
  createdAt: z.number().default(0),
});
export type Story = z.infer<typeof storySchema>;

/** One told answer to a principle question: in a drill or in a mock. */
export const principleAttemptSchema = z.object({
  at: z.number(),
  question: z.string().max(1000),
  storyId: z.string().max(40).optional(),
  /** Seconds spoken (from the timer), when told aloud. */
  spokenSeconds: z.number().min(0).optional(),
  complete: z.boolean(),
  firstPersonShare: z.number().min(0).max(1),
  metrics: z.number().int().min(0),
  /** Seconds the written story would take told at 140 words a minute. */
  seconds: z.number().min(0),
  source: z.enum(['drill', 'mock']).default('drill'),
});
export type PrincipleAttempt = z.infer<typeof principleAttemptSchema>;

export const principlePracticeSchema = z.object({
  attempts: z.array(principleAttemptSchema).max(STORY_LIMITS.drills).default([]),
  /** The answer being typed in the drill, so a reload keeps it. */
  answer: text,
});
export type PrinciplePractice = z.infer<typeof principlePracticeSchema>;

/** "story:<id>": ids are short random lower-case strings. */
export const STORY_KEY = /^story:([a-z0-9]{1,24})$/;
export const PRINCIPLE_KEY = new RegExp(`^principle:(${PRINCIPLE_IDS.join('|')})$`);
