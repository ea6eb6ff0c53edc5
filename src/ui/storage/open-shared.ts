import { keepVersion, latestOwnDraft, listKept } from './kept-versions';
import { designKey, loadDesignDraft, saveDesignDraft } from './progress';
import type { DesignDraft } from './schemas';

export const sameContent = (a: Pick<DesignDraft, 'diagram' | 'notes'>, b: Pick<DesignDraft, 'diagram' | 'notes'>) =>
  a.diagram === b.diagram && JSON.stringify(nonEmpty(a.notes)) === JSON.stringify(nonEmpty(b.notes));
const nonEmpty = (notes: Record<string, string>) => Object.fromEntries(Object.entries(notes).filter(([, v]) => v !== '').sort(([a], [b]) => a.localeCompare(b)));

/**
 * Opens a shared design draft as the current one. The shared draft is kept as its own version, and the
 * user's draft — unless it is just an earlier shared draft, already kept — is kept as "your draft", so
 * after any sequence of links "Restore my draft" brings back the user's own work.
 */
export function openSharedDraft(problemId: string, shared: Pick<DesignDraft, 'diagram' | 'notes'>): { value: DesignDraft; message: string } {
  const item = designKey(problemId);
  const local = loadDesignDraft(problemId);
  const when = new Date().toLocaleString();
  if (local && sameContent(local, shared)) return { value: local, message: 'This shared draft is the same as yours: nothing changed.' };
  const value: DesignDraft = { diagram: shared.diagram, notes: shared.notes };
  let keptOwn = false;
  if (local && !listKept(item).some((k) => sameContent(k.value as DesignDraft, local))) {
    keepVersion(item, 'own-draft', `Your draft before opening a shared link (${when})`, local);
    keptOwn = true;
  }
  keepVersion(item, 'shared-link', `Shared draft opened ${when}`, value);
  saveDesignDraft(problemId, value);
  const own = latestOwnDraft(item);
  return {
    value,
    message: own
      ? `Opened the shared draft. Your own draft ${keptOwn ? 'was kept' : 'is still kept'}: “Restore my draft” brings it back; every shared draft you opened is under “Other versions”.`
      : 'Opened the shared draft. Your edits to it are saved in this browser; it is also kept under “Other versions”.',
  };
}

/** Brings back the user's own latest draft; what was shown is kept first, so this too loses nothing. */
export function restoreOwnDraft(problemId: string, current: DesignDraft): DesignDraft | undefined {
  const item = designKey(problemId);
  const own = latestOwnDraft(item);
  if (!own) return undefined;
  if (!listKept(item).some((k) => sameContent(k.value as DesignDraft, current))) keepVersion(item, 'before-restore', `Shown before restoring your draft (${new Date().toLocaleString()})`, current);
  const value = own.value as DesignDraft;
  saveDesignDraft(problemId, value);
  return value;
}
