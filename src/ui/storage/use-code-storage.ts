import { useCallback, useRef } from 'react';
import { keepVersion, listKept, type KeptEntry } from './kept-versions';
import { draftKey, saveDraft } from './progress';
import type { Language } from './schemas';
import { useSyncedRecord } from './use-synced-record';
import { useDebouncedSave } from './use-debounced-save';

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
  const getCodeRef = useRef(getCode);
  getCodeRef.current = getCode;
  const markSavedRef = useRef<(v: { code: string }) => void>(() => undefined);
  // Written shortly after typing, and at once on leaving or hiding the page and before an export.
  const pendingSave = useDebouncedSave<{ problemId: string; language: Language; code: string }>((d) => {
    if (saveDraft(d.problemId, d.language, d.code)) markSavedRef.current({ code: d.code });
  }, SAVE_DELAY_MS);
  const { flush, cancel: cancelPending } = pendingSave;

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
  markSavedRef.current = markSaved;

  // The value carries its own problem and language, so a save still pending when they change lands where it was typed.
  const schedule = pendingSave.schedule;
  const onEdit = useCallback((value: string) => schedule({ problemId, language, code: value }), [problemId, language, schedule]);

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
