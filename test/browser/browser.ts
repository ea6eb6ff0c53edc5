import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';

export { CHROMIUM_ARGS, CHROMIUM_PATH };

let shared: Promise<Browser> | undefined;

/**
 * The Chromium shared by every spec file: spec files run one after another in one worker process
 * (vitest.browser.config.ts, `isolate: false`), so the browser starts once for the whole stage. Each
 * call returns a handle whose `close()` (in a spec's afterAll) closes only the contexts opened through
 * it; the browser itself closes when the worker exits. Each test should still open its own context
 * (offlineContext). Downloads work as with a browser of one's own (`download.path()`).
 */
export async function launchBrowser(): Promise<Browser> {
  shared ??= chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const browser = await shared;
  const mine = new Set<BrowserContext>();
  return new Proxy(browser, {
    get(target, prop) {
      if (prop === 'close') return async () => void (await Promise.all([...mine].map((c) => c.close().catch(() => undefined))));
      if (prop === 'newContext')
        return async (...args: Parameters<Browser['newContext']>) => {
          const context = await target.newContext(...args);
          mine.add(context);
          context.on('close', () => mine.delete(context));
          return context;
        };
      const value = Reflect.get(target, prop, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

export const baseUrl = () => inject('baseUrl');

/**
 * A context where every request not to 127.0.0.1 is aborted (and recorded), to prove the app works offline.
 */
export async function offlineContext(browser: Browser, options: Parameters<Browser['newContext']>[0] = {}): Promise<{ context: BrowserContext; blocked: string[] }> {
  // The service worker would precache the whole build (~20 MB) in every test's context: only the
  // offline test (offline.spec.ts) needs it, and asks for it with `serviceWorkers: 'allow'`.
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, permissions: ['clipboard-read', 'clipboard-write'], serviceWorkers: 'block', ...options });
  const blocked: string[] = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1' || url.protocol === 'data:' || url.protocol === 'blob:') return route.continue();
    blocked.push(route.request().url());
    return route.abort();
  });
  return { context, blocked };
}

/**
 * Collects uncaught page errors so a test can assert there were none. Pass `into` to gather several pages'
 * errors in one list: the list is filled as errors happen, so a copy taken now (`[...watchErrors(p)]`) stays empty.
 */
export function watchErrors(page: Page, into: string[] = []): string[] {
  page.on('pageerror', (e) => into.push(e.message));
  return into;
}
