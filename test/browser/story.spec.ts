import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { baseUrl, launchBrowser, offlineContext, watchErrors } from './browser';
import { byId } from './pages';
import { TID } from '../../src/ui/common/test-ids';
import { STID } from '../../src/ui/story/story-test-ids';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const STORY =
  'Last year I was the PM for returns at an online retailer, and refunds took nine days. My goal was to cut refund time in half before peak season. ' +
  'I pulled six weeks of ticket data and I found that most tickets asked where the refund was. I wrote a proposal to refund at the first carrier scan, and I ran a test on 10 percent of customers. ' +
  'Refund time went from 9 days to 3, and refund tickets dropped by 40 percent. I learned to watch the process before I write the spec.';

describe('story bank, in Chromium', () => {
  it('writes a story, tags it, keeps every keystroke over a reload, reviews it, and shows coverage', async () => {
    const { context, blocked } = await offlineContext(browser);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${baseUrl()}/#/stories`);
    await page.locator(byId(STID.newStory)).click();
    await page.locator(byId(STID.storyProse)).fill(STORY);
    await page.locator(`${byId(STID.storyTag)}[data-principle="dive-deep"]`).check();
    // Reload at once: the last keystrokes must survive.
    await page.reload();
    await expect.poll(() => page.locator(byId(STID.storyProse)).inputValue()).toBe(STORY);
    expect(await page.locator(`${byId(STID.storyTag)}[data-principle="dive-deep"]`).isChecked()).toBe(true);

    await page.locator(byId(STID.reviewButton)).click();
    const review = page.locator(byId(STID.review));
    await expect.poll(() => review.getAttribute('data-complete'), { timeout: 20_000 }).toBe('true');
    expect(await page.locator(`${byId(STID.reviewPart)}[data-part="result"]`).innerText()).toContain('Refund time went from 9 days to 3');
    expect(await page.locator(byId('story-metrics')).innerText()).toContain('refund tickets dropped by 40 percent');

    await page.goto(`${baseUrl()}/#/stories`);
    await expect.poll(() => page.locator(`${byId(STID.coverageRow)}[data-principle="dive-deep"]`).getAttribute('data-count')).toBe('1');
    expect(await page.locator(byId(STID.coverage)).getAttribute('data-uncovered')).toBe('15');
    expect(errors).toEqual([]);
    expect(blocked).toEqual([]);
    await context.close();
  });

  it('a 2-minute drill: the clock runs out, the answer is reviewed, a follow-up is asked', async () => {
    const { context } = await offlineContext(browser);
    const page = await context.newPage();
    await page.clock.install();
    await page.goto(`${baseUrl()}/#/drill/ownership`);
    await page.locator(byId(STID.drillStart)).click();
    await expect.poll(() => page.locator(byId(STID.drillTimer)).innerText()).toBe('2:00');
    await page.clock.fastForward(121_000);
    await page.locator(byId(STID.drillAnswer)).fill(STORY);
    await page.locator(byId(STID.drillReview)).click();
    await expect.poll(() => page.locator(byId(STID.followUp)).count(), { timeout: 20_000 }).toBe(1);
    expect(await page.locator(byId(STID.review)).getAttribute('data-complete')).toBe('true');
    await context.close();
  });

  it('exports the story bank with the rest of the progress and imports it into a fresh browser', async () => {
    const { context } = await offlineContext(browser);
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/#/stories`);
    await page.locator(byId(STID.newStory)).click();
    await page.locator(byId(STID.storyTitle)).fill('Refunds in three days');
    await page.locator(byId(STID.storyProse)).fill(STORY);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator(byId(TID.exportProgress)).click()]);
    // The browser may be shared over a connection: save a local copy rather than read its path.
    const saved = join(mkdtempSync(join(tmpdir(), 'story-export-')), 'progress.json');
    await download.saveAs(saved);
    const file = readFileSync(saved, 'utf8');
    const records = (JSON.parse(file) as { records: Record<string, { value: { title?: string } }> }).records;
    const stories = Object.entries(records).filter(([k]) => k.startsWith('story:'));
    expect(stories.map(([, r]) => r.value.title)).toEqual(['Refunds in three days']);
    await context.close();

    const fresh = await offlineContext(browser);
    const other = await fresh.context.newPage();
    await other.goto(`${baseUrl()}/#/stories`);
    await other.locator(byId(TID.importProgress)).setInputFiles({ name: 'progress.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    await other.locator(byId(TID.importConfirm)).click();
    await expect.poll(() => other.locator(byId(STID.storyRow)).innerText()).toContain('Refunds in three days');
    await fresh.context.close();
  });

  it('two tabs on one story: an idle tab shows the other’s save; edits made in both at once are both kept', async () => {
    const { context } = await offlineContext(browser);
    const a = await context.newPage();
    await a.goto(`${baseUrl()}/#/stories`);
    await a.locator(byId(STID.newStory)).click();
    await a.waitForURL(/#\/stories\/[a-z0-9]+$/);
    const b = await context.newPage();
    await b.goto(a.url());
    // Tab B is open and showing the story before tab A types, as a person switching tabs would find it.
    await b.locator(byId(STID.storyProse)).waitFor();
    await a.locator(byId(STID.storyProse)).fill('Version from tab A.');
    await expect.poll(() => b.locator(byId(STID.storyProse)).inputValue()).toBe('Version from tab A.');

    // Both tabs type before either saves: neither text is lost.
    await Promise.all([a.locator(byId(STID.storyProse)).fill('Tab A typed this.'), b.locator(byId(STID.storyProse)).fill('Tab B typed this.')]);
    // The saves and the other tab's notice come after a debounce and a storage event: slow on a busy machine.
    await expect.poll(async () => (await a.locator(byId(STID.tabNotice)).count()) + (await b.locator(byId(STID.tabNotice)).count()), { timeout: 15_000 }).toBeGreaterThan(0);
    await a.goto(`${baseUrl()}/#/stories`);
    await expect.poll(() => a.locator(byId(STID.storyRow)).count()).toBe(2);
    const titles = await a.locator(byId(STID.storyRow)).allInnerTexts();
    expect(titles.join(' ')).toContain('Tab A typed this.');
    expect(titles.join(' ')).toContain('Tab B typed this.');
    await context.close();
  });

  it('fits a phone: the bank, a story and its review scroll only downwards at 390 px', async () => {
    const { context } = await offlineContext(browser, { viewport: { width: 390, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/#/stories`);
    await page.locator(byId(STID.newStory)).click();
    await page.locator(byId(STID.storyProse)).fill(STORY);
    await page.locator(byId(STID.reviewButton)).click();
    await page.locator(byId(STID.review)).waitFor({ timeout: 20_000 });
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(await overflow()).toBeLessThanOrEqual(0);
    await page.goto(`${baseUrl()}/#/stories`);
    await page.locator(byId(STID.coverage)).waitFor();
    expect(await overflow()).toBeLessThanOrEqual(0);
    await context.close();
  });
});
