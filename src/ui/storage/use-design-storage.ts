import { useCallback, useEffect, useRef, useState } from 'react';
import { decodeDraft } from './share-codec';
import { keepVersion, latestOwnDraft, listKept, type KeptEntry } from './kept-versions';
import { mergeDesign } from './merge-notes';
import { openSharedDraft, restoreOwnDraft, sameContent } from './open-shared';
import { designKey, saveDesignDraft } from './progress';
import { getStore } from './store';
import type { DesignDraft } from './schemas';
import { useStoreVersion } from './use-store';
import { useSyncedRecord } from './use-synced-record';

type Options = {
  problemId: string;
  share: string | undefined;
  starter: string;
  /** The draft on screen now. */
  draft: DesignDraft;
  /** Puts a draft on screen (the page then saves it as usual). */
  show(draft: DesignDraft): void;
  setStatus(message: string): void;
};

/** The design page's storage: saving, other tabs (with per-section merge), imports, share links and kept versions. */
export function useDesignStorage({ problemId, share, starter, draft, show, setStatus }: Options) {
  const item = designKey(problemId);
  const draftRef = useRef(draft);
  draftRef.current = draft;
  const [sharedOpened, setSharedOpened] = useState(false);
  useStoreVersion(`kept:${item}:`);

  const sync = useSyncedRecord<DesignDraft>({
    key: item,
    read: (env) => (env?.value as DesignDraft | undefined) ?? { diagram: starter, notes: {} },
    current: () => draftRef.current,
    apply: show,
    save: (d) => saveDesignDraft(problemId, d),
    equals: sameContent,
    merge: mergeDesign,
    noun: 'design draft',
  });
  const { markSaved } = sync;

  const save = useCallback(
    (d: DesignDraft) => {
      if (saveDesignDraft(problemId, d)) markSaved(d);
    },
    [problemId, markSaved],
  );

  // What is on screen is written before an export, when the page is hidden or unloaded (the store calls
  // this), and when the user leaves for another page of the app within the autosave's delay.
  useEffect(() => {
    const flush = () => {
      const stored = getStore().value<DesignDraft>(item);
      if (stored ? !sameContent(stored, draftRef.current) : draftRef.current.diagram !== starter || Object.values(draftRef.current.notes).some((t) => t.trim())) save(draftRef.current);
    };
    const unregister = getStore().registerFlusher(flush);
    return () => {
      flush();
      unregister();
    };
  }, [item, save, starter]);

  // A share link opens once: the URL is cleaned at once, so a reload shows the user's edits, not the link again.
  useEffect(() => {
    if (!share) return;
    if (location.hash.includes('/share/')) history.replaceState(history.state, '', `#/p/${problemId}`);
    let live = true;
    const started = performance.now();
    void decodeDraft(share).then((result) => {
      // User Timing: the benchmark reads how long a link took to open or to be refused.
      performance.measure('techscreen:share-decode', { start: started, end: performance.now() });
      if (!live) return;
      if (!result.ok) return setStatus(result.message);
      const opened = openSharedDraft(problemId, result.draft);
      markSaved(opened.value);
      show(opened.value);
      setSharedOpened(true);
      setStatus(opened.message);
    });
    return () => {
      live = false;
    };
  }, [share, problemId, show, setStatus, markSaved]);

  const restoreOwn = () => {
    const value = restoreOwnDraft(problemId, draftRef.current);
    if (!value) return;
    markSaved(value);
    show(value);
    setStatus('Your own draft is back. What was shown before is kept under “Other versions”.');
  };

  const openKept = (entry: KeptEntry) => {
    const current = draftRef.current;
    if (!listKept(item).some((k) => sameContent(k.value as DesignDraft, current))) keepVersion(item, 'before-restore', `Shown before opening another version (${new Date().toLocaleString()})`, current);
    const value = entry.value as DesignDraft;
    save(value);
    show(value);
    setStatus(`Opened: ${entry.label}. What you had is kept under “Other versions”.`);
  };

  return { sync, save, restoreOwn, openKept, canRestoreOwn: sharedOpened && latestOwnDraft(item) !== undefined };
}
