import { z } from 'zod';
import { convertV1 } from './migrate-v1';
import { keepVersion } from './kept-versions';
import { getStore, type Store } from './store';
import { LIMITS, STORE_VERSION, describeIssue, findForbiddenKey, importBackupSchema, parseKey, readRecord, shorten, type Envelope, type KeyInfo, type ProblemState } from './schemas';

/** Past these sizes a file is refused before it is parsed or applied. */
export const IMPORT_LIMITS = { fileChars: 20_000_000, records: 10_000, recordChars: 1_000_000 } as const;
const BACKUP_KEY = 'meta:import-backup';

export type PlannedChange = { key: string; kind: 'add' | 'replace' | 'merge'; label: string; value: unknown; updatedAt: number };
export type Skipped = { key: string; reason: string };
export type ImportPlan =
  | { ok: true; changes: PlannedChange[]; unchanged: number; skipped: Skipped[]; asideInFile: number; summary: string }
  | { ok: false; message: string };

const fileV1 = z.object({ app: z.literal('techscreen'), version: z.literal(1), data: z.record(z.string(), z.unknown()) });
const fileV2 = z.object({
  app: z.literal('techscreen'),
  version: z.literal(2),
  records: z.record(z.string(), z.object({ updatedAt: z.number(), value: z.unknown() })),
  aside: z.array(z.unknown()).optional(),
});

const LANG = { javascript: 'JavaScript', typescript: 'TypeScript', python: 'Pseudocode (Python-style)' } as const;
function labelOf(info: KeyInfo, title: (id: string) => string): string {
  switch (info.kind) {
    case 'draft':
      return `${title(info.problemId)}: ${LANG[info.language]} draft`;
    case 'problem':
      return `${title(info.problemId)}: progress (attempts, hints)`;
    case 'design':
      return `${title(info.problemId)}: design draft`;
    case 'kept':
      return `${title(info.problemId)}: a kept version`;
    case 'settings':
      return 'Settings';
    case 'import-backup':
      return 'Import backup';
    case 'mock-active':
      return 'The mock screen in progress';
    case 'mock-settings':
      return 'Mock screen settings';
    case 'mock-record':
      return `Mock screen ${info.mockId}`;
    case 'concept':
      return `${title(info.problemId)}: concept answer`;
    case 'story':
      return `A story from your story bank (${info.storyId})`;
    case 'principle':
      return `Leadership principle practice: ${info.principleId.replace(/-/g, ' ')}`;
    case 'answer':
      return `${title(info.problemId)}: answers`;
  }
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Attempts from both sides (each once), newest first; hints and "solution shown" as far as either got. */
export function mergeProblemState(local: ProblemState, incoming: ProblemState): ProblemState {
  const seen = new Set<string>();
  const attempts = [...local.attempts, ...incoming.attempts]
    .filter((a) => {
      const id = JSON.stringify([a.at, a.mode, a.verdict, a.passed, a.total, a.language]);
      return !seen.has(id) && (seen.add(id), true);
    })
    .sort((a, b) => b.at - a.at)
    .slice(0, LIMITS.attempts);
  return {
    language: local.language,
    attempts,
    hintsShown: Math.max(local.hintsShown, incoming.hintsShown),
    solutionShown: local.solutionShown || incoming.solutionShown,
    complexityNote: local.complexityNote || incoming.complexityNote,
  };
}

/**
 * Reads a whole export file and says what importing it would change, touching nothing. Every record is
 * checked (key, known problem id, size, schema, no prototype keys); one that fails is skipped with its
 * reason, never written over good local data. Progress (attempts) is merged, never replaced.
 */
export function planImport(text: string, knownIds: ReadonlySet<string>, title: (id: string) => string = (id) => id, store: Store = getStore()): ImportPlan {
  if (text.length > IMPORT_LIMITS.fileChars) return { ok: false, message: `That file is too large to import (${(text.length / 1e6).toFixed(1)} MB; the limit is ${IMPORT_LIMITS.fileChars / 1e6} MB). Nothing was changed.` };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, message: `That file is not JSON (${(e as Error).message}). Nothing was changed.` };
  }
  const version = (json as { version?: unknown } | null)?.version;
  // Prototype names are taken out before zod sees the file (a record schema would drop them without a word).
  const early: Skipped[] = [];
  const holder = json as Record<string, unknown> | null;
  const field = version === 1 ? 'data' : 'records';
  if (holder && typeof holder[field] === 'object' && holder[field] !== null && !Array.isArray(holder[field])) {
    const clean: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(holder[field] as Record<string, unknown>)) {
      if (findForbiddenKey({ [k]: null })) early.push({ key: k, reason: `"${k}" is not a name Techscreen ever saves` });
      else clean[k] = v;
    }
    json = { ...holder, [field]: clean };
  }
  let entries: [string, unknown, number][];
  let asideInFile = 0;
  if (version === 1) {
    const parsed = fileV1.safeParse(json);
    if (!parsed.success) return { ok: false, message: `That file is not a Techscreen export (${describeIssue(parsed.error)}). Nothing was changed.` };
    entries = Object.entries(parsed.data.data).map(([k, v]) => [k, v, 0]);
  } else {
    const parsed = fileV2.safeParse(json);
    if (!parsed.success) {
      const hint = version !== undefined && version !== 2 ? ` It says version ${shorten(String(version), 20)}; this app reads versions 1 and 2.` : '';
      return { ok: false, message: `That file is not a Techscreen export (${describeIssue(parsed.error)}).${hint} Nothing was changed.` };
    }
    entries = Object.entries(parsed.data.records).map(([k, r]) => [k, r.value, r.updatedAt]);
    asideInFile = parsed.data.aside?.length ?? 0;
  }
  if (entries.length === 0 && early.length === 0) return { ok: false, message: 'That file holds no saved records, so there is nothing to import. Nothing was changed.' };
  if (entries.length > IMPORT_LIMITS.records) return { ok: false, message: `That file holds ${entries.length.toLocaleString('en-US')} records; the limit is ${IMPORT_LIMITS.records.toLocaleString('en-US')}. Nothing was changed.` };

  const changes: PlannedChange[] = [];
  const skipped: Skipped[] = [...early];
  let unchanged = 0;
  for (const [key, value, updatedAt] of entries) {
    const skip = (reason: string) => skipped.push({ key: shorten(key), reason });
    if (key.length > LIMITS.keyChars) {
      skip(`the key is ${key.length.toLocaleString('en-US')} characters long (the limit is ${LIMITS.keyChars})`);
      continue;
    }
    let envelope: Envelope;
    let target = key;
    if (version === 1) {
      const converted = convertV1(key, value);
      if (!converted.ok) {
        skip(parseKey(key) || /:replaced$/.test(key) ? `damaged: ${converted.reason}` : converted.reason);
        continue;
      }
      target = converted.key;
      envelope = converted.envelope;
    } else {
      const size = JSON.stringify(value)?.length ?? 0;
      if (size > IMPORT_LIMITS.recordChars) {
        skip(`the record is ${(size / 1e6).toFixed(1)} MB (the limit is ${IMPORT_LIMITS.recordChars / 1e6} MB per record)`);
        continue;
      }
      const read = readRecord(key, { v: STORE_VERSION, updatedAt, writer: 'import', value });
      if (!read.ok) {
        skip(parseKey(key) ? `damaged: ${read.reason}` : read.reason);
        continue;
      }
      envelope = read.envelope;
    }
    const info = parseKey(target)!;
    if (info.kind === 'import-backup') {
      skip('an import backup is never imported');
      continue;
    }
    if ('problemId' in info && !knownIds.has(info.problemId)) {
      skip(`there is no problem "${shorten(info.problemId, 40)}" in this app's catalog`);
      continue;
    }
    const local = store.get(target);
    let next = envelope.value;
    let kind: PlannedChange['kind'] = local ? 'replace' : 'add';
    if (local && info.kind === 'problem') {
      next = mergeProblemState(local.value as ProblemState, envelope.value as ProblemState);
      kind = 'merge';
    }
    if (local && same(local.value, next)) {
      unchanged++;
      continue;
    }
    changes.push({ key: target, kind, label: labelOf(info, title), value: next, updatedAt: envelope.updatedAt });
  }
  const n = (k: PlannedChange['kind']) => changes.filter((c) => c.kind === k).length;
  const parts = [`${n('replace')} will be replaced`, `${n('add')} added`, `${n('merge')} merged (attempt history combined)`, `${unchanged} already the same`];
  let summary = `${parts.join(', ')}, ${skipped.length} record${skipped.length === 1 ? '' : 's'} skipped`;
  summary += skipped.length ? `: ${skipped.slice(0, 5).map((s) => `${s.key} (${s.reason})`).join('; ')}${skipped.length > 5 ? `; and ${skipped.length - 5} more` : ''}.` : '.';
  if (asideInFile) summary += ` The file also holds ${asideInFile} record${asideInFile === 1 ? '' : 's'} that could not be read where it was exported; they stay in the file and are not imported.`;
  return { ok: true, changes, unchanged, skipped, asideInFile, summary };
}

/**
 * Applies a plan the user confirmed. First a backup of everything it touches is saved, so "Undo import"
 * can put it back; a draft it replaces is also kept as a version of its own.
 */
export function applyImport(plan: Extract<ImportPlan, { ok: true }>, store: Store = getStore()): { applied: number } {
  const previous: Record<string, unknown> = {};
  for (const c of plan.changes) previous[c.key] = store.get(c.key) ?? null;
  const keptKeys: string[] = [];
  for (const c of plan.changes) {
    const local = store.get(c.key);
    const info = parseKey(c.key);
    if (c.kind === 'replace' && local && (info?.kind === 'draft' || info?.kind === 'design')) {
      const kept = keepVersion(c.key, 'before-import', `Your ${info.kind === 'draft' ? 'code' : 'draft'} before the import of ${new Date().toLocaleString()}`, local.value as { code: string });
      keptKeys.push(kept.key);
    }
  }
  for (const k of keptKeys) if (!(k in previous)) previous[k] = null;
  store.put(BACKUP_KEY, { at: Date.now(), previous });
  for (const c of plan.changes) store.put(c.key, c.value, 'import');
  return { applied: plan.changes.length };
}

/** When the last import was applied, if it can still be undone. */
export function importBackupAt(store: Store = getStore()): number | undefined {
  return store.value<{ at: number }>(BACKUP_KEY)?.at;
}

/** Puts back everything the last import changed, exactly as it was. */
export function undoImport(store: Store = getStore()): { ok: true; restored: number } | { ok: false; message: string } {
  const backup = importBackupSchema.safeParse(store.value(BACKUP_KEY));
  if (!backup.success) return { ok: false, message: 'There is no import to undo.' };
  let restored = 0;
  for (const [key, prev] of Object.entries(backup.data.previous)) {
    if (prev === null) store.remove(key, 'import');
    else {
      const env = prev as Envelope;
      store.put(key, env.value, 'import');
    }
    restored++;
  }
  store.remove(BACKUP_KEY);
  return { ok: true, restored };
}
