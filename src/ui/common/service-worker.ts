
export type UpdateState =
  | { kind: 'offline-ready' }
  | { kind: 'update-waiting'; apply(): void }
  | { kind: 'updated' };

/**
 * Not user work, so plain localStorage (not the validated store) is enough. Outside the `techscreen:v1:`
 * prefix, which the storage layer reads as saved work of the first version.
 */
export const BUILD_KEY = 'techscreen:app-build';
/** Where builds before this one kept it: still read, so updating from them is noticed. */
const OLD_BUILD_KEY = 'techscreen:v1:app-build';

function readBuild(): string | undefined {
  try {
    return globalThis.localStorage?.getItem(BUILD_KEY) ?? globalThis.localStorage?.getItem(OLD_BUILD_KEY) ?? undefined;
  } catch {
    return undefined;
  }
}
function writeBuild(build: string) {
  try {
    globalThis.localStorage?.setItem(BUILD_KEY, build);
  } catch {
    /* storage refused: the next start just cannot tell it was an update */
  }
}

/**
 * Whether this start runs a different build than the last one (an update was applied). The first
 * start of all is not an update.
 */
export function noteBuild(build: string = __APP_BUILD__): boolean {
  const last = readBuild();
  if (last !== build) writeBuild(build);
  return last !== undefined && last !== build;
}

/**
 * Registers the service worker that makes the app work offline. A new version never replaces the
 * running one: it waits until the next visit (or until the user chooses to restart), so a page is
 * never left asking for files of a build that is gone. Drafts live in storage, not in the cache.
 */
export async function registerServiceWorker(onState: (state: UpdateState) => void): Promise<void> {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  // Caching the build competes with the first screen for the CPU: it starts once the page is idle.
  await afterFirstScreen();
  const { registerSW } = await import('virtual:pwa-register');
  const { cacheTheRest } = await import('./offline-later');
  const update = registerSW({
    onOfflineReady: () => {
      onState({ kind: 'offline-ready' });
      void cacheTheRest();
    },
    onNeedRefresh: () => onState({ kind: 'update-waiting', apply: () => void update(true) }),
    // A returning visit: the first screens are cached; fill in whatever of the rest is missing.
    onRegisteredSW: () => {
      if (navigator.serviceWorker.controller) void cacheTheRest();
    },
  });
}

/** Resolves when the page has loaded and the main thread has a moment (at most 2 s after the load). */
function afterFirstScreen(): Promise<void> {
  return new Promise((resolve) => {
    const idle = () => (typeof requestIdleCallback === 'function' ? requestIdleCallback(() => resolve(), { timeout: 2000 }) : setTimeout(resolve, 200));
    if (document.readyState === 'complete') idle();
    else addEventListener('load', idle, { once: true });
  });
}
