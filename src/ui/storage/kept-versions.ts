import { getStore } from './store';
import { LIMITS, type DesignDraft, type KeptSource, type KeptVersion } from './schemas';

/** A version of a draft kept beside the current one: another tab's, a shared link's, the user's own before a link. */
export type KeptEntry = KeptVersion & { key: string };
type Value = { code: string } | DesignDraft;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
let counter = 0;

/** The kept versions of one item ("draft:<id>:<lang>" or "design:<id>"), newest first. */
export function listKept(item: string): KeptEntry[] {
  const store = getStore();
  return store
    .keys(`kept:${item}:`)
    .map((key) => ({ key, ...store.value<KeptVersion>(key)! }))
    .sort((a, b) => b.at - a.at);
}

/**
 * Keeps a version unless an identical one is already kept. Past the cap the oldest version that is not
 * the user's own draft makes room, so the user's own work is the last thing ever pushed out.
 */
export function keepVersion(item: string, source: KeptSource, label: string, value: Value, options: { pending?: boolean } = {}): KeptEntry {
  const existing = listKept(item).find((k) => same(k.value, value));
  if (existing) {
    if (options.pending && !existing.pending) setPending(existing.key, true);
    return existing;
  }
  const at = Date.now();
  const key = `kept:${item}:${at.toString(36)}${(counter++ % 1296).toString(36).padStart(2, '0')}`;
  const version: KeptVersion = { source, label, at, value, ...(options.pending ? { pending: true } : {}) };
  getStore().put(key, version);
  const all = listKept(item);
  if (all.length > LIMITS.keptPerItem) {
    const victim = [...all].reverse().find((k) => k.source !== 'own-draft') ?? all[all.length - 1];
    getStore().remove(victim.key);
  }
  return { key, ...version };
}

export function removeKept(key: string) {
  getStore().remove(key);
}

/** Marks a kept version as still waiting for the user's decision (or no longer). */
export function setPending(key: string, pending: boolean) {
  const version = getStore().value<KeptVersion>(key);
  if (!version || !!version.pending === pending) return;
  const { pending: _old, ...rest } = version;
  getStore().put(key, pending ? { ...rest, pending: true } : rest);
}

/** Other tabs' versions of an item the user has not decided about, newest first. */
export function pendingFromOtherTabs(item: string): KeptEntry[] {
  return listKept(item).filter((k) => k.source === 'other-tab' && k.pending);
}

/** The user's own most recent draft kept before a shared link replaced it, if any. */
export function latestOwnDraft(item: string): KeptEntry | undefined {
  return listKept(item).find((k) => k.source === 'own-draft');
}
