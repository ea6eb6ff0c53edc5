/**
 * Everything the mock screen, the concept pages and the progress page save, in one module on top of
 * the shared local store (validated on read, included in export/import), so it can move with the
 * storage layer in one place.
 */
import { z } from 'zod';
import { mockRecord, type MockRecord } from '../../mock/record';
import { listKeys, readValue, removeValue, writeValue } from '../storage/local-store';

const ACTIVE_KEY = 'mock:active';
const SETTINGS_KEY = 'mock:settings';
const RECORD_PREFIX = 'mock:record:';
const recordKey = (id: string) => `${RECORD_PREFIX}${id}`;
const CONCEPT_PREFIX = 'concept:';
const conceptKey = (id: string) => `${CONCEPT_PREFIX}${id}`;

const activeSchema = z.object({ id: z.string() });
const settingsSchema = z.object({
  /** Length of a new mock in minutes: 30, 45, 60, or a custom clock (the browser test uses a short one). */
  minutes: z.number().positive().max(240).default(30),
});
export type MockSettings = z.infer<typeof settingsSchema>;

const conceptSchema = z.object({
  answer: z.string().default(''),
  updatedAt: z.number().default(0),
  /** Each review of a practice answer: how many key points were explained, for progress and the queue. */
  reviews: z.array(z.object({ at: z.number(), met: z.number(), total: z.number(), missed: z.array(z.string()).default([]) })).default([]),
});
export type ConceptPractice = z.infer<typeof conceptSchema>;

/** Past mocks are capped so storage never fills up from them. */
const MAX_MOCKS = 40;
const MAX_REVIEWS = 30;

export function loadMock(id: string): MockRecord | undefined {
  return readValue(recordKey(id), mockRecord);
}
export function saveMock(record: MockRecord): boolean {
  return writeValue(recordKey(record.id), record);
}
export function activeMockId(): string | undefined {
  return readValue(ACTIVE_KEY, activeSchema)?.id;
}
export function setActiveMock(id: string | undefined) {
  if (id) writeValue(ACTIVE_KEY, { id });
  else removeValue(ACTIVE_KEY);
}

/** Every saved mock, newest first; the oldest beyond the cap are removed. */
export function listMocks(): MockRecord[] {
  const records = listKeys()
    .filter((k) => k.startsWith(RECORD_PREFIX))
    .map((k) => loadMock(k.slice(RECORD_PREFIX.length)))
    .filter((r): r is MockRecord => r !== undefined)
    .sort((a, b) => b.createdAt - a.createdAt);
  for (const old of records.slice(MAX_MOCKS)) removeValue(recordKey(old.id));
  return records.slice(0, MAX_MOCKS);
}

export function loadMockSettings(): MockSettings {
  return readValue(SETTINGS_KEY, settingsSchema) ?? settingsSchema.parse({});
}
export function saveMockSettings(settings: MockSettings) {
  writeValue(SETTINGS_KEY, settings);
}

export function loadConceptPractice(id: string): ConceptPractice {
  return readValue(conceptKey(id), conceptSchema) ?? conceptSchema.parse({});
}
export function saveConceptAnswer(id: string, answer: string) {
  const current = loadConceptPractice(id);
  writeValue(conceptKey(id), { ...current, answer, updatedAt: Date.now() });
}
export function recordConceptReview(id: string, review: ConceptPractice['reviews'][number]): ConceptPractice {
  const current = loadConceptPractice(id);
  const next = { ...current, reviews: [review, ...current.reviews].slice(0, MAX_REVIEWS) };
  writeValue(conceptKey(id), next);
  return next;
}
/** Every concept question with saved work, by id. */
export function allConceptPractice(): Record<string, ConceptPractice> {
  return Object.fromEntries(
    listKeys()
      .filter((k) => k.startsWith(CONCEPT_PREFIX))
      .map((k) => [k.slice(CONCEPT_PREFIX.length), loadConceptPractice(k.slice(CONCEPT_PREFIX.length))]),
  );
}

/** The catalog's mark for a concept question: solved once a review explained every key point. */
export function conceptMark(id: string): 'not-started' | 'attempted' | 'accepted' {
  const practice = loadConceptPractice(id);
  if (practice.reviews.some((r) => r.total > 0 && r.met === r.total)) return 'accepted';
  return practice.answer.trim() || practice.reviews.length > 0 ? 'attempted' : 'not-started';
}
