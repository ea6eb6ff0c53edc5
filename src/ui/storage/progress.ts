import { getStore } from './store';
import { LIMITS, problemStateSchema, settingsSchema, type Attempt, type DesignDraft, type Language, type ProblemState, type Settings } from './schemas';

export type { Attempt, DesignDraft, EditorSettings, Language, ProblemState, Settings } from './schemas';

export const draftKey = (problemId: string, lang: Language) => `draft:${problemId}:${lang}`;
export const stateKey = (problemId: string) => `problem:${problemId}`;
export const designKey = (problemId: string) => `design:${problemId}`;

export function loadDraft(problemId: string, lang: Language): string | undefined {
  return getStore().value<{ code: string }>(draftKey(problemId, lang))?.code;
}
export function saveDraft(problemId: string, lang: Language, code: string): boolean {
  return getStore().put(draftKey(problemId, lang), { code }) !== undefined;
}

export function loadProblemState(problemId: string): ProblemState {
  return getStore().value<ProblemState>(stateKey(problemId)) ?? problemStateSchema.parse({});
}
/** Reads the latest state (another tab's saves included) and writes the change over it. */
export function updateProblemState(problemId: string, change: (state: ProblemState) => ProblemState): ProblemState {
  const next = change(loadProblemState(problemId));
  getStore().put(stateKey(problemId), next);
  return next;
}

export function recordAttempt(problemId: string, attempt: Attempt): ProblemState {
  return updateProblemState(problemId, (s) => ({ ...s, attempts: [attempt, ...s.attempts].slice(0, LIMITS.attempts) }));
}

export function loadSettings(): Settings {
  return getStore().value<Settings>('settings') ?? settingsSchema.parse({});
}
export function saveSettings(settings: Settings) {
  getStore().put('settings', settings);
}

export function loadDesignDraft(problemId: string): DesignDraft | undefined {
  return getStore().value<DesignDraft>(designKey(problemId));
}
export function saveDesignDraft(problemId: string, draft: DesignDraft): boolean {
  return getStore().put(designKey(problemId), draft) !== undefined;
}
