import { z } from 'zod';
import { VERDICT_NAMES } from '../common/verdict-text';
import { mockRecord } from '../../mock/record';
import { activeMockSchema, conceptPracticeSchema, mockSettingsSchema } from './mock-schemas';
import { PRINCIPLE_KEY, STORY_KEY, principlePracticeSchema, storySchema } from './story-schemas';
import { answerPracticeSchema } from './answer-schemas';

/**
 * The shape of every saved record, one zod schema per kind of key. Records are read back through
 * these schemas, so a value the app cannot understand is set aside with a notice instead of used.
 */
export const STORE_VERSION = 2;

/** Caps that keep one record (and one import) from filling the browser's storage. */
export const LIMITS = {
  keyChars: 200,
  codeChars: 200_000,
  noteChars: 100_000,
  noteSections: 20,
  sectionIdChars: 40,
  keptPerItem: 20,
  attempts: 50,
} as const;

export const languageSchema = z.enum(['javascript', 'typescript', 'python']);
const verdict = z.enum(VERDICT_NAMES);

export const attemptSchema = z.object({
  at: z.number(),
  mode: z.enum(['run', 'submit']),
  verdict,
  passed: z.number(),
  total: z.number(),
  language: languageSchema,
  /** What was run, so a history row can bring it back (absent in attempts saved before it was kept). */
  code: z.string().max(LIMITS.codeChars).optional(),
});

export const draftSchema = z.object({ code: z.string().max(LIMITS.codeChars) });
export const problemStateSchema = z.object({
  language: languageSchema.default('javascript'),
  attempts: z.array(attemptSchema).max(500).default([]),
  hintsShown: z.number().int().min(0).default(0),
  solutionShown: z.boolean().default(false),
  complexityNote: z.string().max(LIMITS.noteChars).default(''),
});
/** Editor preferences. Auto-closing brackets are off by default: typed line by line, they leave a stray `}`. */
export const editorSettingsSchema = z.object({
  fontSize: z.number().int().min(10).max(28).default(14),
  autoClose: z.boolean().default(false),
  tabSize: z.union([z.literal(2), z.literal(4)]).default(2),
  wordWrap: z.boolean().default(false),
  /** The "how to leave the editor" hint was seen and dismissed. */
  tabHintSeen: z.boolean().default(false),
});
export const settingsSchema = z.object({
  feedback: z.enum(['learning', 'exam']).default('learning'),
  theme: z.enum(['system', 'light', 'dark']).default('system'),
  editor: editorSettingsSchema.prefault({}),
});
export const notesSchema = z
  .record(z.string().max(LIMITS.sectionIdChars), z.string().max(LIMITS.noteChars))
  .refine((n) => Object.keys(n).length <= LIMITS.noteSections, `at most ${LIMITS.noteSections} note sections`);
export const designDraftSchema = z.object({
  diagram: z.string().max(LIMITS.codeChars),
  notes: notesSchema,
  /** The last rubric review: how many items were met. */
  review: z.object({ met: z.number(), total: z.number(), undecided: z.number().optional(), at: z.number().optional() }).optional(),
});

/** Where a kept version came from, so the list can say it in words. */
export const keptSourceSchema = z.enum(['other-tab', 'shared-link', 'own-draft', 'before-import', 'before-restore']);
export const keptSchema = z.object({
  source: keptSourceSchema,
  label: z.string().max(200),
  at: z.number(),
  value: z.union([draftSchema, designDraftSchema]),
  /** Another tab's version the user has not decided about yet: said again after a reload. */
  pending: z.boolean().optional(),
});
export const importBackupSchema = z.object({
  at: z.number(),
  /** Each key the import changed, with what was there before (null: nothing). */
  previous: z.record(z.string().max(LIMITS.keyChars), z.unknown().nullable()),
});

export type Attempt = z.infer<typeof attemptSchema>;
export type ProblemState = z.infer<typeof problemStateSchema>;
export type Settings = z.infer<typeof settingsSchema>;
export type EditorSettings = Settings['editor'];
export type DesignDraft = z.infer<typeof designDraftSchema>;
export type Language = z.infer<typeof languageSchema>;
export type KeptVersion = z.infer<typeof keptSchema>;
export type KeptSource = z.infer<typeof keptSourceSchema>;

/** What one key names: its kind and, for per-problem records, the problem id. */
export type KeyInfo =
  | { kind: 'draft'; problemId: string; language: Language }
  | { kind: 'problem'; problemId: string }
  | { kind: 'design'; problemId: string }
  | { kind: 'kept'; problemId: string; item: string }
  | { kind: 'settings' }
  | { kind: 'import-backup' }
  | { kind: 'mock-active' }
  | { kind: 'mock-settings' }
  | { kind: 'mock-record'; mockId: string }
  | { kind: 'concept'; problemId: string }
  | { kind: 'story'; storyId: string }
  | { kind: 'principle'; principleId: string }
  | { kind: 'answer'; problemId: string };

const ID = '[a-z0-9][a-z0-9-]{0,79}';
const PATTERNS: [RegExp, (m: RegExpExecArray) => KeyInfo][] = [
  [new RegExp(`^draft:(${ID}):(javascript|typescript|python)$`), (m) => ({ kind: 'draft', problemId: m[1], language: m[2] as Language })],
  [new RegExp(`^problem:(${ID})$`), (m) => ({ kind: 'problem', problemId: m[1] })],
  [new RegExp(`^design:(${ID})$`), (m) => ({ kind: 'design', problemId: m[1] })],
  [new RegExp(`^kept:((?:draft:(${ID}):(?:javascript|typescript))|(?:design:(${ID}))):[a-z0-9]{1,24}$`), (m) => ({ kind: 'kept', problemId: m[2] ?? m[3], item: m[1] })],
  [/^settings$/, () => ({ kind: 'settings' })],
  [/^meta:import-backup$/, () => ({ kind: 'import-backup' })],
  [/^mock:active$/, () => ({ kind: 'mock-active' })],
  [/^mock:settings$/, () => ({ kind: 'mock-settings' })],
  [/^mock:record:([a-z0-9]{1,40})$/, (m) => ({ kind: 'mock-record', mockId: m[1] })],
  [new RegExp(`^concept:(${ID})$`), (m) => ({ kind: 'concept', problemId: m[1] })],
  [STORY_KEY, (m) => ({ kind: 'story', storyId: m[1] })],
  [PRINCIPLE_KEY, (m) => ({ kind: 'principle', principleId: m[1] })],
  [new RegExp(`^answer:(${ID})$`), (m) => ({ kind: 'answer', problemId: m[1] })],
];

/** Reads a key; undefined for a key this version of the app does not know. */
export function parseKey(key: string): KeyInfo | undefined {
  if (key.length > LIMITS.keyChars) return undefined;
  for (const [re, make] of PATTERNS) {
    const m = re.exec(key);
    if (m) return make(m);
  }
  return undefined;
}

const LANGUAGE_WORDS: Record<Language, string> = { javascript: 'JavaScript', typescript: 'TypeScript', python: 'pseudocode' };

/** What a key holds, in the user's words: "your JavaScript draft of dedupe-list". */
export function describeKey(key: string): string {
  const info = parseKey(key);
  if (!info) return `a saved item ("${shorten(key, 40)}")`;
  switch (info.kind) {
    case 'draft':
      return `your ${LANGUAGE_WORDS[info.language]} draft of ${info.problemId}`;
    case 'problem':
      return `your submissions and hints for ${info.problemId}`;
    case 'design':
      return `your design draft of ${info.problemId}`;
    case 'kept':
      return `a kept version of ${info.problemId}`;
    case 'settings':
      return 'your settings';
    case 'import-backup':
      return 'the backup taken before an import';
    case 'mock-active':
      return 'which mock is running';
    case 'mock-settings':
      return 'your mock settings';
    case 'mock-record':
      return 'a past mock';
    case 'concept':
      return `your answer to ${info.problemId}`;
    case 'story':
      return 'a story in your story bank';
    case 'principle':
      return `your drills of ${info.principleId.replace(/-/g, ' ')}`;
    case 'answer':
      return `your answers to ${info.problemId}`;
  }
}

/** The schema of a record's value, chosen by its key. */
export function schemaFor(info: KeyInfo): z.ZodType {
  switch (info.kind) {
    case 'draft':
      return draftSchema;
    case 'problem':
      return problemStateSchema;
    case 'design':
      return designDraftSchema;
    case 'kept':
      return keptSchema;
    case 'settings':
      return settingsSchema;
    case 'import-backup':
      return importBackupSchema;
    case 'mock-active':
      return activeMockSchema;
    case 'mock-settings':
      return mockSettingsSchema;
    case 'mock-record':
      return mockRecord;
    case 'concept':
      return conceptPracticeSchema;
    case 'story':
      return storySchema;
    case 'principle':
      return principlePracticeSchema;
    case 'answer':
      return answerPracticeSchema;
  }
}

/** A saved record: the value plus when and by which tab it was written. */
export const envelopeSchema = z.object({
  v: z.number().int(),
  updatedAt: z.number(),
  writer: z.string().max(64),
  value: z.unknown(),
});
export type Envelope<T = unknown> = { v: number; updatedAt: number; writer: string; value: T };

/** A record that could not be read, kept as it was found so nothing is lost. */
export const asideSchema = z.object({ id: z.string(), key: z.string(), raw: z.string(), reason: z.string(), at: z.number() });
export type AsideEntry = z.infer<typeof asideSchema>;

/** Keys that would reach an object's prototype if a careless reader assigned them. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** The path of the first forbidden key anywhere in a JSON value, iteratively (no recursion to overflow). */
export function findForbiddenKey(value: unknown, maxNodes = 200_000): string | undefined {
  const stack: [unknown, string][] = [[value, '']];
  let seen = 0;
  while (stack.length) {
    const [v, path] = stack.pop()!;
    if (++seen > maxNodes) return `${path || 'value'} (too many nested values)`;
    if (v === null || typeof v !== 'object') continue;
    for (const k of Object.keys(v)) {
      if (FORBIDDEN_KEYS.has(k)) return path ? `${path}.${k}` : k;
      stack.push([(v as Record<string, unknown>)[k], path ? `${path}.${k}` : k]);
    }
  }
  return undefined;
}

/** Reads a record found in storage: the value, or why it cannot be used. */
export function readRecord(key: string, raw: unknown): { ok: true; info: KeyInfo; envelope: Envelope } | { ok: false; reason: string } {
  const info = parseKey(key);
  if (!info) return { ok: false, reason: `"${shorten(key)}" is not a key this version of Techscreen knows` };
  const env = envelopeSchema.safeParse(raw);
  if (!env.success) return { ok: false, reason: `not a Techscreen record (${describeIssue(env.error)})` };
  if (env.data.v > STORE_VERSION) return { ok: false, reason: `written by a newer version of Techscreen (record version ${env.data.v}; this app reads ${STORE_VERSION})` };
  const forbidden = findForbiddenKey(env.data.value);
  if (forbidden) return { ok: false, reason: `contains the key "${forbidden}", which is never saved by Techscreen` };
  const value = schemaFor(info).safeParse(env.data.value);
  if (!value.success) return { ok: false, reason: describeIssue(value.error) };
  return { ok: true, info, envelope: { ...env.data, v: STORE_VERSION, value: value.data } };
}

/** "attempts.0.verdict: Invalid option" — the first problem zod found, with its path. */
export function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid';
  return `${issue.path.join('.') || 'value'}: ${issue.message}`;
}

/** A key or text cut to a readable length for messages. */
export function shorten(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max)}… (${text.length.toLocaleString('en-US')} characters)` : text;
}
