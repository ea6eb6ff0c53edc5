import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROBLEMS_DIR } from '../../src/cli/load-problems';
import type { Browser } from 'playwright-core';
import { launchBrowser, offlineContext, watchErrors } from './browser';
import { CatalogPage, ProblemPage, byId } from './pages';
import { TID } from '../../src/ui/common/test-ids';

const CORRECT_DEDUPE = 'function dedupe(items) {\n  const seen = new Set();\n  return items.filter((x) => !seen.has(x) && seen.add(x));\n}';
/** The names of dedupe-list's hidden tests, none of which exam mode may show. */
const HIDDEN_NAMES = (JSON.parse(readFileSync(join(PROBLEMS_DIR, 'dedupe-list', 'tests.json'), 'utf8')) as { name: string }[]).map((t) => t.name);
const WRONG_DEDUPE = 'function dedupe(items) {\n  return [...new Set(items.map(String))];\n}';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the practice workspace, offline in Chromium', () => {
  it('takes a new user from the catalog to an accepted submission', async () => {
    const { context, blocked } = await offlineContext(browser);
    const page = await context.newPage();
    const errors = watchErrors(page);
    const catalog = new CatalogPage(page);
    await catalog.open();
    expect(await catalog.items().count()).toBeGreaterThanOrEqual(3);
    expect(await catalog.mark('dedupe-list')).toBe('not-started');

    await catalog.openProblem('dedupe-list');
    const problem = new ProblemPage(page);
    await problem.waitForEditor();
    await expect.poll(() => page.locator(byId(TID.statement)).textContent()).toContain('Deduplicate a list');

    await problem.setCode(CORRECT_DEDUPE);
    await problem.run();
    expect(await problem.verdict()).toBe('accepted');
    expect(await problem.caseRows().count()).toBe(2); // Run uses only the visible examples

    await problem.submit();
    await page.locator(`${byId(TID.verdict)}[data-verdict="accepted"]`).waitFor();
    const rows = problem.caseRows();
    expect(await rows.count()).toBeGreaterThan(8);
    expect(await page.locator(`${byId(TID.caseRow)}[data-hidden="true"]`).count()).toBeGreaterThanOrEqual(8);
    // Accepted, but the reference waits behind its own button.
    expect(await page.locator(byId(TID.solution)).count()).toBe(0);
    await page.locator(byId(TID.solutionButton)).click();
    await page.locator(byId(TID.solution)).waitFor();

    await page.goto(page.url().replace(/#.*$/, '#/'));
    await page.waitForSelector(byId(TID.catalog));
    expect(await catalog.mark('dedupe-list')).toBe('solved');
    expect(blocked).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('reveals the first failing hidden case in learning mode and nothing in exam mode', async () => {
    const { context } = await offlineContext(browser);
    const page = await context.newPage();
    const problem = new ProblemPage(page);
    await problem.open('dedupe-list');
    await problem.setCode(WRONG_DEDUPE);

    await problem.setFeedback('learning');
    await problem.submit();
    expect(await problem.verdict()).toBe('wrong-answer');
    const revealed = page.locator(`${byId(TID.caseRow)}[data-hidden="true"]:not([data-verdict="accepted"])`).first();
    await revealed.locator('summary').click();
    await expect.poll(() => revealed.textContent()).toMatch(/expected/);

    await problem.setFeedback('exam');
    await problem.submit();
    await page.locator(byId(TID.running)).waitFor({ state: 'detached' });
    expect(await problem.verdict()).toBe('wrong-answer');
    // Exam mode: a count and the kind of the first failure; no hidden test is named.
    expect(await page.locator(`${byId(TID.caseRow)}[data-hidden="true"]`).count()).toBe(0);
    const summary = await page.locator(byId('exam-summary')).textContent();
    expect(summary).toMatch(new RegExp(`\\d+/${HIDDEN_NAMES.length} hidden tests passed · first failure: wrong answer`));
    const results = (await page.locator(byId(TID.results)).textContent()) ?? '';
    expect(HIDDEN_NAMES.filter((name) => results.includes(name))).toEqual([]);
    await context.close();
  });

  it('stays responsive through an infinite loop: the user keeps typing, then sees a time limit', async () => {
    const { context } = await offlineContext(browser);
    const page = await context.newPage();
    const errors = watchErrors(page);
    const problem = new ProblemPage(page);
    await problem.open('dedupe-list');
    await problem.setCode('function dedupe(items) {\n  while (true) {}\n}');
    await problem.run();
    await page.locator(byId(TID.running)).waitFor();
    // The page answers while the sandbox spins: typing lands in the editor at once.
    await problem.focusEditor();
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.insertText('\n// still typing');
    await expect.poll(() => problem.editorText(), { timeout: 2000 }).toContain('still typing');
    expect(await problem.verdict(20_000)).toBe('time-limit');
    // The run stops at its first time limit: the other example is marked "not run", not failed.
    expect(await page.locator(`${byId(TID.caseRow)}[data-not-run="true"]`).count()).toBe(1);
    expect(await page.locator('[data-testid="not-run-summary"]').textContent()).toContain('1 later case was not run');
    expect(errors).toEqual([]);

    // The sandbox is usable straight after.
    await problem.setCode(CORRECT_DEDUPE);
    await problem.run();
    await page.locator(`${byId(TID.verdict)}[data-verdict="accepted"]`).waitFor({ timeout: 20_000 });
    await context.close();
  });

  it('restores the code of a history row, with an Undo; switching language clears the verdict', async () => {
    const { context } = await offlineContext(browser);
    const page = await context.newPage();
    const problem = new ProblemPage(page);
    await problem.open('dedupe-list');
    await problem.setCode(WRONG_DEDUPE);
    await problem.run();
    await problem.verdict();
    await problem.setCode('function dedupe(items) {\n  return items; // newer draft\n}');
    await expect.poll(() => problem.editorText()).toContain('newer draft');
    await page.getByRole('tab', { name: 'History' }).click();
    await page.locator(byId('restore-attempt')).first().click();
    await expect.poll(() => problem.editorText()).toContain('items.map(String)');
    await page.locator(byId('undo-restore')).click();
    await expect.poll(() => problem.editorText()).toContain('newer draft');

    await page.getByRole('tab', { name: 'Tests' }).click();
    await problem.run();
    await problem.verdict();
    await problem.setLanguage('typescript');
    expect(await page.locator(byId(TID.verdict)).count()).toBe(0);
    await context.close();
  });

  it('keeps the draft across a reload', async () => {
    const { context } = await offlineContext(browser);
    const page = await context.newPage();
    const problem = new ProblemPage(page);
    await problem.open('dedupe-list');
    await problem.setCode('function dedupe(items) {\n  return items; // draft 42\n}');
    await page.waitForTimeout(600);
    await page.reload();
    await problem.waitForEditor();
    await expect.poll(() => problem.editorText()).toContain('draft 42');
    await context.close();
  });

  it('accepts a TypeScript solution', async () => {
    const { context } = await offlineContext(browser);
    const page = await context.newPage();
    const problem = new ProblemPage(page);
    await problem.open('dedupe-list');
    await problem.setLanguage('typescript');
    await problem.setCode('function dedupe(items: (string | number)[]): (string | number)[] {\n  const seen = new Set<string | number>();\n  const out: (string | number)[] = [];\n  for (const x of items) if (!seen.has(x)) { seen.add(x); out.push(x); }\n  return out;\n}');
    await problem.submit();
    expect(await problem.verdict()).toBe('accepted');
    await context.close();
  });

  it('reviews a complexity claim against the measured growth and plots it', async () => {
    const { context } = await offlineContext(browser);
    const page = await context.newPage();
    const errors = watchErrors(page);
    const problem = new ProblemPage(page);
    await problem.open('dedupe-list');
    await problem.setCode('function dedupe(items) {\n  return items.filter((x, i) => items.indexOf(x) === i);\n}');
    await page.getByRole('tab', { name: 'Complexity' }).click();
    await page.locator(byId(TID.complexityInput)).fill('Time O(n): one pass with filter. Space O(n) for the output.');
    await page.getByRole('button', { name: 'Review my explanation' }).click();
    await page.locator(byId(TID.complexityReview)).waitFor({ timeout: 20_000 });
    expect(await page.locator(byId(TID.measuredClass)).getAttribute('data-class')).toBe('O(n^2)');
    expect(await page.locator(`${byId(TID.complexityCheck)}[data-check="measured"]`).getAttribute('data-status')).toBe('fail');
    expect(await page.locator(byId(TID.complexityReview)).getAttribute('data-verdict')).toBe('does-not-match-code');
    await page.locator(`${byId(TID.complexityPlot)} svg`).waitFor({ timeout: 15_000 });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('runs with Ctrl/Cmd+Enter, submits with Ctrl/Cmd+Shift+Enter, and explains the function on completion', async () => {
    const { context } = await offlineContext(browser);
    const page = await context.newPage();
    const problem = new ProblemPage(page);
    await problem.open('dedupe-list');
    await problem.setCode(CORRECT_DEDUPE);
    await page.keyboard.press('ControlOrMeta+Enter');
    await page.locator(`${byId(TID.verdict)}[data-verdict="accepted"]`).waitFor();
    expect(await problem.caseRows().count()).toBe(2);
    await problem.focusEditor();
    await page.keyboard.press('ControlOrMeta+Shift+Enter');
    await expect.poll(() => problem.caseRows().count(), { timeout: 20_000 }).toBeGreaterThan(8);

    await problem.setCode('function dedupe(items) {\n  return ded');
    await expect.poll(() => problem.editorText()).toContain('return ded');
    // The suggest widget waits for every provider, the TypeScript worker included, which can be slow
    // to start on a busy machine: ask again until it shows.
    const suggestion = page.locator('.suggest-widget .monaco-list-row', { hasText: 'dedupe' }).first();
    await expect
      .poll(
        async () => {
          if (await suggestion.isVisible()) return true;
          await page.keyboard.press('Control+Space');
          return suggestion.isVisible();
        },
        { timeout: 45_000, interval: 1500 },
      )
      .toBe(true);
    await context.close();
  });

  it('sets corrupt saved data aside with a notice and still opens the problem', async () => {
    const { context } = await offlineContext(browser);
    await context.addInitScript(() => {
      if (!sessionStorage.getItem('seeded')) {
        sessionStorage.setItem('seeded', '1');
        localStorage.setItem('techscreen:v1:draft:dedupe-list:javascript', '{"code": 42}');
      }
    });
    const page = await context.newPage();
    const problem = new ProblemPage(page);
    await problem.open('dedupe-list');
    await page.locator(byId(TID.notice)).first().waitFor();
    expect(await page.locator(byId(TID.notice)).allTextContents()).toContainEqual(expect.stringMatching(/could not be read.*kept aside/));
    await expect.poll(() => problem.editorText()).toContain('// Your code here');
    // Said on the problem itself, and the unreadable text is left where it was.
    expect(await page.locator(byId(TID.asideNotice)).textContent()).toMatch(/your JavaScript draft of dedupe-list/);
    expect(await page.evaluate(() => localStorage.getItem('techscreen:v1:draft:dedupe-list:javascript'))).toBe('{"code": 42}');
    await context.close();
  });
});
