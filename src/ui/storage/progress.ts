import { z } from 'zod';
import { VERDICT_NAMES } from '../common/verdict-text';
import { readValue, writeValue } from './local-store';

const verdict = z.enum(VERDICT_NAMES);
const language = z.enum(['javascript', 'typescript']);

const draftSchema = z.object({ code: z.string(), updatedAt: z.number() });
const problemStateSchema = z.object({
  language: language.default('javascript'),
  attempts: z
    // `code` is what was run, so a history row can bring it back (absent in attempts saved before it was kept).
    .array(z.object({ at: z.number(), mode: z.enum(['run', 'submit']), verdict, passed: z.number(), total: z.number(), language, code: z.string().optional() }))
    .default([]),
  hintsShown: z.number().int().min(0).default(0),
  solutionShown: z.boolean().default(false),
  complexityNote: z.string().default(''),
});
/** Editor preferences. Auto-closing brackets are off by default: typed line by line, they leave a stray `}`. */
const editorSettingsSchema = z.object({
  fontSize: z.number().int().min(10).max(28).default(14),
  autoClose: z.boolean().default(false),
  tabSize: z.union([z.literal(2), z.literal(4)]).default(2),
  wordWrap: z.boolean().default(false),
  /** The "how to leave the editor" hint was seen and dismissed. */
  tabHintSeen: z.boolean().default(false),
});
const settingsSchema = z.object({
  feedback: z.enum(['learning', 'exam']).default('learning'),
  theme: z.enum(['system', 'light', 'dark']).default('system'),
  editor: editorSettingsSchema.prefault({}),
});
const designDraftSchema = z.object({
  diagram: z.string(),
  notes: z.record(z.string(), z.string()),
  updatedAt: z.number(),
  /** The last rubric review: how many items were met. */
  review: z.object({ met: z.number(), total: z.number() }).optional(),
});

export type Attempt = z.infer<typeof problemStateSchema>['attempts'][number];
export type ProblemState = z.infer<typeof problemStateSchema>;
export type Settings = z.infer<typeof settingsSchema>;
export type EditorSettings = Settings['editor'];
export type DesignDraft = z.infer<typeof designDraftSchema>;
export type Language = z.infer<typeof language>;
export type ProgressMark = 'not-started' | 'attempted' | 'accepted';

const draftKey = (problemId: string, lang: Language) => `draft:${problemId}:${lang}`;
const stateKey = (problemId: string) => `problem:${problemId}`;
const designKey = (problemId: string) => `design:${problemId}`;

export function loadDraft(problemId: string, lang: Language): string | undefined {
  return readValue(draftKey(problemId, lang), draftSchema)?.code;
}
export function saveDraft(problemId: string, lang: Language, code: string): boolean {
  return writeValue(draftKey(problemId, lang), { code, updatedAt: Date.now() });
}

export function loadProblemState(problemId: string): ProblemState {
  return readValue(stateKey(problemId), problemStateSchema) ?? problemStateSchema.parse({});
}
export function updateProblemState(problemId: string, change: (state: ProblemState) => ProblemState): ProblemState {
  const next = change(loadProblemState(problemId));
  writeValue(stateKey(problemId), next);
  return next;
}

/** Attempt history is capped so storage never fills up from it. */
const MAX_ATTEMPTS = 50;
export function recordAttempt(problemId: string, attempt: Attempt): ProblemState {
  return updateProblemState(problemId, (s) => ({ ...s, attempts: [attempt, ...s.attempts].slice(0, MAX_ATTEMPTS) }));
}

export function progressMark(problemId: string): ProgressMark {
  const state = readValue(stateKey(problemId), problemStateSchema);
  if (state?.attempts.some((a) => a.mode === 'submit' && a.verdict === 'accepted')) return 'accepted';
  if (state && state.attempts.length > 0) return 'attempted';
  const design = readValue(designKey(problemId), designDraftSchema);
  if (design?.review && design.review.total > 0 && design.review.met === design.review.total) return 'accepted';
  return design ? 'attempted' : 'not-started';
}

export function loadSettings(): Settings {
  return readValue('settings', settingsSchema) ?? settingsSchema.parse({});
}
export function saveSettings(settings: Settings) {
  writeValue('settings', settings);
}

export function loadDesignDraft(problemId: string): DesignDraft | undefined {
  return readValue(designKey(problemId), designDraftSchema);
}
export function saveDesignDraft(problemId: string, draft: Omit<DesignDraft, 'updatedAt'>): boolean {
  return writeValue(designKey(problemId), { ...draft, updatedAt: Date.now() });
}

/** A draft replaced by an opened share link is kept here, so it can be restored. */
export function saveReplacedDesignDraft(problemId: string, draft: DesignDraft) {
  writeValue(`${designKey(problemId)}:replaced`, draft);
}
export function loadReplacedDesignDraft(problemId: string): DesignDraft | undefined {
  return readValue(`${designKey(problemId)}:replaced`, designDraftSchema);
}
