import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { baseUrl, launchBrowser, offlineContext, watchErrors } from './browser';
import { ProblemPage, byId, pasteText } from './pages';
import { TID } from '../../src/ui/common/test-ids';
import { PROBLEMS_DIR } from '../../src/cli/load-problems';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('installable and really offline', () => {
  it('after one visit, opens with no network at all and judges a problem, a design prompt renders, drafts survive an update', async () => {
    const { context, blocked } = await offlineContext(browser, { serviceWorkers: 'allow' });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(baseUrl());
    await page.locator(byId(TID.catalogItem)).first().waitFor();
    expect(await page.evaluate(() => document.querySelector('link[rel="manifest"]')?.getAttribute('href'))).toMatch(/manifest\.webmanifest$/);
    // The service worker has precached the whole build once it is active.
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.locator(`${byId('app-update')}[data-kind="offline-ready"]`).waitFor({ timeout: 60_000 });
    // The rest of the build (rarer diagram types, the TypeScript service) is cached right after, in the background.
    await page.locator('html[data-offline="complete"]').waitFor({ state: 'attached', timeout: 60_000 });
    const problem = new ProblemPage(page);
    await problem.open('dedupe-list');
    await problem.setCode('function dedupe(items) {\n  return items; // my offline draft\n}');
    await page.waitForTimeout(400); // the draft is written 250 ms after the last keystroke

    // The server is gone for this browser: nothing but the service worker can answer.
    await context.setOffline(true);
    await page.reload();
    await problem.waitForEditor();
    expect(await page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
    await expect.poll(() => problem.editorText()).toContain('my offline draft');
    await problem.setCode(readFileSync(join(PROBLEMS_DIR, 'dedupe-list', 'reference.js'), 'utf8'));
    await problem.submit();
    await page.locator(`${byId(TID.verdict)}[data-verdict="accepted"]`).waitFor({ timeout: 30_000 });

    // Mermaid's chunks are cached too: a design prompt draws its diagram offline.
    await page.goto(`${baseUrl()}#/p/wish-list-api`);
    await page.locator(`${byId(TID.diagramPreview)} svg`).waitFor({ timeout: 30_000 });
    // …and so does a diagram type that is not precached with the first screens (a pie chart).
    await page.locator(byId(TID.diagramEditor)).click({ position: { x: 120, y: 30 } });
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Delete');
    await pasteText(page, 'pie title Orders by channel\n  "Web" : 60\n  "App" : 40');
    await page.locator(`${byId(TID.diagramPreview)} svg.pie, ${byId(TID.diagramPreview)} svg[aria-roledescription="pie"]`).waitFor({ timeout: 30_000 });

    // A new build on the next visit: a notice says so, and the drafts are where they were.
    await page.goto(`${baseUrl()}#/p/dedupe-list`);
    await page.evaluate(() => localStorage.setItem('techscreen:app-build', 'an older build'));
    await page.reload();
    await page.locator(`${byId('app-update')}[data-kind="updated"]`).waitFor();
    await problem.waitForEditor();
    await expect.poll(() => problem.editorText()).toContain('new Set');
    expect(blocked).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);
});
