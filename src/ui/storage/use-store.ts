import { useEffect, useState } from 'react';
import { getStore, type Change, type StoreNotice } from './store';

/** A number that changes whenever a record whose key starts with `prefix` changes (any tab, any origin). */
export function useStoreVersion(prefix = ''): number {
  const [version, setVersion] = useState(0);
  useEffect(() => getStore().subscribe((c: Change) => c.key.startsWith(prefix) && setVersion((v) => v + 1)), [prefix]);
  return version;
}

/** The store's notices (set-aside records, refused writes, migration), live. */
export function useStoreNotices(): StoreNotice[] {
  const [notices, setNotices] = useState(() => getStore().notices());
  useEffect(() => {
    setNotices(getStore().notices());
    return getStore().onNotice(() => setNotices(getStore().notices()));
  }, []);
  return notices;
}
