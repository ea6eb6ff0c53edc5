/**
 * Everything the mock screen, the concept pages and the progress page save, in one module on top of
 * the shared local store (validated on read, included in export/import), so it can move with the
 * storage layer in one place.
 */
import { mockRecord, type MockRecord } from '../../mock/record';
import { getStore } from '../storage/store';
import { activeMockSchema, conceptPracticeSchema, mockSettingsSchema, type ConceptPractice, type MockSettings } from '../storage/mock-schemas';

export type { ConceptPractice, MockSettings } from '../storage/mock-schemas';

const ACTIVE_KEY = 'mock:active';
const SETTINGS_KEY = 'mock:settings';
const RECORD_PREFIX = 'mock:record:';
const recordKey = (id: string) => `${RECORD_PREFIX}${id}`;
const CONCEPT_PREFIX = 'concept:';
const conceptKey = (id: string) => `${CONCEPT_PREFIX}${id}`;

/** The store validated every record on load (schemas.ts); this re-check only narrows the type. */
function readValue<T>(key: string, schema: { safeParse(v: unknown): { success: true; data: T } | { success: false } }): T | undefined {
  const value = getStore().value(key);
  if (value === undefined) return undefined;
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}
const writeValue = (key: string, value: unknown): boolean => getStore().put(key, value) !== undefined;
const removeValue = (key: string) => getStore().remove(key);
const listKeys = (prefix: string) => getStore().keys(prefix);

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
  return readValue(ACTIVE_KEY, activeMockSchema)?.id;
}
export function setActiveMock(id: string | undefined) {
  if (id) writeValue(ACTIVE_KEY, { id });
  else removeValue(ACTIVE_KEY);
}

/** Every saved mock, newest first; the oldest beyond the cap are removed. */
export function listMocks(): MockRecord[] {
  const records = listKeys(RECORD_PREFIX)
    .map((k) => loadMock(k.slice(RECORD_PREFIX.length)))
    .filter((r): r is MockRecord => r !== undefined)
    .sort((a, b) => b.createdAt - a.createdAt);
  for (const old of records.slice(MAX_MOCKS)) removeValue(recordKey(old.id));
  return records.slice(0, MAX_MOCKS);
}

export function loadMockSettings(): MockSettings {
  return readValue(SETTINGS_KEY, mockSettingsSchema) ?? mockSettingsSchema.parse({});
}
export function saveMockSettings(settings: MockSettings) {
  writeValue(SETTINGS_KEY, settings);
}

export function loadConceptPractice(id: string): ConceptPractice {
  return readValue(conceptKey(id), conceptPracticeSchema) ?? conceptPracticeSchema.parse({});
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
    listKeys(CONCEPT_PREFIX)
      .map((k) => [k.slice(CONCEPT_PREFIX.length), loadConceptPractice(k.slice(CONCEPT_PREFIX.length))]),
  );
}
