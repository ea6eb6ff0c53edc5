import { useSyncExternalStore } from 'react';

/** Three panes side by side, two (statement | the rest in tabs), or one column of tabs. */
export type Layout = 'wide' | 'medium' | 'narrow';

/** Where each layout starts, in CSS pixels (mirrored by the media queries in styles.css). */
export const LAYOUT_MIN_WIDTH = { wide: 960, medium: 700 } as const;

const queries = () =>
  globalThis.matchMedia
    ? { wide: globalThis.matchMedia(`(min-width: ${LAYOUT_MIN_WIDTH.wide}px)`), medium: globalThis.matchMedia(`(min-width: ${LAYOUT_MIN_WIDTH.medium}px)`) }
    : undefined;

function current(): Layout {
  const q = queries();
  if (!q) return 'wide';
  return q.wide.matches ? 'wide' : q.medium.matches ? 'medium' : 'narrow';
}

function subscribe(onChange: () => void) {
  const q = queries();
  q?.wide.addEventListener('change', onChange);
  q?.medium.addEventListener('change', onChange);
  return () => {
    q?.wide.removeEventListener('change', onChange);
    q?.medium.removeEventListener('change', onChange);
  };
}

/** The layout the window's width calls for; re-renders when it changes (rotation, resize). */
export function useLayout(): Layout {
  return useSyncExternalStore(subscribe, current, () => 'wide');
}
