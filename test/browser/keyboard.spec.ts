import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, launchBrowser, offlineContext, watchErrors } from './browser';
import { ProblemPage, byId, seriousA11yViolations, tabTo } from './pages';
import { TID } from '../../src/ui/common/test-ids';

const inEditor = (page: Page) => page.evaluate(() => !!document.activeElement?.closest('.monaco-editor'));
const focusedTab = (page: Page) => page.evaluate(() => (document.activeElement?.getAttribute('role') === 'tab' ? document.activeElement.textContent : null));

/** What a sighted keyboard user sees of the focused element: an outline, a ring, or Monaco's own focus border. */
const focusIsVisible = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { ok: true, what: 'body' };
    const what = `${el.tagName.toLowerCase()}${el.dataset.testid ? `[${el.dataset.testid}]` : ''} ${el.textContent?.trim().slice(0, 30) ?? ''}`;
    if (el.matches('input[type="file"]')) return { ok: false, what: `${what} (a hidden file input)` };
    if (el.closest('.monaco-editor')) return { ok: !!el.closest('.monaco-editor.focused'), what };
    const style = getComputedStyle(el);
    const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1;
    return { ok: outlined || style.boxShadow !== 'none', what };
  });

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('by keyboard alone', () => {
  it('finds a problem, types it line by line, runs, leaves the editor, moves through tabs, submits', async () => {
    const { context, blocked } = await offlineContext(browser);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(baseUrl());
    await page.locator(byId(TID.catalogItem)).first().waitFor();

    const unseen: string[] = [];
    const check = async () => {
      const f = await focusIsVisible(page);
      if (!f.ok) unseen.push(f.what);
    };
    // Every Tab stop on the way shows where focus is, and the file input behind "Import" is never one.
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Tab');
      await check();
    }
    await page.locator(byId(TID.catalogSearch)).focus();
    await page.keyboard.type('dedupe');
    await tabTo(page, `${byId(TID.catalogItem)}[data-id="dedupe-list"] a`, 10);
    await check();
    await page.keyboard.press('Enter');

    const problem = new ProblemPage(page);
    await problem.waitForEditor();
    let stops = 0;
    for (; stops < 60; stops++) {
      await page.keyboard.press('Tab');
      await check();
      if (await inEditor(page)) break;
    }
    expect(await inEditor(page)).toBe(true);
    expect(unseen).toEqual([]);
    // The first visit to the editor says how to get out of it.
    await page.locator(byId('editor-tab-hint')).waitFor();

    // Typed line by line, closing brace included: no stray bracket (auto-close is off by default).
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Delete');
    await page.keyboard.type('function dedupe(items) {\nconst seen = new Set();\nreturn items.filter((x) => {\nif (seen.has(x)) return false;\nseen.add(x);\nreturn true;\n});\n}');
    // Monaco paints typed text on its next frame (late on a busy machine): wait for the last line typed,
    // then read what is on screen.
    await expect.poll(() => problem.editorText()).toMatch(/\n\}\s*$/);
    const typed = await problem.editorText();
    const count = (c: string) => typed.split(c).length - 1;
    expect([count('{'), count('('), count('[')]).toEqual([count('}'), count(')'), count(']')]);
    expect(typed.trimEnd().endsWith('});\n}')).toBe(true);

    // Tab indents inside the editor (focus stays); Ctrl+Z takes it back.
    await page.keyboard.press('Tab');
    expect(await inEditor(page)).toBe(true);
    await page.keyboard.press('ControlOrMeta+Z');

    await page.keyboard.press('ControlOrMeta+Enter');
    expect(await problem.verdict()).toBe('accepted');

    // Esc, then Tab: out of the editor, onto the results' tab list.
    await page.keyboard.press('Escape');
    expect(await page.locator(byId('editor-tab-hint')).getAttribute('data-mode')).toBe('next-tab-leaves');
    await page.keyboard.press('Tab');
    expect(await inEditor(page)).toBe(false);
    await tabTo(page, '[role="tab"][aria-selected="true"]', 5);
    expect(await focusedTab(page)).toBe('Tests');
    await page.keyboard.press('ArrowRight');
    expect(await focusedTab(page)).toBe('Complexity');
    await page.locator(byId(TID.complexityInput)).waitFor();
    await page.keyboard.press('ArrowRight');
    expect(await focusedTab(page)).toBe('History');
    await page.locator(byId(TID.history)).waitFor();
    await page.keyboard.press('Home');
    expect(await focusedTab(page)).toBe('Tests');

    // `?` opens the shortcut sheet; Esc closes it.
    await page.keyboard.press('Shift+Slash');
    const sheet = page.locator(byId('shortcut-sheet'));
    await sheet.waitFor({ state: 'visible' });
    expect(await sheet.textContent()).toMatch(/Esc, then Tab/);
    await page.keyboard.press('Escape');
    await sheet.waitFor({ state: 'hidden' });

    await page.keyboard.press('ControlOrMeta+Shift+Enter');
    await page.locator(`${byId(TID.verdict)}[data-verdict="accepted"]`).waitFor();
    await expect.poll(() => problem.caseRows().count()).toBeGreaterThan(8);
    expect(blocked).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('Ctrl+M makes Tab leave the editor until pressed again; typing in the editor never opens the sheet', async () => {
    const { context } = await offlineContext(browser);
    const page = await context.newPage();
    const problem = new ProblemPage(page);
    await problem.open('dedupe-list');
    await problem.focusEditor();
    await page.keyboard.press('Control+M');
    expect(await page.locator(byId('editor-tab-hint')).getAttribute('data-mode')).toBe('always-leaves');
    await page.keyboard.press('Tab');
    expect(await inEditor(page)).toBe(false);
    await page.keyboard.press('Shift+Tab');
    expect(await inEditor(page)).toBe(true);
    await page.keyboard.type('?');
    expect(await page.locator(byId('shortcut-sheet')).isVisible()).toBe(false);
    await expect.poll(() => problem.editorText()).toContain('?');
    await page.keyboard.press('Tab'); // still leaves
    expect(await inEditor(page)).toBe(false);
    await problem.focusEditor();
    await page.keyboard.press('Control+M');
    await page.keyboard.press('Tab'); // indents again
    expect(await inEditor(page)).toBe(true);
    await context.close();
  });
});

describe('editor settings', () => {
  it('change font size and auto-closing brackets, and keep them after a reload', async () => {
    const { context } = await offlineContext(browser);
    const page = await context.newPage();
    const problem = new ProblemPage(page);
    await problem.open('dedupe-list');
    const fontSize = () => page.locator(`${byId(TID.editor)} .view-lines`).evaluate((el) => getComputedStyle(el).fontSize);
    expect(await fontSize()).toBe('14px');
    await page.locator(byId('editor-settings-button')).click();
    await page.locator(byId('setting-font-size')).selectOption('18');
    await expect.poll(fontSize).toBe('18px');
    await page.locator(byId('setting-auto-close')).check();
    await page.keyboard.press('Escape');

    await problem.setCode('');
    await page.keyboard.type('const a = [');
    await expect.poll(() => problem.editorText()).toContain('const a = []');

    await page.reload();
    await problem.waitForEditor();
    await expect.poll(fontSize).toBe('18px');
    await page.locator(byId('editor-settings-button')).click();
    expect(await page.locator(byId('setting-auto-close')).isChecked()).toBe(true);
    await context.close();
  });

  it('the plain text area is typeable before Monaco arrives, and Monaco carries on where it stopped', async () => {
    const { context } = await offlineContext(browser);
    // Hold Monaco's chunk back, as a slow disk or network would.
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    await context.route(/code-editor-[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${baseUrl()}#/p/dedupe-list`);
    const plain = page.locator(byId(TID.plainEditor));
    await plain.waitFor();
    await plain.click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('function dedupe(items) {\n  return [...new Set(items)]');
    release();
    const problem = new ProblemPage(page);
    await problem.waitForEditor();
    // Focus and cursor moved over: the next keys land at the end of what was typed.
    await expect.poll(() => inEditor(page)).toBe(true);
    await page.keyboard.type(';\n}');
    await expect.poll(() => problem.editorText()).toMatch(/return \[\.\.\.new Set\(items\)\];\s*\n\s*\}\s*$/);
    await problem.run();
    expect(await problem.verdict()).toBe('accepted');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe.each(['light', 'dark'] as const)('accessibility audit (axe-core), %s theme: no serious or critical violation', (colorScheme) => {
  const auditor = (page: Page, found: Record<string, string[]>) => async (where: string) => {
    const v = await seriousA11yViolations(page);
    if (v.length) found[where] = v;
  };

  it('catalog and coding page: results, complexity, history, settings, shortcut sheet', async () => {
    const { context } = await offlineContext(browser, { colorScheme });
    const page = await context.newPage();
    const found: Record<string, string[]> = {};
    const audit = auditor(page, found);
    await page.goto(baseUrl());
    await page.locator(byId(TID.catalogItem)).first().waitFor();
    await audit('catalog');

    const problem = new ProblemPage(page);
    await problem.open('dedupe-list');
    await problem.setCode('function dedupe(items) {\n  console.log("checking", items.length);\n  return items;\n}');
    await problem.run();
    await problem.verdict();
    await page.locator(`${byId(TID.caseRow)} details[open]`).first().waitFor();
    await audit('coding page with a failed run');
    await page.getByRole('tab', { name: 'Complexity' }).click();
    await audit('complexity tab');
    await page.getByRole('tab', { name: 'History' }).click();
    await audit('history tab');
    await page.locator(byId('editor-settings-button')).click();
    await page.locator(byId('editor-settings')).waitFor({ state: 'visible' });
    await audit('editor settings open');
    await page.keyboard.press('Escape');
    await page.locator(byId('shortcuts-button')).click();
    await page.locator(byId('shortcut-sheet')).waitFor({ state: 'visible' });
    await audit('shortcut sheet');
    expect(found).toEqual({});
    await context.close();
  }, 120_000);

  it('design page with a review, and the phone layout', async () => {
    const { context } = await offlineContext(browser, { colorScheme });
    const page = await context.newPage();
    const found: Record<string, string[]> = {};
    const audit = auditor(page, found);
    await page.goto(`${baseUrl()}#/p/wish-list-api`);
    await page.locator(`${byId(TID.diagramEditor)}[data-ready="true"]`).waitFor({ timeout: 30_000 });
    await page.locator(`${byId(TID.diagramPreview)} svg`).waitFor({ timeout: 15_000 });
    await page.locator(byId('show-clarifying')).click();
    await page.locator(byId(TID.reviewButton)).click();
    await page.locator(byId(TID.rubricItem)).first().waitFor();
    await audit('design page with a review');

    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${baseUrl()}#/p/dedupe-list`);
    await page.locator(byId('pane-tab-problem')).waitFor();
    await audit('phone layout');
    await page.locator(byId('pane-tab-code')).click();
    await new ProblemPage(page).waitForEditor();
    await audit('phone layout, code tab');
    expect(found).toEqual({});
    await context.close();
  }, 120_000);
});
