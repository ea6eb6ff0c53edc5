/**
 * The mock's coding part in the languages a PM may write (JavaScript, TypeScript, pseudocode), and time
 * handed on: a part handed in early gives its unused time to the next part, and the page says so.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { baseUrl, launchBrowser, offlineContext, watchErrors } from './browser';
import { byId } from './pages';
import { TID } from '../../src/ui/common/test-ids';
import { MTID } from '../../src/ui/mock/mock-test-ids';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the mock coding part', () => {
  it('offers JavaScript, TypeScript and pseudocode, and carries unused time to the next part', async () => {
    const { context, blocked } = await offlineContext(browser);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${baseUrl()}#/mock`);
    await page.getByRole('radio', { name: 'Custom' }).check();
    await page.locator(byId(MTID.mockCustomMinutes)).fill('30');
    await expect.poll(() => page.locator(byId(MTID.mockPlanPart)).count()).toBeGreaterThan(1);
    await page.locator(byId(MTID.mockBegin)).click();
    await page.locator(`${byId(MTID.mockPart)}[data-index="0"][data-kind="coding"]`).waitFor({ timeout: 30_000 });

    await page.locator(`${byId(MTID.methodStep)}[data-step="code"]`).click();
    const language = page.locator(byId(MTID.mockLanguage));
    expect(await language.locator('option').allTextContents()).toEqual(['JavaScript', 'TypeScript', 'Pseudocode (Python-style)']);
    await language.selectOption('python');
    const editor = `${byId(MTID.mockPart)} ${byId(TID.editor)}[data-ready="true"]`;
    await page.locator(`${editor} .view-lines`).waitFor({ timeout: 30_000 });
    await expect.poll(() => page.locator(`${editor} .view-lines`).textContent()).toMatch(/def\s\w+\(/);

    // Hand in early: the next part opens with its own time plus what was left, and says so.
    const left = Number(await page.locator(byId(MTID.partTimer)).getAttribute('data-remaining-ms'));
    await page.locator(`${byId(MTID.predictPass)}[value="no"]`).check();
    await page.locator(byId(MTID.predictClass)).selectOption('O(n)');
    await page.locator(byId(MTID.handIn)).click();
    await page.locator(`${byId(MTID.mockPart)}[data-index="1"]`).waitFor({ timeout: 30_000 });
    const carried = page.locator(byId(MTID.carriedTime));
    await carried.waitFor();
    expect(await carried.textContent()).toMatch(/includes \d+:\d\d left over from the part before/);
    const remaining = Number(await page.locator(byId(MTID.partTimer)).getAttribute('data-remaining-ms'));
    // Its own time (minutes) plus the coding part's unused time: more than what was left of the coding part.
    expect(remaining).toBeGreaterThan(left + 60_000);
    expect(blocked).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
