import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, offlineContext, watchErrors } from './browser';
import { ProblemPage, byId } from './pages';
import { TID } from '../../src/ui/common/test-ids';

const PROBLEMS = join(import.meta.dirname, '../../problems');
const reference = (id: string) => readFileSync(join(PROBLEMS, id, 'reference.py'), 'utf8');

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function openInPseudocode(page: Page, id: string) {
  const problem = new ProblemPage(page);
  await problem.open(id);
  await page.locator(byId(TID.languageSelect)).selectOption('python');
  await problem.waitForEditor();
  return problem;
}

describe('answering in Python-style pseudocode, offline in Chromium', () => {
  it('starts from a def with the parameter names, and submits the pseudocode references as accepted', async () => {
    const { context, blocked } = await offlineContext(browser);
    const page = await context.newPage();
    const errors = watchErrors(page);
    const problem = await openInPseudocode(page, 'dedupe-list');
    expect(await problem.editorText()).toContain('def dedupe(items):');
    // Python highlighting: the first line is split into tokens (keyword, name, brackets…), not one plain run.
    await expect.poll(() => page.locator(`${byId(TID.editor)} .view-line`).first().locator('span span').count()).toBeGreaterThan(3);

    for (const id of ['dedupe-list', 'lru-cache', 'top-k-products', 'warehouse-hops', 'consistent-hash-shards']) {
      if (id !== 'dedupe-list') await openInPseudocode(page, id);
      await problem.setCode(reference(id));
      await problem.submit();
      expect(await problem.verdict(60_000), id).toBe('accepted');
    }
    expect(blocked).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows a Python error at the pseudocode line, and keeps the draft per language', async () => {
    const { context } = await offlineContext(browser);
    const page = await context.newPage();
    const problem = await openInPseudocode(page, 'dedupe-list');
    await problem.setCode('def dedupe(items):\n    out = []\n    for x in items:\n        if x not in seen:\n            out.append(x)\n    return out\n');
    await problem.run();
    expect(await problem.verdict()).toBe('runtime-error');
    const row = problem.caseRows().first();
    await expect.poll(() => row.textContent()).toContain("NameError: name 'seen' is not defined");
    expect(await row.textContent()).toContain('line 4');

    await problem.setCode('def dedupe(items):\n    for x in items:\n    return items\n');
    await problem.run();
    expect(await problem.verdict()).toBe('compile-error');
    await expect.poll(() => page.locator(byId(TID.results)).textContent()).toContain("IndentationError: expected an indented block after 'for' statement on line 2");

    await page.locator(byId(TID.languageSelect)).selectOption('javascript');
    await problem.waitForEditor();
    expect(await problem.editorText()).toContain('function dedupe(items)');
    await page.locator(byId(TID.languageSelect)).selectOption('python');
    await problem.waitForEditor();
    expect(await problem.editorText()).toContain('for x in items:');
    await context.close();
  });

  it('indents after a line that opens a block', async () => {
    const { context } = await offlineContext(browser);
    const page = await context.newPage();
    const problem = await openInPseudocode(page, 'dedupe-list');
    await problem.setCode('def dedupe(items):');
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.insertText('for x in items:');
    await expect.poll(() => problem.editorText()).toContain('for x in items:');
    await page.keyboard.press('Enter');
    await page.keyboard.insertText('pass');
    // The editor applies the typed text asynchronously: wait for it before reading the lines.
    await expect.poll(() => problem.editorText()).toContain('pass');
    const lines = (await problem.editorText()).split('\n');
    expect(lines[1]).toBe('    for x in items:');
    expect(lines[2]).toBe('        pass');
    await context.close();
  });
});
