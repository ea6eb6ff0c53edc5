import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, offlineContext, watchErrors } from './browser';
import { CatalogPage, ProblemPage, byId } from './pages';
import { TID } from '../../src/ui/common/test-ids';
import { listProblemIds, loadProblemFolder, PROBLEMS_DIR } from '../../src/cli/load-problems';

const problems = listProblemIds().map((id) => ({ id, problem: loadProblemFolder(id).problem! }));
const coding = problems.filter((p) => p.problem.kind === 'coding');

let browser: Browser;
let context: BrowserContext;
let blocked: string[];
beforeAll(async () => {
  browser = await launchBrowser();
  ({ context, blocked } = await offlineContext(browser));
});
afterAll(async () => {
  await browser?.close();
});

describe('the whole catalog in the browser', () => {
  it('lists every problem with its group and difficulty, and filters by skill and text', async () => {
    const page = await context.newPage();
    const catalog = new CatalogPage(page);
    await catalog.open();
    expect(await catalog.items().count()).toBe(problems.length);
    for (const { id, problem } of problems) {
      const item = page.locator(`${byId(TID.catalogItem)}[data-id="${id}"]`);
      expect(await item.textContent()).toContain(problem.title);
      expect(await item.textContent()).toContain(problem.difficulty);
    }
    await page.locator(byId(TID.catalogSkillFilter)).selectOption('graphs');
    const graphIds = problems.filter((p) => p.problem.skill === 'graphs').map((p) => p.id);
    expect(await catalog.items().evaluateAll((els) => els.map((e) => e.getAttribute('data-id')))).toEqual(expect.arrayContaining(graphIds));
    expect(await catalog.items().count()).toBe(graphIds.length);
    await page.locator(byId(TID.catalogSkillFilter)).selectOption('');
    await page.locator(byId(TID.catalogSearch)).fill('token bucket');
    expect(await catalog.items().evaluateAll((els) => els.map((e) => e.getAttribute('data-id')))).toEqual(['token-bucket']);
    await page.close();
  });

  // One page for every problem, as a user going from problem to problem: Monaco and the sandbox load once.
  let shared: { page: Page; problem: ProblemPage; errors: string[] } | undefined;
  const problemPage = async () => {
    if (!shared) {
      const page = await context.newPage();
      shared = { page, problem: new ProblemPage(page), errors: watchErrors(page) };
    }
    shared.errors.length = 0;
    return shared;
  };

  it.each(coding.map((p) => [p.id] as const))('%s: the reference solution is accepted end to end', async (id) => {
    const { page, problem, errors } = await problemPage();
    await problem.open(id);
    await problem.setCode(readFileSync(join(PROBLEMS_DIR, id, 'reference.js'), 'utf8'));
    await problem.submit();
    await page.locator(`${byId(TID.problemPage)}[data-problem-id="${id}"] ${byId(TID.verdict)}`).waitFor({ timeout: 30_000 });
    await page.locator(byId(TID.running)).waitFor({ state: 'detached', timeout: 30_000 }).catch(() => undefined);
    expect(await problem.verdict()).toBe('accepted');
    expect(errors).toEqual([]);
  });

  it('made no request outside 127.0.0.1', () => {
    expect(blocked).toEqual([]);
  });
});
