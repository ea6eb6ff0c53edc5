import { MemoryBackend } from '../../src/ui/storage/backends';
import { Store, setStore } from '../../src/ui/storage/store';
import { STORE_VERSION } from '../../src/ui/storage/schemas';

/** A fresh active store over an in-memory backend, loaded from `records` (raw, as a browser would hold them). */
export async function freshStore(records: Record<string, unknown> = {}, v1?: Storage): Promise<{ store: Store; backend: MemoryBackend }> {
  const backend = new MemoryBackend();
  for (const [k, v] of Object.entries(records)) backend.records.set(k, v);
  const store = new Store(backend);
  await store.load(v1);
  setStore(store);
  return { store, backend };
}

/** A record as this version writes it. */
export const env = (value: unknown, updatedAt = 1000) => ({ v: STORE_VERSION, updatedAt, writer: 'test', value });

export const ACCEPTED = { at: 5, mode: 'submit', verdict: 'accepted', passed: 12, total: 12, language: 'javascript' } as const;
