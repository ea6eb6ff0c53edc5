/**
 * A second visit in a real browser: close the app, open it again. Nothing untrue is said (no "damaged
 * data", no "older format"), everything typed on the first visit is there, and on a phone the notices
 * that are true stay a short strip.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { baseUrl, launchBrowser, offlineContext, watchErrors } from './browser';
import { byId, CatalogPage, ProblemPage, twoTabsOnProblem } from './pages';
import { TID } from '../../src/ui/common/test-ids';
import { MTID } from '../../src/ui/mock/mock-test-ids';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});


describe('a second visit', () => {
  it('says nothing untrue and brings back every kind of work from the first visit', async () => {
    const { context, blocked } = await offlineContext(browser);
    // First visit: the catalog, then work in each place the user types, left the usual way (a new route).
    let page = await context.newPage();
    const errors = watchErrors(page);
    const catalog = new CatalogPage(page);
    await catalog.open();
    expect(await page.locator(byId(TID.notice)).count()).toBe(0);

    const problem = new ProblemPage(page);
    await problem.open('dedupe-list');
    await problem.setCode('function dedupe(items) {\n  return items; // first visit\n}');
    await page.getByRole('tab', { name: 'Complexity' }).click();
    await page.locator(byId(TID.complexityInput)).fill('O(n) from the first visit');
    await page.goto(`${baseUrl()}#/p/wish-list-api`);
    await page.locator(`${byId(TID.notesSection)}[data-section="metrics"] textarea`).fill('Wish-list adds per day (first visit)');
    await page.goto(`${baseUrl()}#/p/concept-idempotency`);
    await page.locator(byId(MTID.conceptAnswer)).fill('A retry with the same key does no harm (first visit).');
    await page.goto(baseUrl());
    await page.close();

    // Second visit: a new page of the same browser profile.
    page = await context.newPage();
    watchErrors(page, errors);
    await new CatalogPage(page).open();
    await page.waitForTimeout(300); // notices render with the catalog; give a late one a moment
    expect(await page.locator(byId(TID.notice)).allTextContents()).toEqual([]);
    expect(await page.locator(byId(TID.asideNotice)).count()).toBe(0);
    expect(await page.locator(byId('app-update')).count()).toBe(0);
    expect(await new CatalogPage(page).mark('dedupe-list')).toBe('attempted');

    const again = new ProblemPage(page);
    await again.open('dedupe-list');
    await expect.poll(() => again.editorText()).toContain('// first visit');
    await page.getByRole('tab', { name: 'Complexity' }).click();
    expect(await page.locator(byId(TID.complexityInput)).inputValue()).toBe('O(n) from the first visit');
    await page.goto(`${baseUrl()}#/p/wish-list-api`);
    expect(await page.locator(`${byId(TID.notesSection)}[data-section="metrics"] textarea`).inputValue()).toBe('Wish-list adds per day (first visit)');
    await page.goto(`${baseUrl()}#/p/concept-idempotency`);
    expect(await page.locator(byId(MTID.conceptAnswer)).inputValue()).toBe('A retry with the same key does no harm (first visit).');
    // The third visit is quiet too.
    await page.reload();
    await page.locator(byId(MTID.conceptAnswer)).waitFor();
    expect(await page.locator(byId(TID.notice)).count()).toBe(0);
    expect(blocked).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('on a phone, a true notice stays a short strip and the app stays usable', async () => {
    const { context } = await offlineContext(browser, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    // Saved work from an older version that cannot be read: a true notice, which must not cover the screen.
    await page.addInitScript(() => {
      if (!localStorage.getItem('seeded')) {
        localStorage.setItem('seeded', '1');
        localStorage.setItem('techscreen:v1:draft:dedupe-list:javascript', '{"code": 42}');
      }
    });
    await page.goto(baseUrl());
    await page.waitForSelector(byId(TID.catalog));
    const notices = page.locator(byId(TID.notice));
    await expect.poll(() => notices.count()).toBeGreaterThan(0);
    const text = (await notices.allTextContents()).join(' ');
    expect(text).toMatch(/older version of this app/);
    expect(text).not.toMatch(/Moved 0/);
    expect(text).toContain('your JavaScript draft of dedupe-list');
    const height = await page.evaluate(() => [...document.querySelectorAll('.notices, .app-update')].reduce((h, el) => h + el.getBoundingClientRect().height, 0));
    expect(height).toBeLessThanOrEqual(844 * 0.2);
    // The catalog is right there under the strip.
    expect(await page.locator(byId(TID.catalogItem)).first().isVisible()).toBe(true);
    await context.close();
  });
});

describe('two tabs, then a reload', () => {
  it('says which version is shown and that the other tab\'s work is kept under "Other versions"', async () => {
    const { context, a, b, pa, pb, errors } = await twoTabsOnProblem(browser, 'dedupe-list');
    await pa.setCode('function dedupe(items) {\n  return items; // from A\n}');
    await b.locator(byId(TID.tabConflict)).waitFor({ timeout: 10_000 });
    await pb.setCode('function dedupe(items) {\n  return items; // from B\n}');
    await a.locator(byId(TID.tabConflict)).waitFor({ timeout: 10_000 });

    // A reloads without answering: the notice is gone, but the page says what happened and where the work is.
    await a.reload();
    await pa.waitForEditor();
    expect(await a.locator(byId(TID.tabConflict)).count()).toBe(0);
    const message = a.locator(byId(TID.syncMessage));
    await message.waitFor();
    expect(await message.textContent()).toMatch(/saved last, in another tab at .*kept under “Other versions”/);
    expect(await pa.editorText()).toContain('from B');
    // Both versions are kept: B's is the draft, A's a kept version listed under "Other versions".
    const codes = await a.evaluate(
      () =>
        new Promise<string[]>((resolve) => {
          const open = indexedDB.open('techscreen', 1);
          open.onsuccess = () => {
            const req = open.result.transaction('records').objectStore('records').getAll();
            req.onsuccess = () => resolve((req.result as { value: { code?: string; value?: { code?: string } } }[]).map((r) => r.value.code ?? r.value.value?.code ?? '').filter(Boolean));
          };
        }),
    );
    expect(codes.some((c) => c.includes('from A'))).toBe(true);
    expect(codes.some((c) => c.includes('from B'))).toBe(true);
    await a.locator(`${byId(TID.keptVersions)} summary`).click();
    expect(await a.locator(byId(TID.keptVersion)).count()).toBeGreaterThanOrEqual(1);
    // Acknowledged: the next reload is quiet.
    await a.locator(`${byId(TID.syncMessage)} button`).click();
    await a.reload();
    await pa.waitForEditor();
    await a.waitForTimeout(300);
    expect(await a.locator(byId(TID.syncMessage)).count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
