import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, launchBrowser, offlineContext, watchErrors } from './browser';
import { ProblemPage, byId, hasNoHorizontalOverflow, isOnScreen, pasteText } from './pages';
import { TID } from '../../src/ui/common/test-ids';

/** A laptop, a small laptop, a tablet in portrait, a phone. */
const WIDTHS = [
  { width: 1280, height: 720, layout: 'wide' },
  { width: 1024, height: 768, layout: 'wide' },
  { width: 768, height: 1024, layout: 'medium' },
  { width: 390, height: 844, layout: 'narrow' },
] as const;

const EDITOR = `${byId(TID.plainEditor)}, ${byId(TID.editor)}[data-ready="true"]`;
const CORRECT_DEDUPE = 'function dedupe(items) {\n  return [...new Set(items)];\n}';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Every catalog badge and title is inside the window (none cut at the right edge). */
const badgesInside = (page: Page) =>
  page.evaluate(() => [...document.querySelectorAll('.problem-item .badge, .problem-item .problem-title')].every((el) => el.getBoundingClientRect().right <= innerWidth + 0.5));

describe.each(WIDTHS)('at $width × $height px', ({ width, height, layout }) => {
  it('the catalog, a coding problem and a design prompt fit: no sideways scroll, the editor at most one tap away', async () => {
    const { context, blocked } = await offlineContext(browser, { viewport: { width, height } });
    const page = await context.newPage();
    const errors = watchErrors(page);

    await page.goto(baseUrl());
    await page.locator(byId(TID.catalogItem)).first().waitFor();
    expect(await hasNoHorizontalOverflow(page)).toBe(true);
    expect(await badgesInside(page)).toBe(true);

    const problem = new ProblemPage(page);
    await page.goto(`${baseUrl()}#/p/dedupe-list`);
    await page.locator(byId(TID.statement)).waitFor();
    expect(await page.locator(byId(TID.problemPage)).getAttribute('data-layout')).toBe(layout);
    expect(await hasNoHorizontalOverflow(page)).toBe(true);
    // The statement is readable at once on every width.
    expect(await isOnScreen(page, '#problem-title')).toBe(true);
    if (layout === 'narrow') {
      expect(await page.locator(EDITOR).first().isVisible()).toBe(false);
      await problem.showPane('code'); // the one action
    }
    await page.locator(EDITOR).first().waitFor({ state: 'visible' });
    await expect.poll(() => isOnScreen(page, EDITOR)).toBe(true); // polled: the text area may be handing over to Monaco
    expect(await isOnScreen(page, byId(TID.runButton))).toBe(true);
    expect(await hasNoHorizontalOverflow(page)).toBe(true);

    // A run shows its verdict on screen, whatever the width (the Results tab opens by itself).
    await problem.waitForEditor();
    await problem.setCode(CORRECT_DEDUPE);
    await problem.run();
    expect(await problem.verdict()).toBe('accepted');
    expect(await isOnScreen(page, byId(TID.verdict))).toBe(true);
    if (layout !== 'wide') {
      await problem.showPane('code');
      await expect.poll(() => isOnScreen(page, EDITOR)).toBe(true); // polled: the text area may be handing over to Monaco
    }
    expect(await hasNoHorizontalOverflow(page)).toBe(true);

    await page.goto(`${baseUrl()}#/p/wish-list-api`);
    await page.locator(byId(TID.designPage)).waitFor();
    expect(await page.locator(byId(TID.designPage)).getAttribute('data-layout')).toBe(layout);
    if (layout === 'narrow') await page.locator(byId('pane-tab-diagram')).click();
    const diagram = `${byId(TID.diagramEditor)}[data-ready="true"]`;
    await page.locator(diagram).waitFor({ state: 'visible', timeout: 30_000 });
    expect(await isOnScreen(page, diagram)).toBe(true);
    expect(await hasNoHorizontalOverflow(page)).toBe(true);
    if (layout !== 'wide') {
      // Notes and Review are a tap away too, and never sideways.
      await page.locator(byId('pane-tab-notes')).click();
      expect(await isOnScreen(page, `${byId(TID.notesSection)} textarea`)).toBe(true);
      await page.locator(byId('pane-tab-review')).click();
      expect(await isOnScreen(page, byId(TID.reviewButton))).toBe(true);
      expect(await hasNoHorizontalOverflow(page)).toBe(true);
    }
    expect(blocked).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('switching layouts keeps the work', () => {
  it('typing on a phone, then turning to landscape keeps the code and the verdict', async () => {
    const { context } = await offlineContext(browser, { viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const problem = new ProblemPage(page);
    await page.goto(`${baseUrl()}#/p/dedupe-list`);
    await problem.showPane('code');
    await problem.waitForEditor();
    await problem.focusEditor();
    await page.keyboard.press('ControlOrMeta+A');
    await pasteText(page, CORRECT_DEDUPE);
    await problem.run();
    expect(await problem.verdict()).toBe('accepted');
    await page.setViewportSize({ width: 1280, height: 720 });
    await expect.poll(() => page.locator(byId(TID.problemPage)).getAttribute('data-layout')).toBe('wide');
    // The editor redraws its lines for the new width a frame or more after the layout switch.
    await expect.poll(() => problem.editorText(), { timeout: 10_000 }).toContain('new Set(items)');
    expect(await isOnScreen(page, byId(TID.verdict))).toBe(true);
    await context.close();
  });
});
