import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, launchBrowser, offlineContext, watchErrors } from './browser';
import { ProblemPage, byId, pasteText } from './pages';
import { TID } from '../../src/ui/common/test-ids';

/**
 * Nothing typed is lost or mis-indented on a busy machine. A loaded laptop (or this CI machine under
 * load) delays painting and leaves no idle time, while keys keep arriving: each test recreates one
 * such condition in the page, so the outcome does not depend on how busy the machine really is.
 */

/**
 * The page's view of a busy machine: idle callbacks without a deadline never run (there is no idle
 * time), those with one run at their deadline; while `__frames.hold` is set no frame is painted.
 */
const BUSY_MACHINE = `(() => {
  const raf = window.requestAnimationFrame.bind(window);
  const held = [];
  window.__frames = { hold: false, release() { this.hold = false; for (const cb of held.splice(0)) raf(cb); } };
  window.requestAnimationFrame = (cb) => { if (window.__frames.hold) { held.push(cb); return 0; } return raf(cb); };
  window.requestIdleCallback = (cb, opts) => (opts && opts.timeout ? setTimeout(() => cb({ didTimeout: true, timeRemaining: () => 0 }), opts.timeout) : 0);
  window.cancelIdleCallback = (id) => clearTimeout(id);
})()`;
const holdFrames = (page: Page) => page.evaluate('window.__frames.hold = true');
const releaseFrames = (page: Page) => page.evaluate('window.__frames.release()');

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('typing on a busy machine', () => {
  it('keys typed while the full editor takes over from the plain text area all arrive, once, in order', async () => {
    const { context } = await offlineContext(browser);
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    await context.route(/code-editor-[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    const page = await context.newPage();
    const errors = watchErrors(page);
    // A slow CPU widens the moment Monaco is parsed, created and swapped in.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.goto(`${baseUrl()}#/p/dedupe-list`);
    const plain = page.locator(byId(TID.plainEditor));
    await plain.waitFor();
    await plain.click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('function dedupe(items) {\n');
    release();
    // No waiting: these keys land before, during and after the swap. Each line ends in a word a
    // suggestion offers (`items`), so Enter also meets a suggestion that pops up late.
    const lines = Array.from({ length: 12 }, (_, i) => `const copy${i + 1} = items`);
    for (const line of lines) await page.keyboard.type(`${line}\n`);
    await page.keyboard.type('return items\n}');
    const problem = new ProblemPage(page);
    await problem.waitForEditor();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await expect.poll(() => problem.editorText(), { timeout: 20_000 }).toMatch(/return items\s*\n\s*\}\s*$/);
    const text = await problem.editorText();
    expect(text.split('\n').map((l) => l.trim())).toEqual(['function dedupe(items) {', ...lines, 'return items', '}']);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('Enter ends the line when a suggestion for the word just typed is open', async () => {
    const { context } = await offlineContext(browser);
    const page = await context.newPage();
    const problem = new ProblemPage(page);
    await problem.open('dedupe-list');
    await problem.setCode('function dedupe(items) {\n');
    await page.keyboard.type('const copy = items');
    // The suggestion list pops up by itself (late on a busy machine); ask for it until it shows.
    const widget = page.locator(`${byId(TID.editor)} .suggest-widget.visible`);
    await expect
      .poll(
        async () => {
          if (await widget.isVisible()) return true;
          await page.keyboard.press('Control+Space');
          return widget.isVisible();
        },
        { timeout: 45_000, interval: 1500 },
      )
      .toBe(true);
    await page.keyboard.press('Enter');
    await page.keyboard.type('return copy');
    await expect.poll(() => problem.editorText()).toContain('return copy');
    expect((await problem.editorText()).split('\n').map((l) => l.trim())).toEqual(['function dedupe(items) {', 'const copy = items', 'return copy']);
    await context.close();
  });

  it('a paste is kept when the next key comes before the clipboard has answered', async () => {
    const { context } = await offlineContext(browser);
    const page = await context.newPage();
    // A clipboard that takes its time (a busy browser, a large clipboard): an editor that asks it for
    // more than the paste event carries, and drops the paste when a key comes first, would lose it.
    await page.addInitScript(`navigator.clipboard.read = () => new Promise((resolve) => setTimeout(() => resolve([]), 5000));`);
    const problem = new ProblemPage(page);
    await problem.open('dedupe-list');
    await problem.focusEditor();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Delete');
    await pasteText(page, 'function dedupe(items) {');
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('return [...new Set(items)];');
    await expect.poll(() => problem.editorText()).toContain('new Set(items)];');
    const lines = (await problem.editorText()).split('\n');
    expect(lines[0]).toBe('function dedupe(items) {');
    expect(lines[1].trim()).toBe('return [...new Set(items)];');
    await context.close();
  });

  it('Enter after a line that opens a block indents even while nothing is painted and the page is never idle', async () => {
    const { context } = await offlineContext(browser);
    const page = await context.newPage();
    await page.addInitScript(BUSY_MACHINE);
    const problem = new ProblemPage(page);
    await problem.open('dedupe-list');
    await page.locator(byId(TID.languageSelect)).selectOption('python');
    await problem.waitForEditor();
    // Python's highlighting (and with it its indentation rules) has loaded.
    await expect.poll(() => page.locator(`${byId(TID.editor)} .view-line`).first().locator('span span').count()).toBeGreaterThan(3);
    await problem.setCode('def dedupe(items):');
    await page.keyboard.press('End');
    await expect.poll(() => problem.editorText()).toBe('def dedupe(items):');
    await holdFrames(page);
    await page.keyboard.press('Enter');
    await page.keyboard.type('for x in items:');
    await page.keyboard.press('Enter');
    await page.keyboard.type('pass');
    await releaseFrames(page);
    await expect.poll(() => problem.editorText()).toContain('pass');
    expect((await problem.editorText()).split('\n')).toEqual(['def dedupe(items):', '    for x in items:', '        pass']);
    await context.close();
  });
});
