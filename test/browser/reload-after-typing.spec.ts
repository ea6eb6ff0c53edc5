/**
 * Nothing typed is lost on a quick reload: in every place the user types, text typed and then reloaded
 * at once (no pause for the autosave) is there after the reload. The page's pending saves are flushed
 * on `pagehide`, and writes IndexedDB has not finished are journaled synchronously.
 * One context and one page for the whole file: Monaco and the sandbox start once per reload only.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { baseUrl, launchBrowser, offlineContext, watchErrors } from './browser';
import { byId, ProblemPage } from './pages';
import { TID } from '../../src/ui/common/test-ids';
import { MTID } from '../../src/ui/mock/mock-test-ids';
import { STID } from '../../src/ui/story/story-test-ids';

let browser: Browser;
let context: BrowserContext;
let blocked: string[];
let page: Page;
let errors: string[];
beforeAll(async () => {
  browser = await launchBrowser();
  ({ context, blocked } = await offlineContext(browser));
  page = await context.newPage();
  errors = watchErrors(page);
});
afterEach(() => {
  // Checked per test, so a page error points at the editor it came from.
  expect(blocked.splice(0)).toEqual([]);
  expect(errors.splice(0)).toEqual([]);
});
afterAll(async () => {
  await browser?.close();
});

/** Types at the end of the focused Monaco editor, then reloads without waiting for any autosave. */
async function typeInMonacoAndReload(editor: string, text: string) {
  await page.locator(`${editor} .view-lines`).first().click({ position: { x: 60, y: 10 } });
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type(text);
  await page.reload();
}
async function typeAndReload(selector: string, text: string) {
  await page.locator(selector).click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type(text);
  await page.reload();
}
const monacoText = (editor: string) =>
  page.evaluate((sel) => Array.from(document.querySelectorAll(`${sel} .view-line`)).map((l) => (l.textContent ?? '').replace(/\u00a0/g, ' ')).join('\n'), editor);

describe('reload right after typing', () => {
  it('keeps the last keystrokes in the code editor (Monaco) and in the complexity explanation', async () => {
    const problem = new ProblemPage(page);
    await problem.open('dedupe-list');
    await typeInMonacoAndReload(byId(TID.editor), '\n// typed right before the reload');
    await problem.waitForEditor();
    await expect.poll(() => problem.editorText()).toContain('// typed right before the reload');

    await page.getByRole('tab', { name: 'Complexity' }).click();
    await typeAndReload(byId(TID.complexityInput), 'O(n) time because each item is looked at once');
    await page.getByRole('tab', { name: 'Complexity' }).click();
    await expect.poll(() => page.locator(byId(TID.complexityInput)).inputValue()).toBe('O(n) time because each item is looked at once');
  });

  it('keeps what was typed in the plain text area before Monaco arrived', async () => {
    // Monaco never arrives for this page, so the plain text area is what the user types in.
    const chunk = /\/assets\/code-editor-[^/]*\.js$/;
    const hold = () => new Promise<void>(() => undefined);
    await page.route(chunk, hold);
    try {
      await page.goto(`${baseUrl()}#/p/are-anagrams`);
      await page.reload(); // a fresh document: the editor chunk loaded by the test before is gone
      const plain = page.locator(byId(TID.plainEditor));
      await plain.waitFor();
      await typeAndReload(byId(TID.plainEditor), '\n// typed before the full editor loaded');
      await plain.waitFor();
      await expect.poll(() => plain.inputValue()).toContain('// typed before the full editor loaded');
    } finally {
      await page.unroute(chunk, hold);
    }
  });

  it('keeps the diagram and the notes of a design', async () => {
    await page.goto(`${baseUrl()}#/p/wish-list-api`);
    const editor = `${byId(TID.designPage)} ${byId(TID.diagramEditor)}[data-ready="true"]`;
    await page.locator(`${editor} .view-lines`).waitFor({ timeout: 30_000 });
    await typeInMonacoAndReload(editor, '\n  service --> typedcache');
    await page.locator(`${editor} .view-lines`).waitFor({ timeout: 30_000 });
    await expect.poll(() => monacoText(editor)).toContain('service --> typedcache');

    const notes = `${byId(TID.notesSection)}[data-section="api"] textarea`;
    await typeAndReload(notes, 'GET /v1/lists/{id}/items?cursor=abc');
    await expect.poll(() => page.locator(notes).inputValue()).toBe('GET /v1/lists/{id}/items?cursor=abc');
  });

  it('keeps a concept answer', async () => {
    await page.goto(`${baseUrl()}#/p/concept-caching-latency`);
    await typeAndReload(byId(MTID.conceptAnswer), 'A cache keeps hot data in memory so a hit skips the database.');
    await expect.poll(() => page.locator(byId(MTID.conceptAnswer)).inputValue()).toBe('A cache keeps hot data in memory so a hit skips the database.');
  });

  it('keeps every part of a mock: a method step, the code, design notes and diagram, a concept answer, a short question', async () => {
    // A real clock (Playwright's fake one breaks Monaco's typing-latency timing): 30 minutes is ample.
    await page.goto(`${baseUrl()}#/mock`);
    await page.getByRole('radio', { name: 'Custom' }).check();
    await page.locator(byId(MTID.mockCustomMinutes)).fill('30');
    const plan = page.locator(byId(MTID.mockPlanPart));
    await expect.poll(() => plan.count()).toBeGreaterThan(2);
    const kinds = await plan.evaluateAll((els) => els.map((e) => e.getAttribute('data-kind') ?? ''));
    await page.locator(byId(MTID.mockBegin)).click();
    const checked = new Set<string>();
    for (const [index, kind] of kinds.entries()) {
      await page.locator(`${byId(MTID.mockPart)}[data-index="${index}"]`).waitFor({ timeout: 30_000 });
      if (kind === 'coding' && !checked.has(kind)) {
        const clarify = `${byId(MTID.methodField)}[data-step="clarify"] textarea`;
        await typeAndReload(clarify, 'Can the list be empty?');
        await expect.poll(() => page.locator(clarify).inputValue()).toBe('Can the list be empty?');
        await page.locator(`${byId(MTID.methodStep)}[data-step="code"]`).click();
        const editor = `${byId(MTID.mockPart)} ${byId(TID.editor)}[data-ready="true"]`;
        await page.locator(`${editor} .view-lines`).waitFor({ timeout: 30_000 });
        await typeInMonacoAndReload(editor, '\n// mock code typed before the reload');
        await page.locator(`${editor} .view-lines`).waitFor({ timeout: 30_000 });
        await expect.poll(() => monacoText(editor)).toContain('// mock code typed before the reload');
        await page.locator(`${byId(MTID.predictPass)}[value="no"]`).check();
        await page.locator(byId(MTID.predictClass)).selectOption('O(n)');
      } else if (kind === 'design' && !checked.has(kind)) {
        const notes = `${byId(MTID.designNotes)} [data-section="requirements"] textarea`;
        await typeAndReload(notes, 'Who uses it? Assumption: reads dominate.');
        await expect.poll(() => page.locator(notes).inputValue()).toBe('Who uses it? Assumption: reads dominate.');
        const diagram = `${byId(MTID.mockPart)} ${byId(TID.diagramEditor)}[data-ready="true"]`;
        await page.locator(`${diagram} .view-lines`).waitFor({ timeout: 30_000 });
        await typeInMonacoAndReload(diagram, '\n  service --> typeddb');
        await page.locator(`${diagram} .view-lines`).waitFor({ timeout: 30_000 });
        await expect.poll(() => monacoText(diagram)).toContain('service --> typeddb');
      } else if (kind === 'concept' && !checked.has(kind)) {
        await typeAndReload(byId(MTID.conceptAnswer), 'Idempotency means a retry does no harm.');
        await expect.poll(() => page.locator(byId(MTID.conceptAnswer)).inputValue()).toBe('Idempotency means a retry does no harm.');
      } else if (!checked.has(kind)) {
        // Any other kind of part (short questions): its first text field.
        const field = `${byId(MTID.mockPart)} textarea, ${byId(MTID.mockPart)} input[type="text"]`;
        if ((await page.locator(field).count()) > 0) {
          await page.locator(field).first().click();
          await page.keyboard.type('42');
          await page.reload();
          await expect.poll(() => page.locator(field).first().inputValue()).toContain('42');
        }
      }
      checked.add(kind);
      if (index === kinds.length - 1) break;
      await page.locator(byId(MTID.handIn)).click();
    }
    expect([...checked]).toEqual(expect.arrayContaining(['coding', 'design', 'concept']));
  });

  it('keeps a story (prose and a STAR field) and a principle drill answer', async () => {
    await page.goto(`${baseUrl()}/#/stories`);
    await page.locator(byId(STID.newStory)).click();
    await typeAndReload(byId(STID.storyProse), 'I called the customer myself.');
    await expect.poll(() => page.locator(byId(STID.storyProse)).inputValue()).toBe('I called the customer myself.');
    await page.locator(`${byId(STID.storyMode)}[value="fields"]`).check();
    await typeAndReload(`${byId(STID.storyField)}[data-field="result"]`, 'Tickets fell by 40 percent.');
    await expect.poll(() => page.locator(`${byId(STID.storyField)}[data-field="result"]`).inputValue()).toBe('Tickets fell by 40 percent.');
    await page.goto(`${baseUrl()}/#/drill/frugality`);
    await typeAndReload(byId(STID.drillAnswer), 'I cut the vendor bill by a third.');
    await expect.poll(() => page.locator(byId(STID.drillAnswer)).inputValue()).toBe('I cut the vendor bill by a third.');
  });
});
