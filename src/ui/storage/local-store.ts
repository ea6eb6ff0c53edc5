import { z } from 'zod';

/**
 * Everything the user makes is kept in localStorage under versioned keys, validated on load.
 * A value that fails validation is never dropped silently: it is moved aside under a
 * "corrupt" key and reported, so it can still be recovered by hand or from an export.
 */
const PREFIX = 'techscreen:v1:';
const CORRUPT_PREFIX = 'techscreen:corrupt:';

export type StoreNotice = { key: string; message: string };
const notices: StoreNotice[] = [];
const noticeListeners = new Set<() => void>();

/** Problems found while reading saved data, for the app to show once. */
export function takeStoreNotices(): StoreNotice[] {
  return notices.splice(0, notices.length);
}
export function onStoreNotice(listener: () => void): () => void {
  noticeListeners.add(listener);
  return () => noticeListeners.delete(listener);
}
function notify(key: string, message: string) {
  notices.push({ key, message });
  noticeListeners.forEach((l) => l());
}

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

/** Reads and validates one key; a corrupt value is set aside with a notice. */
export function readValue<T extends z.ZodType>(key: string, schema: T): z.output<T> | undefined {
  const store = storage();
  const raw = store?.getItem(PREFIX + key);
  if (raw == null) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    parsed = Symbol('invalid');
  }
  const result = schema.safeParse(parsed);
  if (result.success) return result.data;
  const aside = `${CORRUPT_PREFIX}${Date.now()}:${key}`;
  try {
    store?.setItem(aside, raw);
    store?.removeItem(PREFIX + key);
  } catch {
    /* storage full: leave it where it is */
  }
  notify(key, `Saved data for "${key}" could not be read, so it was set aside (as "${aside}") instead of being used.`);
  return undefined;
}

/** Writes one key; reports (once) if the browser refuses, e.g. storage is full or disabled. */
export function writeValue(key: string, value: unknown): boolean {
  try {
    const store = storage();
    if (!store) throw new Error('no storage');
    store.setItem(PREFIX + key, JSON.stringify(value));
    return true;
  } catch {
    if (!notices.some((n) => n.key === '*write')) notify('*write', 'Your browser refused to save work locally (storage full or disabled). Export your progress to keep it.');
    return false;
  }
}

export function removeValue(key: string) {
  storage()?.removeItem(PREFIX + key);
}

/** All keys of this app's current version, without the prefix. */
export function listKeys(): string[] {
  const store = storage();
  if (!store) return [];
  const keys: string[] = [];
  for (let i = 0; i < store.length; i++) {
    const k = store.key(i);
    if (k?.startsWith(PREFIX)) keys.push(k.slice(PREFIX.length));
  }
  return keys.sort();
}

/** Every saved value, for export. */
export function exportAll(): { app: 'techscreen'; version: 1; exportedAt: string; data: Record<string, unknown> } {
  const data: Record<string, unknown> = {};
  const store = storage();
  for (const key of listKeys()) {
    try {
      data[key] = JSON.parse(store?.getItem(PREFIX + key) ?? 'null');
    } catch {
      /* skip unreadable */
    }
  }
  return { app: 'techscreen', version: 1, exportedAt: new Date().toISOString(), data };
}

const exportFile = z.object({ app: z.literal('techscreen'), version: z.literal(1), data: z.record(z.string(), z.unknown()) });

/** Restores an export. Values are validated again when they are read. */
export function importAll(text: string): { ok: true; count: number } | { ok: false; message: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, message: `That file is not JSON: ${(e as Error).message}` };
  }
  const parsed = exportFile.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, message: `That file is not a Techscreen export (${issue.path.join('.') || 'file'}: ${issue.message}).` };
  }
  let count = 0;
  for (const [key, value] of Object.entries(parsed.data.data)) if (writeValue(key, value)) count++;
  return { ok: true, count };
}
