import { useCallback, useEffect, useRef, useState } from 'react';
import { getStore } from './store';
import { keepVersion, pendingFromOtherTabs, removeKept, setPending } from './kept-versions';
import type { DesignDraft, Envelope } from './schemas';

type Value = { code: string } | DesignDraft;

export type TabConflict<T> = { theirs: T; at: number; keptKey: string };

type Options<T extends Value> = {
  /** The record this page edits ("draft:<id>:<lang>" or "design:<id>"). */
  key: string;
  /** The value in a record, or the page's default when there is none. */
  read(envelope: Envelope | undefined): T;
  /** What the page shows now (including edits not yet saved). */
  current(): T;
  /** Shows a value in the page (and lets the page save it). */
  apply(value: T): void;
  /** Saves a value now. */
  save(value: T): void;
  equals(a: T, b: T): boolean;
  /** Three-way merge, for drafts whose parts can merge (design notes). */
  merge?(base: T, mine: T, theirs: T): { ok: true; merged: T; fromTheirs: string[] } | { ok: false };
  /** "code", "draft": used in the words shown. */
  noun: string;
};

/**
 * Keeps one page's draft honest with other tabs and with imports. Another tab's different save is never
 * applied or overwritten silently: it is kept as a version at once and offered (keep mine / take theirs /
 * keep both), unless it merges cleanly (parts changed on one side only). An import the user confirmed is
 * shown at once, so the page's next save cannot write over it.
 */
export function useSyncedRecord<T extends Value>(options: Options<T>) {
  const opts = useRef(options);
  opts.current = options;
  const base = useRef<T>(options.read(getStore().get(options.key)));
  const [conflict, setConflict] = useState<TabConflict<T> | undefined>();
  const [message, setMessage] = useState<string | undefined>();
  const conflictRef = useRef(conflict);
  conflictRef.current = conflict;

  // Another tab's version kept before a reload, not yet decided about: say which version is shown and where the other is.
  const [pendingKeys, setPendingKeys] = useState<string[]>([]);
  useEffect(() => {
    const pending = pendingFromOtherTabs(options.key);
    setPendingKeys(pending.map((k) => k.key));
    if (pending.length === 0) return;
    const o = opts.current;
    const latest = pending[0];
    const when = latest.label.replace(/^Saved in another tab /, '');
    const shown = o.read(getStore().get(options.key));
    const more = pending.length > 1 ? ` (and ${pending.length - 1} earlier one${pending.length > 2 ? 's' : ''})` : '';
    setMessage(
      o.equals(shown, latest.value as T)
        ? `This page shows the ${o.noun} saved last, in another tab ${when}. The other version that was open at the same time is kept under “Other versions”.`
        : `Another tab saved a different version of this ${o.noun} ${when}. This page shows yours; the other tab's${more} is kept under “Other versions” — open it there to use it.`,
    );
  }, [options.key]);

  // While a conflict is open, leaving the page keeps this tab's version too (the record holds the other tab's).
  useEffect(
    () =>
      getStore().registerFlusher(() => {
        if (!conflictRef.current) return;
        const o = opts.current;
        const mine = o.current();
        if (!o.equals(mine, o.read(getStore().get(o.key)))) keepVersion(o.key, 'own-draft', `Your version in this tab at ${new Date().toLocaleTimeString()}, when another tab had saved a different one`, mine);
      }),
    [],
  );

  useEffect(() => {
    base.current = opts.current.read(getStore().get(options.key));
    setConflict(undefined);
    return getStore().subscribe((change) => {
      const o = opts.current;
      if (change.key !== o.key || change.origin === 'local') return;
      const theirs = o.read(change.envelope);
      if (change.origin === 'import') {
        base.current = theirs;
        setConflict(undefined);
        o.apply(theirs);
        setMessage(`This ${o.noun} was replaced by the import. “Undo import” in the header brings yours back.`);
        return;
      }
      if (!change.envelope) return; // another tab removed it: what this tab shows stays, and is saved on the next edit
      const mine = o.current();
      if (o.equals(mine, theirs)) {
        base.current = theirs;
        if (conflictRef.current) removeKept(conflictRef.current.keptKey);
        setConflict(undefined);
        return;
      }
      if (o.merge) {
        const merged = o.merge(base.current, mine, theirs);
        if (merged.ok) {
          base.current = theirs;
          o.apply(merged.merged);
          setMessage(`Merged changes saved in another tab (${merged.fromTheirs.map((p) => p.replace('notes.', '')).join(', ')}); your other parts are as you left them.`);
          return;
        }
      }
      // Kept at once, so the other tab's work survives whatever this tab saves next.
      const previous = conflictRef.current;
      const kept = keepVersion(o.key, 'other-tab', `Saved in another tab at ${new Date(change.envelope.updatedAt).toLocaleTimeString()}`, theirs, { pending: true });
      if (previous && previous.keptKey !== kept.key) removeKept(previous.keptKey);
      setConflict({ theirs, at: change.envelope.updatedAt, keptKey: kept.key });
    });
  }, [options.key]);

  /** The page tells the hook what it saved, so later merges start from it. */
  const markSaved = useCallback((value: T) => {
    base.current = value;
  }, []);

  const resolve = (choice: 'mine' | 'theirs' | 'both') => {
    const c = conflictRef.current;
    if (!c) return;
    const o = opts.current;
    setConflict(undefined);
    if (choice === 'theirs') {
      keepVersion(o.key, 'before-restore', `Your ${o.noun} before taking another tab's (${new Date().toLocaleTimeString()})`, o.current());
      removeKept(c.keptKey);
      base.current = c.theirs;
      o.apply(c.theirs);
      o.save(c.theirs);
      setMessage(`Took the other tab's ${o.noun}. Yours is kept under “Other versions”.`);
      return;
    }
    if (choice === 'mine') removeKept(c.keptKey);
    else setPending(c.keptKey, false);
    const mine = o.current();
    base.current = mine;
    o.save(mine);
    setMessage(choice === 'mine' ? `Kept your ${o.noun}; the other tab will be asked too.` : `Kept both: the other tab's ${o.noun} is under “Other versions”.`);
  };

  return {
    conflict,
    message,
    dismissMessage: () => {
      setMessage(undefined);
      // Told once and acknowledged: the version stays under "Other versions", without the notice.
      for (const key of pendingKeys) setPending(key, false);
      setPendingKeys([]);
    },
    keepMine: () => resolve('mine'),
    takeTheirs: () => resolve('theirs'),
    keepBoth: () => resolve('both'),
    markSaved,
  };
}
