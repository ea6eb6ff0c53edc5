// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { MemoryBackend } from '../../src/ui/storage/backends';
import { JOURNAL_PREFIX, Store } from '../../src/ui/storage/store';
import { loadDraft, saveDraft } from '../../src/ui/storage/progress';
import { noteBuild } from '../../src/ui/common/service-worker';
import { freshStore } from './store-helpers';

beforeEach(() => localStorage.clear());

/** A backend whose writes never finish, as an IndexedDB write cut off by a reload. */
class StalledBackend extends MemoryBackend {
  override put() {
    return new Promise<void>(() => undefined);
  }
}

describe('second visit', () => {
  it('does not read the app-build marker as saved work: no "older format" or "could not be read" notice', async () => {
    expect(noteBuild('build-1')).toBe(false);
    const first = await freshStore({}, localStorage);
    expect(first.store.notices()).toEqual([]);
    // Second visit, same build.
    expect(noteBuild('build-1')).toBe(false);
    const second = await freshStore({}, localStorage);
    expect(second.store.notices()).toEqual([]);
    expect(second.store.aside()).toEqual([]);
  });

  it('ignores the build marker that earlier builds kept under the old prefix, and the entry they set aside for it', async () => {
    localStorage.setItem('techscreen:v1:app-build', 'an older build');
    const backend = new MemoryBackend();
    backend.aside.set('v1-0', { id: 'v1-0', key: 'app-build', raw: 'an older build', reason: 'not valid JSON (saved by an older version of the app)', at: 1 });
    const store = new Store(backend);
    await store.load(localStorage);
    expect(store.notices()).toEqual([]);
    expect(store.aside()).toEqual([]);
    // An update from such a build is still noticed.
    expect(noteBuild('new build')).toBe(true);
  });
});

describe('reload right after typing', () => {
  it('keeps writes the backend had not finished in a journal, and the next start applies them', async () => {
    const saved = new MemoryBackend();
    const first = new Store(saved);
    await first.load(localStorage);
    first.put('draft:dedupe-list:javascript', { code: 'saved long ago' });
    await first.settled();

    // The page's write of the last keystrokes starts but never finishes (the page reloads).
    const stalled = new StalledBackend();
    stalled.records.set('draft:dedupe-list:javascript', saved.records.get('draft:dedupe-list:javascript'));
    const tab = new Store(stalled);
    await tab.load(localStorage);
    const typed = 'typed just before the reload';
    tab.registerFlusher(() => tab.put('draft:dedupe-list:javascript', { code: typed }));
    tab.saveBeforeLeaving(localStorage);
    expect(Object.keys(localStorage).filter((k) => k.startsWith(JOURNAL_PREFIX))).toHaveLength(1);

    const reloaded = new Store(saved);
    await reloaded.load(localStorage);
    expect((reloaded.value('draft:dedupe-list:javascript') as { code: string }).code).toBe('typed just before the reload');
    await reloaded.settled();
    expect((saved.records.get('draft:dedupe-list:javascript') as { value: { code: string } }).value.code).toBe('typed just before the reload');
    expect(Object.keys(localStorage).filter((k) => k.startsWith(JOURNAL_PREFIX))).toEqual([]);
  });

  it('never lets an older journal entry replace newer saved work', async () => {
    const { store, backend } = await freshStore({}, localStorage);
    const stalled = new StalledBackend();
    const tab = new Store(stalled);
    await tab.load(localStorage);
    tab.put('draft:dedupe-list:javascript', { code: 'older, from a tab that was hidden' }, 'local', 10);
    tab.saveBeforeLeaving(localStorage);
    saveDraft('dedupe-list', 'javascript', 'newer, saved since');
    await store.settled();
    const reloaded = new Store(backend);
    await reloaded.load(localStorage);
    expect((reloaded.value('draft:dedupe-list:javascript') as { code: string }).code).toBe('newer, saved since');
    expect(loadDraft('dedupe-list', 'javascript')).toBe('newer, saved since');
  });

  it('writes no journal when every write has finished', async () => {
    const { store } = await freshStore({}, localStorage);
    saveDraft('dedupe-list', 'javascript', 'x');
    await store.settled();
    store.saveBeforeLeaving(localStorage);
    expect(Object.keys(localStorage).filter((k) => k.startsWith(JOURNAL_PREFIX))).toEqual([]);
  });

  it('saves pending edits when the page is hidden or unloaded', async () => {
    const { store } = await freshStore({}, localStorage);
    const stop = store.watchPageLifecycle();
    let pending: string | undefined = 'typed';
    store.registerFlusher(() => {
      if (pending) saveDraft('dedupe-list', 'javascript', pending);
      pending = undefined;
    });
    dispatchEvent(new Event('pagehide'));
    expect(loadDraft('dedupe-list', 'javascript')).toBe('typed');
    stop();
  });
});
