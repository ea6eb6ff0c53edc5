import { IndexedDbBackend, LocalStorageBackend, MemoryBackend, type StorageBackend } from './backends';
import { V1_NOT_RECORDS, markV1Migrated, readV1 } from './migrate-v1';
import { STORE_VERSION, asideSchema, parseKey, readRecord, schemaFor, describeIssue, describeKey, type AsideEntry, type Envelope } from './schemas';

/** Who caused a change: this tab, another tab of the app, or an import the user confirmed. */
export type Origin = 'local' | 'remote' | 'import';
export type Change = { key: string; envelope: Envelope | undefined; origin: Origin };
export type StoreNotice = { id: string; kind: 'aside' | 'write' | 'migrated' | 'backend' | 'tab'; message: string };

/** The file `exportAll` writes and the import reads (version 1 files are read too). */
export type ExportFile = {
  app: 'techscreen';
  version: 2;
  exportedAt: string;
  records: Record<string, { updatedAt: number; value: unknown }>;
  aside: AsideEntry[];
  /** Keys whose latest value the browser refused to save: they are in this file all the same. */
  unsaved: string[];
};

type TabMessage = { from: string; key: string; envelope: Envelope | null };
const CHANNEL = 'techscreen-store';
const PING_KEY = 'techscreen:tab-message';
/**
 * Writes not yet confirmed by the backend when the page is hidden or unloaded, copied synchronously to
 * localStorage (one key per tab): an IndexedDB write started while a page reloads may never finish.
 */
export const JOURNAL_PREFIX = 'techscreen:journal:';
type Journal = { at: number; entries: [string, Envelope][] };

const randomId = () => Math.random().toString(36).slice(2, 10) + Date.now().toString(36);

/**
 * Every saved record, held in memory and persisted to a backend (IndexedDB, else localStorage).
 * Reads are synchronous from memory, so pages render at once; every record is validated when it is
 * loaded, and one that cannot be read is set aside — kept beside the good data, never over it.
 * A write the browser refuses leaves the value in memory (and in the export) with a notice.
 */
export class Store {
  readonly writer = randomId();
  private records = new Map<string, Envelope>();
  private asideEntries: AsideEntry[] = [];
  private unsavedKeys = new Set<string>();
  private noticeList: StoreNotice[] = [];
  private listeners = new Set<(change: Change) => void>();
  private noticeListeners = new Set<() => void>();
  private flushers = new Set<() => void>();
  private chain: Promise<void> = Promise.resolve();
  /** Writes issued but not yet confirmed by the backend: what a journal must hold if the page goes now. */
  private unconfirmed = new Map<string, Envelope>();
  private channel: { post(m: TabMessage): void; close(): void } | undefined;
  /** Whether the browser agreed to keep this site's data under storage pressure (undefined: not asked). */
  persisted: boolean | undefined;

  constructor(readonly backend: StorageBackend) {}

  /** Loads and validates everything; copies version-1 records from localStorage once. */
  async load(v1Source?: Storage): Promise<void> {
    const { records, aside } = await this.backend.loadAll();
    for (const entry of aside) {
      // Set aside by an earlier build that read its own build marker as a record: not user data.
      if (V1_NOT_RECORDS.has((entry as { key?: unknown })?.key as string)) continue;
      const parsed = asideSchema.safeParse(entry);
      this.asideEntries.push(parsed.success ? parsed.data : { id: randomId(), key: '?', raw: safeJson(entry), reason: 'damaged set-aside entry', at: 0 });
    }
    const fresh: AsideEntry[] = [];
    for (const { key, raw } of records) {
      const read = readRecord(key, raw);
      if (read.ok) this.records.set(key, read.envelope);
      else fresh.push({ id: randomId(), key, raw: rawText(raw), reason: read.reason, at: Date.now() });
    }
    for (const entry of fresh) await this.setAside(entry, true);
    await this.replayJournals(v1Source);

    const v1 = readV1(v1Source);
    let copied = 0;
    for (const { key, envelope } of v1.records) {
      const existing = this.records.get(key);
      if (existing && existing.updatedAt >= envelope.updatedAt) continue;
      this.records.set(key, envelope);
      this.persist(key, envelope);
      copied++;
    }
    for (const entry of v1.aside) await this.setAside(entry, false);
    if (!v1.already && (v1.records.length > 0 || v1.aside.length > 0)) {
      await this.chain;
      if (this.unsavedKeys.size === 0) markV1Migrated(v1Source);
      const unreadable = v1.aside.length ? `${v1.aside.length} could not be read and ${v1.aside.length === 1 ? 'is' : 'are'} kept aside (included when you export your progress)` : '';
      this.notice(
        'migrated',
        copied > 0
          ? `Moved ${copied} saved item${copied === 1 ? '' : 's'} from an older version of this app${unreadable ? `; ${unreadable}` : ''}. The old copy is left in place.`
          : `Found saved work from an older version of this app: ${unreadable}. The old copy is left in place.`,
      );
    }
    if (fresh.length + v1.aside.length > 0) {
      const n = fresh.length + v1.aside.length;
      this.notice('aside', `${n} saved record${n === 1 ? '' : 's'} could not be read (${[...fresh, ...v1.aside].slice(0, 3).map((e) => `${describeKey(e.key)}: ${e.reason}`).join('; ')}). ${n === 1 ? 'It is' : 'They are'} kept aside, untouched, and included when you export your progress.`);
    }
  }

  /**
   * Applies what a page left in its journal when it was hidden or unloaded before its writes finished
   * (a quick reload): each entry newer than the saved record wins, is persisted, and the journal removed.
   */
  private async replayJournals(ls: Storage | undefined) {
    if (!ls) return;
    const found: string[] = [];
    try {
      for (let i = 0; i < ls.length; i++) {
        const k = ls.key(i);
        if (k?.startsWith(JOURNAL_PREFIX)) found.push(k);
      }
    } catch {
      return;
    }
    for (const k of found) {
      let journal: Journal | undefined;
      try {
        journal = JSON.parse(ls.getItem(k) ?? 'null') as Journal;
      } catch {
        journal = undefined;
      }
      for (const [key, raw] of Array.isArray(journal?.entries) ? journal.entries : []) {
        const read = readRecord(String(key), raw);
        if (!read.ok) continue; // the backend still holds the last confirmed copy
        const existing = this.records.get(String(key));
        if (existing && existing.updatedAt >= read.envelope.updatedAt) continue;
        this.records.set(String(key), read.envelope);
        this.persist(String(key), read.envelope);
      }
    }
    await this.chain;
    if (this.unsavedKeys.size > 0) return; // keep the journals until their entries are safely stored
    for (const k of found) {
      try {
        ls.removeItem(k);
      } catch {
        /* removed next time */
      }
    }
  }

  /**
   * Saves every page's pending edits now and, if some writes are still on their way to the backend,
   * copies them synchronously to this tab's journal. Called when the page is hidden or unloaded.
   */
  saveBeforeLeaving(ls: Storage | undefined = safeLocalStorage()) {
    this.flushPending();
    if (!ls) return;
    const journalKey = JOURNAL_PREFIX + this.writer;
    try {
      if (this.unconfirmed.size === 0) ls.removeItem(journalKey);
      else ls.setItem(journalKey, JSON.stringify({ at: Date.now(), entries: [...this.unconfirmed] } satisfies Journal));
    } catch {
      /* full: the backend write may still finish */
    }
  }

  /** Saves pending edits whenever the page is hidden (tab switch, phone lock) or unloaded (reload, close). */
  watchPageLifecycle(): () => void {
    if (typeof addEventListener === 'undefined' || typeof document === 'undefined') return () => undefined;
    const onHide = () => this.saveBeforeLeaving();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') this.saveBeforeLeaving();
    };
    addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }

  /** Moves an unreadable record beside the good data; the unreadable copy leaves the main store only once it is safe aside. */
  private async setAside(entry: AsideEntry, removeOriginal: boolean) {
    this.asideEntries.push(entry);
    try {
      await this.backend.putAside(entry);
      if (removeOriginal) await this.backend.remove(entry.key);
    } catch {
      /* could not move it: it stays where it was and is set aside again next time */
    }
  }

  get(key: string): Envelope | undefined {
    return this.records.get(key);
  }
  value<T>(key: string): T | undefined {
    return this.records.get(key)?.value as T | undefined;
  }
  keys(prefix = ''): string[] {
    return [...this.records.keys()].filter((k) => k.startsWith(prefix)).sort();
  }
  /** Records set aside because they could not be read, optionally only those of one problem. */
  aside(problemId?: string): AsideEntry[] {
    if (!problemId) return [...this.asideEntries];
    return this.asideEntries.filter((e) => {
      const info = parseKey(e.key);
      return info && 'problemId' in info ? info.problemId === problemId : e.key.includes(`:${problemId}`);
    });
  }
  /** Keys whose latest value is only in memory because the browser refused to save it. */
  unsaved(): string[] {
    return [...this.unsavedKeys];
  }

  /** Saves a value (validated first); the returned envelope is in memory at once and persisted in order. */
  put(key: string, value: unknown, origin: Origin = 'local', updatedAt?: number): Envelope | undefined {
    const info = parseKey(key);
    const parsed = info && schemaFor(info).safeParse(value);
    if (!info || !parsed) {
      this.notice('write', `Could not save "${key}": not a kind of record this app keeps.`);
      return undefined;
    }
    if (!parsed.success) {
      this.notice('write', `Could not save "${key}": ${describeIssue(parsed.error)}.`);
      return undefined;
    }
    const previous = this.records.get(key)?.updatedAt ?? 0;
    const envelope: Envelope = { v: STORE_VERSION, updatedAt: updatedAt ?? Math.max(Date.now(), previous + 1), writer: this.writer, value: parsed.data };
    this.records.set(key, envelope);
    this.persist(key, envelope);
    this.emit({ key, envelope, origin });
    this.channel?.post({ from: this.writer, key, envelope });
    return envelope;
  }

  remove(key: string, origin: Origin = 'local') {
    if (!this.records.has(key)) return;
    this.records.delete(key);
    this.persist(key, undefined);
    this.emit({ key, envelope: undefined, origin });
    this.channel?.post({ from: this.writer, key, envelope: null });
  }

  /** Writes in call order; a refused write keeps the value in memory and says so once. */
  private persist(key: string, envelope: Envelope | undefined) {
    if (envelope) this.unconfirmed.set(key, envelope);
    else this.unconfirmed.delete(key);
    this.chain = this.chain.then(async () => {
      try {
        if (envelope) await this.backend.put(key, envelope);
        else await this.backend.remove(key);
        if (envelope && this.unconfirmed.get(key) === envelope) this.unconfirmed.delete(key);
        this.unsavedKeys.delete(key);
        if (this.unsavedKeys.size === 0) this.clearNotice('write');
      } catch (e) {
        this.unsavedKeys.add(key);
        const why = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
        this.notice(
          'write',
          `Your browser refused to save your work (${why}). Your latest changes are kept in this tab only: use “Export progress” now — the file includes them — then free some space (other sites' data, other tabs) and keep this tab open until saving works again.`,
        );
      }
    });
  }

  /** Resolves when every write issued so far has been tried. */
  settled(): Promise<void> {
    return this.chain;
  }

  subscribe(listener: (change: Change) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  private emit(change: Change) {
    for (const l of [...this.listeners]) l(change);
  }

  /** Pages register a function that writes their pending edits, called before an export. */
  registerFlusher(flush: () => void): () => void {
    this.flushers.add(flush);
    return () => this.flushers.delete(flush);
  }
  flushPending() {
    for (const f of [...this.flushers]) f();
  }

  notices(): StoreNotice[] {
    return [...this.noticeList];
  }
  onNotice(listener: () => void): () => void {
    this.noticeListeners.add(listener);
    return () => this.noticeListeners.delete(listener);
  }
  /** One notice per kind at a time: a later one of the same kind replaces it. */
  notice(kind: StoreNotice['kind'], message: string) {
    this.noticeList = [...this.noticeList.filter((n) => n.kind !== kind), { id: randomId(), kind, message }];
    this.noticeListeners.forEach((l) => l());
  }
  clearNotice(kind: StoreNotice['kind']) {
    if (!this.noticeList.some((n) => n.kind === kind)) return;
    this.noticeList = this.noticeList.filter((n) => n.kind !== kind);
    this.noticeListeners.forEach((l) => l());
  }

  /** Every record (including those not yet saved) and every set-aside entry, as one file. */
  exportAll(): ExportFile {
    this.flushPending();
    const records: ExportFile['records'] = {};
    for (const [key, env] of [...this.records].sort(([a], [b]) => a.localeCompare(b))) {
      if (key === 'meta:import-backup') continue;
      records[key] = { updatedAt: env.updatedAt, value: env.value };
    }
    return { app: 'techscreen', version: 2, exportedAt: new Date().toISOString(), records, aside: this.aside(), unsaved: this.unsaved() };
  }

  /** Hears the other tabs' saves (BroadcastChannel; `storage` events where it is missing). */
  connectTabs() {
    const receive = (m: TabMessage) => {
      if (!m || m.from === this.writer || typeof m.key !== 'string') return;
      if (m.envelope === null) {
        if (!this.records.has(m.key)) return;
        this.records.delete(m.key);
        return this.emit({ key: m.key, envelope: undefined, origin: 'remote' });
      }
      // Another tab may run another version of the app: its records are validated like any other.
      const read = readRecord(m.key, m.envelope);
      if (!read.ok) return this.notice('tab', `Another tab saved "${m.key}" in a form this tab cannot read (${read.reason}); this tab keeps its own copy.`);
      const current = this.records.get(m.key);
      if (current && current.updatedAt === read.envelope.updatedAt && current.writer === read.envelope.writer) return;
      this.records.set(m.key, read.envelope);
      this.emit({ key: m.key, envelope: read.envelope, origin: 'remote' });
    };
    if (typeof BroadcastChannel !== 'undefined') {
      const bc = new BroadcastChannel(CHANNEL);
      bc.onmessage = (e: MessageEvent<TabMessage>) => receive(e.data);
      this.channel = { post: (m) => bc.postMessage(m), close: () => bc.close() };
    } else if (typeof addEventListener !== 'undefined' && typeof localStorage !== 'undefined') {
      const onStorage = (e: StorageEvent) => {
        if (e.key !== PING_KEY || !e.newValue) return;
        try {
          receive(JSON.parse(e.newValue) as TabMessage);
        } catch {
          /* not ours */
        }
      };
      addEventListener('storage', onStorage);
      this.channel = {
        post: (m) => {
          try {
            localStorage.setItem(PING_KEY, JSON.stringify(m));
          } catch {
            /* full: the other tab sees the change when it reloads */
          }
        },
        close: () => removeEventListener('storage', onStorage),
      };
    }
  }

  close() {
    this.channel?.close();
    this.channel = undefined;
  }
}

function safeLocalStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

function safeJson(v: unknown): string {
  try {
    return JSON.stringify(v) ?? String(v);
  } catch {
    return String(v);
  }
}
/** The record as it was found: the original text when localStorage could not parse it. */
function rawText(raw: unknown): string {
  if (raw && typeof raw === 'object' && 'unparsable' in raw && typeof (raw as { unparsable: unknown }).unparsable === 'string') return (raw as { unparsable: string }).unparsable;
  return safeJson(raw);
}

let active = new Store(new MemoryBackend());

/** The store the app uses. Before `initStore` it is an empty in-memory one (tests, first render). */
export function getStore(): Store {
  return active;
}
/** Swaps the active store (tests). */
export function setStore(store: Store) {
  active.close();
  active = store;
}

/**
 * Opens IndexedDB (else localStorage, else memory with a notice), loads and validates every record,
 * migrates the older format, asks the browser to keep the data, and starts listening to other tabs.
 */
export async function initStore(): Promise<Store> {
  let backend: StorageBackend;
  let fallback: string | undefined;
  try {
    backend = await IndexedDbBackend.open();
  } catch (e) {
    const ls = LocalStorageBackend.available();
    backend = ls ? new LocalStorageBackend(ls) : new MemoryBackend();
    fallback = ls
      ? undefined
      : `This browser does not let the page save anything (${(e as Error).message}). Your work is kept in this tab only: export your progress before closing it.`;
  }
  let store = new Store(backend);
  let v1: Storage | undefined;
  try {
    v1 = globalThis.localStorage;
  } catch {
    v1 = undefined;
  }
  try {
    await store.load(v1);
  } catch (e) {
    // Never write over data that could not be read: work in memory until a reload reads it.
    store = new Store(new MemoryBackend());
    store.notice('backend', `Saved work could not be loaded (${(e as Error).message}). Nothing was deleted or overwritten; this tab keeps new work in memory only — export it, then reload to try again.`);
  }
  if (fallback) store.notice('backend', fallback);
  store.connectTabs();
  store.watchPageLifecycle();
  setStore(store);
  // The browser may take its time deciding whether storage is durable: the first screen never waits for it.
  const ready = store;
  void (async () => {
    try {
      ready.persisted = (await navigator.storage?.persist?.()) ?? undefined;
    } catch {
      ready.persisted = undefined;
    }
  })();
  return store;
}
