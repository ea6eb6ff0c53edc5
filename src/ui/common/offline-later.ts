/**
 * The second half of offline readiness. The service worker precaches what the first screens need
 * before the app says it works offline; this caches the rest (rarer Mermaid diagram types and layouts,
 * listed at build time in offline-later.json, see build/offline-split.ts) in the background, into the cache the service worker answers them from.
 * Runs on every start and fetches only what is missing, so an interrupted first visit completes on the
 * next one. `<html data-offline="complete">` tells tests and the benchmark it is done.
 */

/** Must match the runtime cache's name in vite.config.ts. */
const LATER_CACHE = 'techscreen-later';
const LIST = 'offline-later.json';
/** Two files at a time: enough to keep the connection busy, little enough to leave the page alone. */
const PARALLEL = 2;

let running: Promise<void> | undefined;

export function cacheTheRest(): Promise<void> {
  running ??= fill().catch(() => {
    running = undefined; // offline or storage refused: try again on the next start
  });
  return running;
}

async function fill(): Promise<void> {
  if (!('caches' in globalThis)) return;
  const base = new URL('./', location.href);
  const list = (await (await fetch(new URL(LIST, base))).json()) as string[];
  const wanted = new Set(list.map((file) => new URL(file, base).href));
  const cache = await caches.open(LATER_CACHE);
  // Files of earlier builds are never asked for again.
  for (const request of await cache.keys()) if (!wanted.has(request.url)) await cache.delete(request);
  const missing: string[] = [];
  for (const url of wanted) if (!(await cache.match(url, { ignoreVary: true }))) missing.push(url);
  const next = async (): Promise<void> => {
    const url = missing.shift();
    if (!url) return;
    const response = await fetch(url, { priority: 'low' } as RequestInit);
    if (response.ok) await cache.put(url, response);
    return next();
  };
  await Promise.all(Array.from({ length: PARALLEL }, next));
  document.documentElement.dataset.offline = 'complete';
}
