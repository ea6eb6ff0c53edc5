import type { Browser, BrowserContext, Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { TID } from '../../src/ui/common/test-ids';
import { baseUrl, offlineContext, watchErrors } from './browser';

const byId = (id: string) => `[data-testid="${id}"]`;

/** Page object for the catalog. */
export class CatalogPage {
  constructor(readonly page: Page) {}
  async open() {
    await this.page.goto(baseUrl());
    await this.page.waitForSelector(byId(TID.catalog));
  }
  items() {
    return this.page.locator(byId(TID.catalogItem));
  }
  async openProblem(id: string) {
    await this.page.locator(`${byId(TID.catalogItem)}[data-id="${id}"] a`).click();
  }
  mark(id: string) {
    return this.page.locator(`${byId(TID.catalogItem)}[data-id="${id}"] ${byId(TID.progressMark)}`).getAttribute('data-mark');
  }
}

/** Page object for a coding problem. */
export class ProblemPage {
  constructor(readonly page: Page) {}
  /** Opens a problem and waits for Monaco. On a page that already shows one, this is a hash navigation: Monaco and the sandbox stay loaded. */
  async open(id: string) {
    await this.page.goto(`${baseUrl()}#/p/${id}`);
    await this.page.waitForSelector(`${byId(TID.problemPage)}[data-problem-id="${id}"] ${byId(TID.editor)}[data-ready="true"] .view-lines`, { timeout: 30_000 });
  }
  async waitForEditor() {
    await this.page.waitForSelector(`${byId(TID.editor)}[data-ready="true"] .view-lines`, { timeout: 30_000 });
  }
  /** The plain text area (before Monaco arrives) or Monaco, whichever is on screen. */
  typeable() {
    return this.page.locator(`${byId(TID.plainEditor)}, ${byId(TID.editor)}[data-ready="true"] .view-lines`).first();
  }
  /** Shows one pane on a narrow screen (Problem / Code / Results tabs); no-op when the panes are side by side. */
  async showPane(pane: 'problem' | 'code' | 'results') {
    const workspace = this.page.locator(byId(TID.problemPage));
    await workspace.waitFor();
    if ((await workspace.getAttribute('data-layout')) !== 'wide') await this.page.locator(byId(`pane-tab-${pane}`)).click();
  }
  /** Replaces the editor's text, as a user selecting all and typing would. */
  async setCode(code: string) {
    await this.focusEditor();
    await this.page.keyboard.press('ControlOrMeta+A');
    await this.page.keyboard.press('Delete');
    await pasteText(this.page, code);
  }
  async editorText() {
    // Monaco draws spaces as no-break spaces.
    return this.page.evaluate(() =>
      Array.from(document.querySelectorAll('[data-testid="code-editor"] .view-line'))
        .map((l) => (l.textContent ?? '').replace(/\u00a0/g, ' '))
        .join('\n'),
    );
  }
  /** Clicks inside the text area near the top left (a long line can make .view-lines wider than the pane). */
  async focusEditor() {
    await this.page.locator(byId(TID.editor)).click({ position: { x: 120, y: 30 } });
  }
  async run() {
    await this.page.locator(byId(TID.runButton)).click();
  }
  async submit() {
    await this.page.locator(byId(TID.submitButton)).click();
  }
  /** Waits for a verdict to be shown and returns it. */
  async verdict(timeout = 30_000) {
    const v = this.page.locator(byId(TID.verdict));
    await v.waitFor({ timeout });
    return v.getAttribute('data-verdict');
  }
  caseRows() {
    return this.page.locator(byId(TID.caseRow));
  }
  async setFeedback(mode: 'learning' | 'exam') {
    await this.page.locator(byId(TID.feedbackMode)).selectOption(mode);
  }
  async setLanguage(lang: 'javascript' | 'typescript') {
    await this.page.locator(byId(TID.languageSelect)).selectOption(lang);
    await this.waitForEditor();
  }
}

/** True when nothing on the page scrolls sideways. */
export function hasNoHorizontalOverflow(page: Page) {
  return page.evaluate(() => document.scrollingElement!.scrollWidth <= innerWidth);
}

/** Whether the element's box is at least partly inside the viewport (not below the fold, not off to a side). */
export async function isOnScreen(page: Page, selector: string) {
  const box = await page.locator(selector).first().boundingBox();
  const size = page.viewportSize()!;
  return !!box && box.width > 0 && box.height > 0 && box.y < size.height && box.y + box.height > 0 && box.x < size.width && box.x + box.width > 0;
}

/** axe-core's serious and critical violations on the page as it is now, as readable lines. */
export async function seriousA11yViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 4).join(', ')}`);
}

/** Presses Tab until the focused element matches `selector`; returns how many presses it took. */
export async function tabTo(page: Page, selector: string, max = 40, key = 'Tab') {
  for (let i = 1; i <= max; i++) {
    await page.keyboard.press(key);
    if (await page.evaluate((s) => !!document.activeElement?.matches(s), selector)) return i;
  }
  throw new Error(`${selector} was not reached in ${max} presses of ${key}`);
}

/** Pastes text at the focused element, as a user pasting code would (typing would trigger auto-close and auto-indent). */
export async function pasteText(page: Page, text: string) {
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.keyboard.press('ControlOrMeta+V');
}

/** Two tabs of one fresh offline context, both showing coding problem `id`; `errors` gathers both tabs' page errors as they happen. */
export async function twoTabsOnProblem(browser: Browser, id: string): Promise<{ context: BrowserContext; a: Page; b: Page; pa: ProblemPage; pb: ProblemPage; errors: string[] }> {
  const { context } = await offlineContext(browser);
  const a = await context.newPage();
  const b = await context.newPage();
  const errors: string[] = [];
  watchErrors(a, errors);
  watchErrors(b, errors);
  const pa = new ProblemPage(a);
  const pb = new ProblemPage(b);
  await pa.open(id);
  await pb.open(id);
  return { context, a, b, pa, pb, errors };
}

export { byId };
