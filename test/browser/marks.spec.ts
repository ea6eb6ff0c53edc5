/**
 * Marks agree across pages in a real browser: the same saved records give the same solved / missed /
 * attempted in the catalog, the progress page, practise-next and a mock's scorecard. Records are written
 * straight into IndexedDB (as an earlier session would have left them), so no editor or sandbox starts.
 * Also: the catalog's concept rows keep their layout (badge in its cell, description readable).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, launchBrowser, offlineContext, watchErrors } from './browser';
import { byId, CatalogPage } from './pages';
import { TID } from '../../src/ui/common/test-ids';
import { MTID } from '../../src/ui/mock/mock-test-ids';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const DAY = 24 * 3600_000;
const NOW = Date.now();
const T1 = NOW - 3 * DAY;
const env = (value: unknown, updatedAt = T1) => ({ v: 2, updatedAt, writer: 'earlier-session', value });
const attempt = (at: number, verdict: string, passed: number, total: number) => ({ at, mode: 'submit', verdict, passed, total, language: 'javascript' });
const part = { skill: 'x', durationMs: 10 * 60_000, endedBy: 'hand-in' };
const mock = {
  version: 1,
  id: 'mseeded',
  seed: 'abc',
  plannedMinutes: 30,
  createdAt: T1,
  finishedAt: T1 + 30 * 60_000,
  parts: [
    {
      ...part, kind: 'coding', itemId: 'are-anagrams', title: 'Anagrams', startedAt: T1, endedAt: T1 + 10 * 60_000,
      work: { language: 'javascript', code: 'function f() {}', fields: {}, stepLog: [] },
      evaluation: { verdict: 'accepted', passed: 12, total: 12, hiddenPassed: 10, hiddenTotal: 10, measured: 'O(n)', complexityVerdict: 'matches', complexityChecks: [], claimedTime: 'O(n)' },
    },
    {
      ...part, kind: 'design', itemId: 'wish-list-api', title: 'Wish list API', startedAt: T1 + 10 * 60_000, endedAt: T1 + 20 * 60_000, designKind: 'api',
      work: { diagram: 'flowchart LR\n a --> b', notes: {} },
      evaluation: { results: [{ id: 'gw', label: 'API gateway', type: 'component', met: true, detail: 'seen' }, { id: 'pg', label: 'Pagination', type: 'topic', met: false, detail: 'not in the notes' }] },
    },
    {
      ...part, kind: 'concept', itemId: 'concept-rollback', title: 'Rollback', startedAt: T1 + 20 * 60_000, endedAt: T1 + 30 * 60_000,
      work: { answer: 'Go back to the last good version behind a flag.', followUp: '' },
      evaluation: { findings: [{ id: 'revert', label: 'Go back', status: 'met', message: '' }], notes: [] },
    },
  ],
};
const RECORDS: Record<string, unknown> = {
  // 6/13, then 13/13 later: solved, and practise-next no longer says 6/13.
  'problem:dedupe-list': env({ attempts: [attempt(T1 + 60_000, 'accepted', 13, 13), attempt(T1, 'wrong-answer', 6, 13)] }),
  'mock:record:mseeded': env(mock),
  'concept:concept-caching-latency': env({ answer: 'A cache.', updatedAt: T1, reviews: [{ at: T1, met: 4, total: 5, missed: ['cost'] }] }),
  // Every point met but one the reader could not decide: attempted, never a miss.
  'concept:concept-idempotency': env({ answer: 'Retries.', updatedAt: T1, reviews: [{ at: T1, met: 4, total: 5, missed: [], undecided: ['keys'] }] }),
};

async function seed(page: Page) {
  await page.evaluate(
    (records) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('techscreen', 1);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('records', 'readwrite');
          for (const [k, v] of Object.entries(records)) tx.objectStore('records').put(v, k);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    RECORDS,
  );
}

describe('marks in the browser', () => {
  it('catalog, progress, practise-next and the scorecard agree on the same records', async () => {
    const { context, blocked } = await offlineContext(browser);
    const page = await context.newPage();
    const errors = watchErrors(page);
    const catalog = new CatalogPage(page);
    await catalog.open(); // creates the database
    await seed(page);
    await page.reload();
    await page.waitForSelector(byId(TID.catalog));
    const expected: Record<string, string> = {
      'dedupe-list': 'solved',
      'are-anagrams': 'solved',
      'wish-list-api': 'missed',
      'concept-rollback': 'solved',
      'concept-caching-latency': 'missed',
      'concept-idempotency': 'attempted',
    };
    for (const [id, mark] of Object.entries(expected)) expect([id, await catalog.mark(id)]).toEqual([id, mark]);

    await page.goto(`${baseUrl()}#/progress`);
    await page.waitForSelector(byId(MTID.progressPage));
    for (const [id, mark] of Object.entries(expected)) {
      expect([id, await page.locator(`${byId(MTID.skillRow)} a[data-id="${id}"]`).getAttribute('data-mark')]).toEqual([id, mark]);
    }
    const next = page.locator(byId(MTID.practiseNextItem));
    const ids = await next.evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
    expect(ids.sort()).toEqual(['concept-caching-latency', 'dedupe-list', 'wish-list-api']);
    expect(await page.locator(`${byId(MTID.practiseNextItem)}[data-id="dedupe-list"]`).textContent()).not.toMatch(/6 of 13|6\/13/);
    expect(await page.locator(byId(MTID.practiseNext)).textContent()).not.toMatch(/wrong-answer|\(wrong answer\)/);

    await page.goto(`${baseUrl()}#/mock/mseeded`);
    await page.waitForSelector(byId(MTID.scorecard));
    for (const id of ['are-anagrams', 'wish-list-api', 'concept-rollback']) {
      expect([id, await page.locator(`${byId(MTID.scorecardPart)}[data-id="${id}"]`).getAttribute('data-mark')]).toEqual([id, expected[id]]);
    }
    expect(blocked).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('lays the concept rows out right: the badge keeps to its cell and the description is readable', async () => {
    for (const width of [1280, 390]) {
      const { context } = await offlineContext(browser, { viewport: { width, height: 800 } });
      const page = await context.newPage();
      await new CatalogPage(page).open();
      const row = page.locator(`${byId(TID.catalogItem)}[data-id="concept-caching-latency"]`);
      const badge = await row.locator('.kind-concept').boundingBox();
      const summary = await row.locator('.problem-summary').boundingBox();
      const title = await row.locator('.problem-title').boundingBox();
      expect(badge!.width).toBeLessThan(120);
      expect(summary!.width).toBeGreaterThan(width > 700 ? 300 : 200);
      expect(title!.width).toBeGreaterThan(80);
      // Concept rows line up with coding rows.
      const coding = await page.locator(`${byId(TID.catalogItem)}[data-id="dedupe-list"] .problem-summary`).boundingBox();
      expect(Math.abs(coding!.x - summary!.x)).toBeLessThan(2);
      await context.close();
    }
  });
});
