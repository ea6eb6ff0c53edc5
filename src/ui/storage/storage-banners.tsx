import { TID } from '../common/test-ids';
import { useStoreVersion } from './use-store';
import { listKept, type KeptEntry } from './kept-versions';
import { getStore } from './store';
import { describeKey } from './schemas';
import type { TabConflict } from './use-synced-record';

/** "This problem was changed in another tab": the three choices, none of which loses either version. */
export function TabConflictBanner<T>({ conflict, noun, onKeepMine, onTakeTheirs, onKeepBoth }: { conflict: TabConflict<T> | undefined; noun: string; onKeepMine(): void; onTakeTheirs(): void; onKeepBoth(): void }) {
  if (!conflict) return null;
  return (
    <div className="toast conflict" role="alert" data-testid={TID.tabConflict}>
      This {noun} was changed in another tab at {new Date(conflict.at).toLocaleTimeString()}.{' '}
      <button type="button" data-testid={TID.keepMine} onClick={onKeepMine}>
        Keep mine
      </button>{' '}
      <button type="button" data-testid={TID.takeTheirs} onClick={onTakeTheirs}>
        Take theirs
      </button>{' '}
      <button type="button" data-testid={TID.keepBoth} onClick={onKeepBoth}>
        Keep both
      </button>
    </div>
  );
}

export function SyncMessage({ message, onDismiss }: { message: string | undefined; onDismiss(): void }) {
  if (!message) return null;
  return (
    <div className="toast" role="status" data-testid={TID.syncMessage}>
      {message}{' '}
      <button type="button" onClick={onDismiss}>
        OK
      </button>
    </div>
  );
}

/** The other versions of a draft kept for the user (other tabs, shared links, before an import): open one to swap it in. */
export function KeptVersions({ item, onOpen }: { item: string; onOpen(entry: KeptEntry): void }) {
  useStoreVersion(`kept:${item}:`);
  const kept = listKept(item);
  if (kept.length === 0) return null;
  return (
    <details className="kept-versions" data-testid={TID.keptVersions}>
      <summary>
        Other versions ({kept.length})
      </summary>
      <ul>
        {kept.map((k) => (
          <li key={k.key} data-testid={TID.keptVersion} data-source={k.source}>
            <span>{k.label}</span>{' '}
            <button type="button" onClick={() => onOpen(k)}>
              Open
            </button>{' '}
            <button type="button" className="link-button" onClick={() => getStore().remove(k.key)}>
              Delete
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}

/** Saved data of this problem that could not be read: said wherever the problem appears. */
export function AsideNotice({ problemId }: { problemId: string }) {
  const entries = getStore().aside(problemId);
  if (entries.length === 0) return null;
  return (
    <p className="notice aside-notice" role="status" data-testid={TID.asideNotice}>
      Some saved data for this problem could not be read ({entries.map((e) => `${describeKey(e.key)}: ${e.reason}`).join('; ')}). It is kept aside, untouched, and
      included when you export your progress; what you see here starts from the data that could be read.
    </p>
  );
}
