import { deflateSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, launchBrowser, offlineContext, watchErrors } from './browser';
import { CatalogPage, ProblemPage, byId, pasteText, twoTabsOnProblem } from './pages';
import { TID } from '../../src/ui/common/test-ids';
import { encodeDraft } from '../../src/ui/storage/share-codec';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const DRAFT_KEY = 'draft:dedupe-list:javascript';
const code = (tag: string) => `function dedupe(items) {\n  return items; // ${tag}\n}`;

/** Every record in the page's IndexedDB whose key starts with `prefix`. */
function idbRecords(page: Page, prefix: string): Promise<Record<string, { value: unknown }>> {
  return page.evaluate(
    (p) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('techscreen');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const store = open.result.transaction('records').objectStore('records');
          const out: Record<string, unknown> = {};
          const cursor = store.openCursor();
          cursor.onsuccess = () => {
            const c = cursor.result;
            if (!c) {
              open.result.close();
              return resolve(out as Record<string, { value: unknown }>);
            }
            if (String(c.key).startsWith(p)) out[String(c.key)] = c.value;
            c.continue();
          };
        };
      }),
    prefix,
  );
}
/** The code of the current draft and of every kept version of it. */
async function allCode(page: Page): Promise<string[]> {
  const recs = { ...(await idbRecords(page, DRAFT_KEY)), ...(await idbRecords(page, `kept:${DRAFT_KEY}:`)) };
  return Object.values(recs).map((r) => ((r.value as { code?: string; value?: { code: string } }).code ?? (r.value as { value: { code: string } }).value.code));
}

class DesignTab {
  constructor(readonly page: Page) {}
  async open(hash = '#/p/wish-list-api') {
    await this.page.goto(`${baseUrl()}${hash}`);
    await this.page.waitForSelector(`${byId(TID.diagramEditor)}[data-ready="true"] .view-lines`, { timeout: 30_000 });
  }
  notes(section: string) {
    return this.page.locator(`${byId(TID.notesSection)}[data-section="${section}"] textarea`);
  }
}

describe('no lost work, in Chromium', () => {
  it('two tabs on one problem: the other tab’s save is offered, never applied or overwritten silently', async () => {
    const { context, a, b, pa, pb, errors } = await twoTabsOnProblem(browser, 'dedupe-list');

    await pa.setCode(code('from A'));
    await b.locator(byId(TID.tabConflict)).waitFor({ timeout: 10_000 });
    expect(await pb.editorText()).not.toContain('from A');
    // B types over it before answering: A's code is already kept.
    await pb.setCode(code('from B'));
    await a.locator(byId(TID.tabConflict)).waitFor({ timeout: 10_000 });
    await expect.poll(() => allCode(a)).toEqual(expect.arrayContaining([code('from A'), code('from B')]));

    // A keeps both; B takes theirs (A's). Nothing is lost either way.
    await a.locator(byId(TID.keepBoth)).click();
    await b.locator(byId(TID.takeTheirs)).click();
    await expect.poll(() => pb.editorText()).toContain('from A');
    await a.reload();
    await pa.waitForEditor();
    expect(await pa.editorText()).toContain('from A');
    await a.locator(`${byId(TID.keptVersions)} summary`).click();
    await a.locator(`${byId(TID.keptVersion)}[data-source="other-tab"] button`, { hasText: 'Open' }).first().click();
    await expect.poll(() => pa.editorText()).toContain('from B');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('two tabs on one design: notes merge per section; the same section changed in both is offered', async () => {
    const { context } = await offlineContext(browser);
    const a = new DesignTab(await context.newPage());
    const b = new DesignTab(await context.newPage());
    await a.open();
    await b.open();
    await a.notes('api').fill('GET /lists/{id}');
    await expect.poll(() => b.notes('api').inputValue(), { timeout: 10_000 }).toBe('GET /lists/{id}');
    await b.notes('metrics').fill('add-to-list rate');
    await expect.poll(() => a.notes('metrics').inputValue(), { timeout: 10_000 }).toBe('add-to-list rate');
    expect(await a.notes('api').inputValue()).toBe('GET /lists/{id}');
    expect(await a.page.locator(byId(TID.syncMessage)).textContent()).toMatch(/Merged changes .*metrics/);

    await a.notes('trade-offs').fill('A: consistency first');
    await b.notes('trade-offs').fill('B: availability first');
    await expect
      .poll(async () => (await a.page.locator(byId(TID.tabConflict)).count()) + (await b.page.locator(byId(TID.tabConflict)).count()), { timeout: 10_000 })
      .toBeGreaterThan(0);
    // Both texts survive in the store (the second one lands with its tab's autosave, a moment after the first conflict).
    const designs = async () => JSON.stringify(await idbRecords(a.page, 'kept:design:wish-list-api')) + JSON.stringify(await idbRecords(a.page, 'design:wish-list-api'));
    await expect.poll(designs, { timeout: 10_000 }).toContain('A: consistency first');
    await expect.poll(designs, { timeout: 10_000 }).toContain('B: availability first');
    await context.close();
  });

  it('an import over real progress skips damaged and hostile records, asks first, reloads the open problem, and undoes', async () => {
    const { context } = await offlineContext(browser);
    // Real progress, as the older version of the app stored it: migrated on first start.
    await context.addInitScript(() => {
      if (localStorage.getItem('seeded')) return;
      localStorage.setItem('seeded', '1');
      localStorage.setItem('techscreen:v1:problem:dedupe-list', JSON.stringify({ attempts: [{ at: 5, mode: 'submit', verdict: 'accepted', passed: 12, total: 12, language: 'javascript' }] }));
      localStorage.setItem('techscreen:v1:draft:dedupe-list:javascript', JSON.stringify({ code: 'function dedupe(items) {\n  return items; // my solved code\n}', updatedAt: 5 }));
    });
    const page = await context.newPage();
    const errors = watchErrors(page);
    const catalog = new CatalogPage(page);
    await catalog.open();
    expect(await catalog.mark('dedupe-list')).toBe('solved');
    expect(await page.locator(byId(TID.notice)).allTextContents()).toContainEqual(expect.stringMatching(/older version of this app/));

    const problem = new ProblemPage(page);
    await problem.open('dedupe-list');
    expect(await problem.editorText()).toContain('my solved code');
    const file = JSON.stringify({
      app: 'techscreen',
      version: 2,
      exportedAt: 'x',
      records: {
        'problem:dedupe-list': { updatedAt: 9, value: { attempts: 'damaged' } },
        [DRAFT_KEY]: { updatedAt: 9, value: { code: code('imported code') } },
        constructor: { updatedAt: 9, value: {} },
        'draft:not-a-problem:javascript': { updatedAt: 9, value: { code: 'x' } },
        ['k'.repeat(5000)]: { updatedAt: 9, value: {} },
      },
    });
    await page.locator(byId(TID.importProgress)).setInputFiles({ name: 'progress.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    const plan = page.locator(byId(TID.importPlan));
    await plan.waitFor();
    expect(await plan.textContent()).toMatch(/1 will be replaced, 0 added.*4 records skipped: .*problem:dedupe-list \(damaged/);
    // Nothing changed before the user says so.
    expect(await problem.editorText()).toContain('my solved code');
    await page.locator(byId(TID.importConfirm)).click();
    await expect.poll(() => problem.editorText()).toContain('imported code');

    // The next keystroke edits the imported draft; it does not bring the old one back.
    await problem.focusEditor();
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.insertText('\n// edited after import');
    await page.waitForTimeout(500);
    await page.reload();
    await problem.waitForEditor();
    await expect.poll(() => problem.editorText()).toContain('imported code');
    expect(await problem.editorText()).toContain('edited after import');

    await page.locator(byId(TID.undoImport)).click();
    await expect.poll(() => problem.editorText()).toContain('my solved code');
    await catalog.open();
    expect(await catalog.mark('dedupe-list')).toBe('solved');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('storage that refuses writes: the notice says so and the export holds the unsaved code', async () => {
    const { context } = await offlineContext(browser, { acceptDownloads: true });
    await context.addInitScript(() => {
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
        if ((globalThis as { __full?: boolean }).__full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return put.apply(this, args);
      };
    });
    const page = await context.newPage();
    const problem = new ProblemPage(page);
    await problem.open('dedupe-list');
    await page.evaluate(() => ((globalThis as { __full?: boolean }).__full = true));
    await problem.setCode(code('typed while the disk is full'));
    const notice = page.locator(byId(TID.notice), { hasText: 'refused to save' });
    await notice.waitFor({ timeout: 10_000 });
    expect(await notice.textContent()).toMatch(/QuotaExceededError.*Export progress/);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator(byId(TID.exportProgress)).click()]);
    const exported = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(exported.records[DRAFT_KEY].value.code).toContain('typed while the disk is full');
    expect(exported.unsaved).toContain(DRAFT_KEY);
    await context.close();
  });

  it('a link bomb is refused as too large, fast, and the user’s draft is untouched', async () => {
    const { context } = await offlineContext(browser);
    const page = await context.newPage();
    const errors = watchErrors(page);
    const design = new DesignTab(page);
    await design.open();
    await design.notes('api').fill('my own API notes');
    await page.waitForTimeout(500);
    const bomb = `pako:${deflateSync(Buffer.concat([Buffer.from('{"v":1,"diagram":"'), Buffer.alloc(100_000_000, 32)]), { level: 9 }).toString('base64url')}`;
    await page.goto(`${baseUrl()}#/p/wish-list-api/share/${bomb}`);
    await expect.poll(() => page.locator(byId(TID.shareStatus)).textContent(), { timeout: 10_000 }).toMatch(/too large to open/);
    expect(await page.evaluate(() => location.hash)).toBe('#/p/wish-list-api');
    expect(await design.notes('api').inputValue()).toBe('my own API notes');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('share links: each opened one is kept, the own draft comes back after any sequence, edits survive a reload', async () => {
    const { context } = await offlineContext(browser);
    const page = await context.newPage();
    const design = new DesignTab(page);
    await design.open();
    await design.notes('api').fill('OWN notes');
    await page.waitForTimeout(500);
    const link1 = await encodeDraft({ diagram: 'flowchart LR\n  l1[Link one] --> x[X]', notes: { api: 'LINK 1' } });
    const link2 = await encodeDraft({ diagram: 'flowchart LR\n  l2[Link two] --> x[X]', notes: { api: 'LINK 2' } });
    await page.goto(`${baseUrl()}#/p/wish-list-api/share/${link1}`);
    await expect.poll(() => design.notes('api').inputValue()).toBe('LINK 1');
    await page.goto(`${baseUrl()}#/p/wish-list-api/share/${link2}`);
    await expect.poll(() => design.notes('api').inputValue()).toBe('LINK 2');
    expect(await page.evaluate(() => location.hash)).toBe('#/p/wish-list-api');
    await page.locator(byId(TID.restoreOwnDraft)).click();
    await expect.poll(() => design.notes('api').inputValue()).toBe('OWN notes');
    const sources = await page.locator(byId(TID.keptVersion)).evaluateAll((els) => els.map((e) => e.getAttribute('data-source')).sort());
    expect(sources.filter((s) => s === 'shared-link')).toHaveLength(2);

    // Open a link, edit it, reload: the edits stay (the link is not opened again).
    await page.goto(`${baseUrl()}#/p/wish-list-api/share/${link1}`);
    await expect.poll(() => design.notes('api').inputValue()).toBe('LINK 1');
    await design.notes('api').fill('LINK 1, edited');
    await page.waitForTimeout(500);
    await page.reload();
    await page.waitForSelector(`${byId(TID.diagramEditor)}[data-ready="true"] .view-lines`);
    await expect.poll(() => design.notes('api').inputValue()).toBe('LINK 1, edited');
    await context.close();
  });

  it('a Submit is never cancelled by a review or a Run; its results say which code they judged and go stale on change', async () => {
    const { context } = await offlineContext(browser);
    const page = await context.newPage();
    const errors = watchErrors(page);
    const problem = new ProblemPage(page);
    await problem.open('dedupe-list');
    // Correct, but each case spins a little, so the Submit is still running while we act.
    await problem.setCode('function dedupe(items) {\n  let s = 0;\n  for (let i = 0; i < 400000; i++) s += i;\n  const seen = new Set();\n  return items.filter((x) => !seen.has(x) && seen.add(x));\n}');
    await problem.submit();
    await page.locator(byId(TID.running)).waitFor();
    // A review asked for during the Submit is refused with words, not started over it.
    await page.getByRole('tab', { name: 'Complexity' }).click();
    await page.locator(byId(TID.complexityInput)).fill('Time O(n): one pass. Space O(n) for the Set.');
    expect(await page.getByRole('button', { name: 'Review my explanation' }).isDisabled()).toBe(true);
    expect(await page.locator(`${byId(TID.queuedRequest)}[data-mode="review"]`).textContent()).toMatch(/Submit is using the sandbox/);
    // A Run asked for during the Submit waits for it.
    await page.locator(byId(TID.runButton)).click();
    await page.getByRole('tab', { name: 'Tests' }).click();
    await expect.poll(() => page.locator(byId(TID.results)).textContent(), { timeout: 30_000 }).toMatch(/examples · /);
    await page.getByRole('tab', { name: 'History' }).click();
    const history = await page.locator(byId(TID.history)).textContent();
    expect(history).toMatch(/Submit/);
    expect(history).toMatch(/Run/);
    await page.getByRole('tab', { name: 'Tests' }).click();
    await page.locator(byId(TID.verdict)).waitFor();
    expect(await page.locator(byId(TID.resultsFor)).textContent()).toMatch(/version #[0-9a-f]{6}/);
    expect(await page.locator(byId(TID.results)).getAttribute('data-stale')).toBe('false');
    await problem.focusEditor();
    await page.keyboard.press('ControlOrMeta+End');
    await pasteText(page, '\n// changed');
    await expect.poll(() => page.locator(byId(TID.results)).getAttribute('data-stale')).toBe('true');
    expect(await page.locator(byId(TID.staleResults)).textContent()).toMatch(/changed since this Run/);
    expect(errors).toEqual([]);
    await context.close();
  });
});
