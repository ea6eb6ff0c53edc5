import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { baseUrl, launchBrowser, offlineContext, watchErrors } from './browser';
import { byId } from './pages';
import { MTID } from '../../src/ui/mock/mock-test-ids';
import { STID } from '../../src/ui/story/story-test-ids';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const BANK_STORY =
  'At my last company I was the PM for checkout, and card payments failed for one order in twenty. My goal was to halve the failures before the holiday peak. ' +
  'I pulled a month of payment logs and I found that most failures came from one card network timing out. I wrote the case for a retry with a second processor, and I ran it on 10 percent of traffic for a week. ' +
  'I then rolled it out to everyone. Payment failures went from 5 percent to 1.8 percent, and we kept about 40 thousand dollars of orders a week. ' +
  'I learned to read the raw logs before I trust a dashboard.';

describe('the whole 60-minute phone screen in Chromium', () => {
  it('asks two leadership principles with follow-ups, then the technical half, and scores the principle part beside it', async () => {
    const { context, blocked } = await offlineContext(browser);
    const page = await context.newPage();
    const errors = watchErrors(page);

    // A story in the bank to answer from.
    await page.goto(`${baseUrl()}/#/stories`);
    await page.locator(byId(STID.newStory)).click();
    await page.locator(byId(STID.storyTitle)).fill('Payment retries');
    await page.locator(byId(STID.storyProse)).fill(BANK_STORY);
    await page.waitForTimeout(400);

    await page.clock.install();
    await page.goto(`${baseUrl()}/#/mock`);
    await page.waitForSelector(byId(MTID.mockSetup));
    await page.locator(`${byId(MTID.mockLength)}[value="whole"]`).check();
    const plan = page.locator(byId(MTID.mockPlanPart));
    await expect.poll(async () => (await plan.evaluateAll((els) => els.map((e) => e.getAttribute('data-kind')))).slice(0, 2).join()).toBe('principle,principle');
    expect(await page.locator(byId(MTID.mockSetup)).innerText()).toMatch(/Leadership principle · 15:00/);
    // The same parts on a short clock, so the test does not sit through an hour.
    await page.getByRole('radio', { name: /Custom/ }).check();
    await page.locator(byId(MTID.mockCustomMinutes)).fill('6');
    await expect.poll(async () => (await plan.evaluateAll((els) => els.map((e) => e.getAttribute('data-kind')))).slice(0, 2).join()).toBe('principle,principle');
    const total = await plan.count();
    await page.locator(byId(MTID.mockBegin)).click();

    // First principle: answered from the bank story, then the follow-up.
    await page.waitForSelector(`${byId(MTID.mockPart)}[data-index="0"][data-kind="principle"]`);
    await page.locator(byId(STID.lpStoryPick)).selectOption({ label: 'Payment retries' });
    await expect.poll(() => page.locator(byId(STID.lpAnswer)).inputValue()).toContain('Payment failures went from 5 percent');
    await page.locator(byId('mock-lp-ask-follow-up')).click();
    await page.locator(byId(STID.lpFollowUpAnswer)).fill('I would have involved the processor earlier.');
    await page.locator(byId(MTID.handIn)).click();

    // Second principle: a fresh "we" story with no result.
    await page.waitForSelector(`${byId(MTID.mockPart)}[data-index="1"][data-kind="principle"]`);
    await page.locator(byId(STID.lpAnswer)).fill('We had a big launch at my last company. We worked really hard and the team built everything. We met every day. It went really well and everyone was happy.');
    await page.locator(byId(MTID.handIn)).click();

    // The technical half: let each part's clock run out.
    for (let i = 2; i < total; i++) {
      await page.waitForSelector(`${byId(MTID.mockPart)}[data-index="${i}"]`, { timeout: 30_000 });
      const left = Number(await page.locator(byId(MTID.partTimer)).getAttribute('data-remaining-ms'));
      await page.clock.fastForward(left + 1000);
    }

    const card = page.locator(byId(MTID.scorecard));
    await card.waitFor({ timeout: 30_000 });
    await expect.poll(() => card.getAttribute('data-pending'), { timeout: 120_000 }).toBe('0');
    const lp = page.locator(`${byId(MTID.scorecardPart)}[data-kind="principle"]`);
    expect(await lp.count()).toBe(2);
    const first = lp.nth(0).locator(byId(STID.lpScore));
    expect(await first.getAttribute('data-structure')).toBe('40');
    expect(Number(await first.getAttribute('data-first-person'))).toBeGreaterThanOrEqual(0.8);
    expect(Number(await first.getAttribute('data-metrics'))).toBeGreaterThanOrEqual(1);
    expect(Number(await lp.nth(0).getAttribute('data-score'))).toBeGreaterThanOrEqual(80);
    const second = lp.nth(1).locator(byId(STID.lpScore));
    expect(await second.getAttribute('data-first-person')).toBe('0');
    expect(Number(await lp.nth(1).getAttribute('data-score'))).toBeLessThan(50);
    expect(await lp.nth(1).innerText()).toMatch(/What did you personally do|not something I can check/);
    expect(await page.locator(byId(MTID.scorecardPart)).count()).toBe(total);
    const weakId = await lp.nth(1).getAttribute('data-id');
    expect(await lp.nth(1).locator(byId(MTID.practiceLink)).getAttribute('href')).toBe(`#/drill/${weakId}`);

    // Practise next includes the weak principle.
    await page.goto(`${baseUrl()}/#/progress`);
    await page.waitForSelector(byId(MTID.progressPage));
    await expect.poll(() => page.locator(`${byId(MTID.practiseNextItem)}[data-id="${weakId}"]`).count()).toBe(1);
    expect(errors).toEqual([]);
    expect(blocked).toEqual([]);
    await context.close();
  });
});
