import { useCallback, useEffect, useRef } from 'react';
import { getStore } from './store';

/**
 * Saves typed text shortly after the last keystroke, and at once whenever the store asks for pending
 * edits: when the page is hidden or unloaded (a reload right after typing), before an export, and when
 * the component goes away. Every place the user types saves through this, so none can be forgotten.
 */
export function useDebouncedSave<T>(save: (value: T) => void, delayMs: number) {
  const saveRef = useRef(save);
  saveRef.current = save;
  const pending = useRef<{ value: T; timer: ReturnType<typeof setTimeout> } | undefined>(undefined);

  const flush = useCallback(() => {
    const p = pending.current;
    if (!p) return;
    clearTimeout(p.timer);
    pending.current = undefined;
    saveRef.current(p.value);
  }, []);
  const schedule = useCallback(
    (value: T) => {
      if (pending.current) clearTimeout(pending.current.timer);
      pending.current = { value, timer: setTimeout(flush, delayMs) };
    },
    [flush, delayMs],
  );
  /** Drops a pending save (its text is older than what is about to be shown or saved). */
  const cancel = useCallback(() => {
    if (pending.current) clearTimeout(pending.current.timer);
    pending.current = undefined;
  }, []);

  useEffect(() => {
    const unregister = getStore().registerFlusher(flush);
    return () => {
      flush();
      unregister();
    };
  }, [flush]);

  return { schedule, flush, cancel };
}
