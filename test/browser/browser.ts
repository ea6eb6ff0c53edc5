import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';

export { CHROMIUM_ARGS, CHROMIUM_PATH };

/**
 * The Chromium shared by every spec file (started once in global-setup.ts): connecting takes a few
 * milliseconds where a launch takes seconds. `browser.close()` in a spec's afterAll only disconnects
 * (and closes that spec's contexts). Each test should still open its own context (offlineContext).
 */
export function launchBrowser(): Promise<Browser> {
  const endpoint = inject('browserEndpoint');
  return endpoint ? chromium.connect(endpoint) : chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
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

/** Collects uncaught page errors so a test can assert there were none. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}
