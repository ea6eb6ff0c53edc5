// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { MemoryBackend } from '../../src/ui/storage/backends';
import { initStore, Store, getStore } from '../../src/ui/storage/store';
import { loadDesignDraft, loadDraft, loadProblemState, recordAttempt, saveDesignDraft, saveDraft } from '../../src/ui/storage/progress';
import { listKept } from '../../src/ui/storage/kept-versions';
import { V1_MIGRATED_FLAG } from '../../src/ui/storage/migrate-v1';
import { ACCEPTED, env, freshStore } from './store-helpers';
import { gatherMarks } from '../../src/ui/progress/progress-data';

/** The mark every page shows for an item (src/mock/marks.ts). */
const progressMark = (id: string) => gatherMarks([{ id, kind: id === 'wish-list-api' ? 'design' : 'coding' }])[id];

beforeEach(() => localStorage.clear());

describe('the store', () => {
  it('keeps drafts per problem and language, and derives progress marks', async () => {
    await freshStore();
    saveDraft('dedupe-list', 'javascript', 'js code');
    saveDraft('dedupe-list', 'typescript', 'ts code');
    expect(loadDraft('dedupe-list', 'javascript')).toBe('js code');
    expect(loadDraft('dedupe-list', 'typescript')).toBe('ts code');
    expect(loadDraft('are-anagrams', 'javascript')).toBeUndefined();
    expect(progressMark('dedupe-list')).toBe('attempted'); // a saved draft is work
    expect(progressMark('are-anagrams')).toBe('not-started');
    recordAttempt('dedupe-list', { ...ACCEPTED, mode: 'run', verdict: 'wrong-answer', at: 1 });
    expect(progressMark('dedupe-list')).toBe('attempted');
    recordAttempt('dedupe-list', { ...ACCEPTED, at: 2 });
    expect(progressMark('dedupe-list')).toBe('solved');
    saveDesignDraft('wish-list-api', { diagram: 'flowchart LR', notes: {}, review: { met: 12, total: 12 } });
    expect(progressMark('wish-list-api')).toBe('solved');
  });

  it('persists every write, in order, and reads it back after a "reload"', async () => {
    const { store, backend } = await freshStore();
    for (let i = 0; i < 20; i++) saveDraft('dedupe-list', 'javascript', `v${i}`);
    await store.settled();
    const reloaded = new Store(backend);
    await reloaded.load();
    expect((reloaded.value('draft:dedupe-list:javascript') as { code: string }).code).toBe('v19');
  });

  it('sets an unreadable record aside beside the good ones, says where, and keeps its text', async () => {
    const { store, backend } = await freshStore({
      'problem:dedupe-list': env({ attempts: 'not a list' }),
      'problem:are-anagrams': env({ attempts: [ACCEPTED] }),
      'draft:are-anagrams:javascript': { code: 'no envelope' },
      'design:wish-list-api': { v: 9, updatedAt: 1, writer: 'future', value: {} },
    });
    expect(progressMark('are-anagrams')).toBe('solved');
    expect(loadProblemState('dedupe-list').attempts).toEqual([]);
    const aside = store.aside();
    expect(aside.map((a) => a.key).sort()).toEqual(['design:wish-list-api', 'draft:are-anagrams:javascript', 'problem:dedupe-list']);
    expect(store.aside('dedupe-list')[0].reason).toMatch(/attempts/);
    expect(store.aside('wish-list-api')[0].reason).toMatch(/newer version/);
    expect(JSON.parse(store.aside('dedupe-list')[0].raw).value.attempts).toBe('not a list');
    // Moved, not copied twice: the aside store has it and the records store no longer does.
    expect([...backend.aside.values()].map((a) => a.key)).toContain('problem:dedupe-list');
    expect(backend.records.has('problem:dedupe-list')).toBe(false);
    expect(backend.records.has('problem:are-anagrams')).toBe(true);
    expect(store.notices().find((n) => n.kind === 'aside')?.message).toMatch(/3 saved records could not be read.*export/);
    expect(store.exportAll().aside).toHaveLength(3);
  });

  it('migrates the older localStorage format once, keeping unreadable old records aside', async () => {
    localStorage.setItem('techscreen:v1:draft:dedupe-list:javascript', JSON.stringify({ code: 'old code', updatedAt: 50 }));
    localStorage.setItem('techscreen:v1:problem:dedupe-list', JSON.stringify({ attempts: [ACCEPTED] }));
    localStorage.setItem('techscreen:v1:design:wish-list-api', JSON.stringify({ diagram: 'flowchart LR', notes: { api: 'GET /x' }, updatedAt: 60 }));
    localStorage.setItem('techscreen:v1:design:wish-list-api:replaced', JSON.stringify({ diagram: 'flowchart TD', notes: {}, updatedAt: 40 }));
    localStorage.setItem('techscreen:v1:draft:are-anagrams:javascript', '{"code": 42}');
    localStorage.setItem('techscreen:corrupt:123:settings', '{broken');
    const { store, backend } = await freshStore({}, localStorage);
    expect(loadDraft('dedupe-list', 'javascript')).toBe('old code');
    expect(progressMark('dedupe-list')).toBe('solved');
    expect(loadDesignDraft('wish-list-api')?.notes.api).toBe('GET /x');
    expect(listKept('design:wish-list-api').map((k) => [k.source, (k.value as { diagram: string }).diagram])).toEqual([['own-draft', 'flowchart TD']]);
    expect(store.aside().map((a) => a.key).sort()).toEqual(['draft:are-anagrams:javascript', 'settings']);
    expect(store.notices().find((n) => n.kind === 'migrated')?.message).toMatch(/Moved 4 saved items/);
    expect(localStorage.getItem(V1_MIGRATED_FLAG)).not.toBeNull();
    // The old copy stays; a second start does not copy it over newer work.
    expect(localStorage.getItem('techscreen:v1:draft:dedupe-list:javascript')).not.toBeNull();
    saveDraft('dedupe-list', 'javascript', 'newer code');
    await store.settled();
    const again = new Store(backend);
    await again.load(localStorage);
    expect((again.value('draft:dedupe-list:javascript') as { code: string }).code).toBe('newer code');
  });

  it('keeps work the browser refuses to save in memory and in the export, and says what to do', async () => {
    const { store, backend } = await freshStore();
    saveDraft('dedupe-list', 'javascript', 'saved');
    await store.settled();
    backend.failWrites = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    saveDraft('dedupe-list', 'javascript', 'typed while full');
    await store.settled();
    expect(loadDraft('dedupe-list', 'javascript')).toBe('typed while full');
    expect(store.unsaved()).toEqual(['draft:dedupe-list:javascript']);
    expect(store.notices().find((n) => n.kind === 'write')?.message).toMatch(/QuotaExceededError.*Export progress/);
    const file = store.exportAll();
    expect(file.records['draft:dedupe-list:javascript'].value).toEqual({ code: 'typed while full' });
    expect(file.unsaved).toEqual(['draft:dedupe-list:javascript']);
    backend.failWrites = undefined;
    saveDraft('dedupe-list', 'javascript', 'typed after space was freed');
    await store.settled();
    expect(store.unsaved()).toEqual([]);
    expect(store.notices().some((n) => n.kind === 'write')).toBe(false);
  });

  it('refuses to save a value that does not fit its schema, with a notice, instead of storing it', async () => {
    const { store } = await freshStore();
    expect(store.put('draft:dedupe-list:javascript', { code: 42 })).toBeUndefined();
    expect(store.put('constructor', {})).toBeUndefined();
    expect(store.keys()).toEqual([]);
    expect(store.notices().at(-1)?.message).toMatch(/Could not save/);
  });

  it('asks the page for its unsaved edits before exporting', async () => {
    const { store } = await freshStore();
    store.registerFlusher(() => saveDraft('dedupe-list', 'javascript', 'typed a moment ago'));
    expect(store.exportAll().records['draft:dedupe-list:javascript'].value).toEqual({ code: 'typed a moment ago' });
  });

  it('falls back to localStorage when IndexedDB is missing, and migrates there too', async () => {
    localStorage.setItem('techscreen:v1:draft:dedupe-list:javascript', JSON.stringify({ code: 'from v1', updatedAt: 1 }));
    const store = await initStore();
    expect(store.backend.name).toBe('localstorage');
    expect(getStore()).toBe(store);
    expect(loadDraft('dedupe-list', 'javascript')).toBe('from v1');
    saveDraft('dedupe-list', 'javascript', 'v2 code');
    await store.settled();
    expect(JSON.parse(localStorage.getItem('techscreen:v2:draft:dedupe-list:javascript')!).value.code).toBe('v2 code');
    localStorage.setItem('techscreen:v2:problem:dedupe-list', '{not json');
    const again = await initStore();
    expect(again.aside('dedupe-list')[0].raw).toBe('{not json');
    again.close();
  });

  it('never writes over storage it could not read', async () => {
    const backend = new MemoryBackend();
    backend.loadAll = () => Promise.reject(new Error('disk error'));
    const store = new Store(backend);
    await expect(store.load()).rejects.toThrow('disk error');
  });
});
