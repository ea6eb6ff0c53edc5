import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, offlineContext, watchErrors } from './browser';
import { ProblemPage, byId } from './pages';
import { TID } from '../../src/ui/common/test-ids';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The colour Monaco paints the first token whose text is exactly `text` (undefined when not drawn yet). */
const colourOf = (page: Page, text: string) =>
  page.evaluate((t) => {
    const span = Array.from(document.querySelectorAll('[data-testid="code-editor"] .view-line span span')).find((s) => (s.textContent ?? '').replace(/\u00a0/g, ' ').trim() === t);
    return span ? `${span.className} ${getComputedStyle(span).color}` : undefined;
  }, text);

/**
 * How many different colours the keyword, the name and the comment are drawn in, once all three are on
 * screen: 3 when highlighted. Monaco draws lines before their tokens arrive (then repaints), so it polls.
 */
async function distinctColours(page: Page, keyword: string, name: string, comment: string) {
  const count = async () => {
    const found = [await colourOf(page, keyword), await colourOf(page, name), await colourOf(page, comment)];
    return found.every(Boolean) ? new Set(found.map((c) => c!.split(' ').slice(1).join(' '))).size : 0;
  };
  await expect.poll(count, { timeout: 20_000 }).toBe(3);
  return count();
}

describe('JavaScript and TypeScript in the editor, headless Chromium', () => {
  it('are highlighted (keywords, names and comments in different colours), with no page error', async () => {
    const { context } = await offlineContext(browser);
    const page = await context.newPage();
    const errors = watchErrors(page);
    const problem = new ProblemPage(page);
    await problem.open('dedupe-list');
    await problem.setCode('function dedupe(items) {\n  // keep the first of each\n  return [...new Set(items)];\n}');
    expect(await distinctColours(page, 'function', 'dedupe', '// keep the first of each')).toBe(3);

    await problem.setLanguage('typescript');
    await problem.setCode('function dedupe(items: number[]): number[] {\n  // keep the first of each\n  return [...new Set(items)];\n}');
    expect(await distinctColours(page, 'function', 'dedupe', '// keep the first of each')).toBe(3);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('Enter after `{` indents the next line; with auto-close off (the default) a typed `{` stays alone', async () => {
    const { context } = await offlineContext(browser);
    const page = await context.newPage();
    const problem = new ProblemPage(page);
    await problem.open('dedupe-list');
    await problem.setCode('');
    await problem.focusEditor();
    await page.keyboard.type('function f(x) {\nreturn x;\n}');
    await expect.poll(() => problem.editorText()).toMatch(/\n\}\s*$/);
    expect((await problem.editorText()).trimEnd()).toBe('function f(x) {\n  return x;\n}');
    expect(await page.locator(byId(TID.plainEditor)).count()).toBe(0);
    await context.close();
  });
});
