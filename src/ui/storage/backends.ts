import { openDB, type IDBPDatabase } from 'idb';
import type { AsideEntry } from './schemas';

/** Where records live. The store keeps everything in memory too; a backend only persists it. */
export interface StorageBackend {
  readonly name: 'indexeddb' | 'localstorage' | 'memory';
  /** Every record (raw, not yet validated) and every set-aside entry. */
  loadAll(): Promise<{ records: { key: string; raw: unknown }[]; aside: AsideEntry[] }>;
  put(key: string, record: unknown): Promise<void>;
  remove(key: string): Promise<void>;
  putAside(entry: AsideEntry): Promise<void>;
}

const DB_NAME = 'techscreen';
const DB_VERSION = 1;

/** IndexedDB through `idb`: the primary store (larger quota than localStorage, never blocks the page). */
export class IndexedDbBackend implements StorageBackend {
  readonly name = 'indexeddb' as const;
  private constructor(private readonly db: IDBPDatabase) {}

  /** Opens the database, or rejects (private windows, disabled storage) so the caller can fall back. */
  static async open(timeoutMs = 4000): Promise<IndexedDbBackend> {
    if (typeof indexedDB === 'undefined') throw new Error('IndexedDB is not available');
    const opening = openDB(DB_NAME, DB_VERSION, {
      upgrade(db) {
        if (!db.objectStoreNames.contains('records')) db.createObjectStore('records');
        if (!db.objectStoreNames.contains('aside')) db.createObjectStore('aside', { keyPath: 'id' });
      },
    });
    // Some browsers leave the open request pending forever when storage is disabled.
    const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('IndexedDB did not open in time')), timeoutMs));
    return new IndexedDbBackend(await Promise.race([opening, timeout]));
  }

  async loadAll() {
    const tx = this.db.transaction(['records', 'aside'], 'readonly');
    const [keys, values, aside] = await Promise.all([tx.objectStore('records').getAllKeys(), tx.objectStore('records').getAll(), tx.objectStore('aside').getAll()]);
    await tx.done;
    return { records: keys.map((key, i) => ({ key: String(key), raw: values[i] as unknown })), aside: aside as AsideEntry[] };
  }
  async put(key: string, record: unknown) {
    const tx = this.db.transaction('records', 'readwrite');
    await Promise.all([tx.store.put(record, key), tx.done]);
  }
  async remove(key: string) {
    const tx = this.db.transaction('records', 'readwrite');
    await Promise.all([tx.store.delete(key), tx.done]);
  }
  async putAside(entry: AsideEntry) {
    const tx = this.db.transaction('aside', 'readwrite');
    await Promise.all([tx.store.put(entry), tx.done]);
  }
}

const LS_PREFIX = 'techscreen:v2:';
const LS_ASIDE_PREFIX = 'techscreen:v2-aside:';

/** localStorage, when IndexedDB cannot be opened. Same records, one JSON string per key. */
export class LocalStorageBackend implements StorageBackend {
  readonly name = 'localstorage' as const;
  constructor(private readonly ls: Storage) {}

  static available(): Storage | undefined {
    try {
      const ls = globalThis.localStorage;
      ls.setItem('techscreen:probe', '1');
      ls.removeItem('techscreen:probe');
      return ls;
    } catch {
      return undefined;
    }
  }

  async loadAll() {
    const records: { key: string; raw: unknown }[] = [];
    const aside: AsideEntry[] = [];
    for (let i = 0; i < this.ls.length; i++) {
      const k = this.ls.key(i);
      if (!k) continue;
      const text = this.ls.getItem(k) ?? '';
      if (k.startsWith(LS_PREFIX)) {
        let raw: unknown;
        try {
          raw = JSON.parse(text);
        } catch {
          // Unparsable text is passed on as a string: the store sets it aside, text intact.
          raw = { unparsable: text };
        }
        records.push({ key: k.slice(LS_PREFIX.length), raw });
      } else if (k.startsWith(LS_ASIDE_PREFIX)) {
        try {
          aside.push(JSON.parse(text) as AsideEntry);
        } catch {
          aside.push({ id: k.slice(LS_ASIDE_PREFIX.length), key: '?', raw: text, reason: 'damaged set-aside entry', at: 0 });
        }
      }
    }
    return { records, aside };
  }
  async put(key: string, record: unknown) {
    this.ls.setItem(LS_PREFIX + key, JSON.stringify(record));
  }
  async remove(key: string) {
    this.ls.removeItem(LS_PREFIX + key);
  }
  async putAside(entry: AsideEntry) {
    this.ls.setItem(LS_ASIDE_PREFIX + entry.id, JSON.stringify(entry));
  }
}

/** Nothing persisted: for tests, and the last resort when the browser allows no storage at all. */
export class MemoryBackend implements StorageBackend {
  readonly name = 'memory' as const;
  readonly records = new Map<string, unknown>();
  readonly aside = new Map<string, AsideEntry>();
  /** Set to make every write fail, as a full disk would. */
  failWrites: Error | undefined;
  async loadAll() {
    return { records: [...this.records].map(([key, raw]) => ({ key, raw: structuredClone(raw) })), aside: [...this.aside.values()] };
  }
  async put(key: string, record: unknown) {
    if (this.failWrites) throw this.failWrites;
    this.records.set(key, structuredClone(record));
  }
  async remove(key: string) {
    if (this.failWrites) throw this.failWrites;
    this.records.delete(key);
  }
  async putAside(entry: AsideEntry) {
    if (this.failWrites) throw this.failWrites;
    this.aside.set(entry.id, entry);
  }
}
