import { useCallback, useEffect, useRef } from 'react';
import { keepVersion, listKept, type KeptEntry } from './kept-versions';
import { draftKey, saveDraft } from './progress';
import { getStore } from './store';
import type { Language } from './schemas';
import { useSyncedRecord } from './use-synced-record';

/** How long after the last keystroke a draft is written (it is also written on leaving the page and before an export). */
const SAVE_DELAY_MS = 250;

type Options = {
  problemId: string;
  language: Language;
  starter: string;
  /** The code on screen now. */
  getCode(): string;
  /** Puts code on screen (the editor's change event then saves it as usual). */
  show(code: string): void;
};

/** The coding page's storage: debounced saves, other tabs, imports and kept versions of the code. */
export function useCodeStorage({ problemId, language, starter, getCode, show }: Options) {
  const key = draftKey(problemId, language);
  const pending = useRef<{ timer: ReturnType<typeof setTimeout>; flush(): void } | undefined>(undefined);
  const getCodeRef = useRef(getCode);
  getCodeRef.current = getCode;

  const flush = useCallback(() => {
    if (!pending.current) return;
    clearTimeout(pending.current.timer);
    pending.current.flush();
    pending.current = undefined;
  }, []);
  const cancelPending = () => {
    if (pending.current) clearTimeout(pending.current.timer);
    pending.current = undefined;
  };

  const sync = useSyncedRecord<{ code: string }>({
    key,
    read: (env) => (env?.value as { code: string } | undefined) ?? { code: starter },
    current: () => ({ code: getCodeRef.current() }),
    // A pending save holds older text: it must not land after what is shown now.
    apply: (v) => {
      cancelPending();
      show(v.code);
    },
    save: (v) => {
      cancelPending();
      saveDraft(problemId, language, v.code);
    },
    equals: (a, b) => a.code === b.code,
    noun: 'code',
  });
  const { markSaved } = sync;

  const onEdit = useCallback(
    (value: string) => {
      if (pending.current) clearTimeout(pending.current.timer);
      const write = () => {
        if (saveDraft(problemId, language, value)) markSaved({ code: value });
      };
      pending.current = { timer: setTimeout(() => { write(); pending.current = undefined; }, SAVE_DELAY_MS), flush: write };
    },
    [problemId, language, markSaved],
  );

  // Drafts survive reload, crash and app updates: written shortly after typing, on leaving, and before an export.
  useEffect(() => {
    const onHide = () => flush();
    addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onHide);
    const unregister = getStore().registerFlusher(flush);
    return () => {
      flush();
      unregister();
      removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onHide);
    };
  }, [flush]);

  const openKept = (entry: KeptEntry) => {
    flush();
    const current = getCodeRef.current();
    if (!listKept(key).some((k) => (k.value as { code: string }).code === current)) keepVersion(key, 'before-restore', `Your code before opening another version (${new Date().toLocaleString()})`, { code: current });
    const code = (entry.value as { code: string }).code;
    cancelPending();
    saveDraft(problemId, language, code);
    markSaved({ code });
    show(code);
  };

  return { key, sync, onEdit, flush, openKept };
}
