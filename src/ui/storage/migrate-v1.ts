import { STORE_VERSION, readRecord, type AsideEntry, type Envelope } from './schemas';

/** How the first version kept data: one localStorage key per record, values without an envelope. */
const V1_PREFIX = 'techscreen:v1:';
const V1_CORRUPT_PREFIX = 'techscreen:corrupt:';
/** Set once the v1 records were copied, so they are not copied again over newer work. */
export const V1_MIGRATED_FLAG = 'techscreen:v1-migrated';
/**
 * Keys under the v1 prefix that never held user work: earlier builds kept their build marker there, and
 * reading it as a record made every second visit warn of damaged data.
 */
export const V1_NOT_RECORDS = new Set(['app-build']);

export type Converted = { ok: true; key: string; envelope: Envelope } | { ok: false; key: string; reason: string };

/** One v1 record in today's shape, validated; "design:<id>:replaced" becomes a kept version. */
export function convertV1(key: string, value: unknown): Converted {
  const updatedAt = typeof (value as { updatedAt?: unknown })?.updatedAt === 'number' ? (value as { updatedAt: number }).updatedAt : 0;
  const strip = (v: unknown) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
    const { updatedAt: _drop, ...rest } = v as Record<string, unknown>;
    return rest;
  };
  let target = key;
  let inner: unknown = key.startsWith('draft:') || key.startsWith('design:') ? strip(value) : value;
  const replaced = /^design:([a-z0-9-]+):replaced$/.exec(key);
  if (replaced) {
    target = `kept:design:${replaced[1]}:v1`;
    inner = { source: 'own-draft', label: 'Your draft from before a shared link was opened (older version of the app)', at: updatedAt, value: strip(value) };
  }
  const envelope = { v: STORE_VERSION, updatedAt, writer: 'migrated-v1', value: inner };
  const read = readRecord(target, envelope);
  return read.ok ? { ok: true, key: target, envelope: read.envelope } : { ok: false, key, reason: read.reason };
}

/**
 * Reads every v1 record from localStorage. Records that do not validate, and the ones v1 had already
 * set aside, come back as set-aside entries: the user keeps them in the export.
 */
export function readV1(ls: Storage | undefined): { records: { key: string; envelope: Envelope }[]; aside: AsideEntry[]; already: boolean } {
  const records: { key: string; envelope: Envelope }[] = [];
  const aside: AsideEntry[] = [];
  if (!ls) return { records, aside, already: false };
  try {
    if (ls.getItem(V1_MIGRATED_FLAG)) return { records, aside, already: true };
    for (let i = 0; i < ls.length; i++) {
      const k = ls.key(i);
      if (!k) continue;
      const text = ls.getItem(k) ?? '';
      if (k.startsWith(V1_PREFIX)) {
        const key = k.slice(V1_PREFIX.length);
        if (V1_NOT_RECORDS.has(key)) continue;
        let value: unknown;
        try {
          value = JSON.parse(text);
        } catch {
          aside.push({ id: `v1-${i}`, key, raw: text, reason: 'not valid JSON (saved by an older version of the app)', at: Date.now() });
          continue;
        }
        const converted = convertV1(key, value);
        if (converted.ok) records.push(converted);
        else aside.push({ id: `v1-${i}`, key, raw: text, reason: `${converted.reason} (saved by an older version of the app)`, at: Date.now() });
      } else if (k.startsWith(V1_CORRUPT_PREFIX)) {
        const key = k.slice(V1_CORRUPT_PREFIX.length).replace(/^\d+:/, '');
        aside.push({ id: `v1c-${i}`, key, raw: text, reason: 'set aside by an older version of the app: it could not be read', at: Date.now() });
      }
    }
  } catch {
    /* localStorage unreadable: nothing to migrate */
  }
  return { records, aside, already: false };
}

/** Marks the v1 records as copied; they stay in localStorage untouched, as a last copy. */
export function markV1Migrated(ls: Storage | undefined) {
  try {
    ls?.setItem(V1_MIGRATED_FLAG, String(Date.now()));
  } catch {
    /* full: migration runs again next time, which only re-copies older records */
  }
}
