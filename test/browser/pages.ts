import type { Page } from 'playwright-core';
import { TID } from '../../src/ui/common/test-ids';
import { baseUrl } from './browser';

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
  async open(id: string) {
    await this.page.goto(`${baseUrl()}#/p/${id}`);
    await this.waitForEditor();
  }
  async waitForEditor() {
    await this.page.waitForSelector(`${byId(TID.editor)}[data-ready="true"] .view-lines`, { timeout: 30_000 });
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

/** Pastes text at the focused element, as a user pasting code would (typing would trigger auto-close and auto-indent). */
export async function pasteText(page: Page, text: string) {
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.keyboard.press('ControlOrMeta+V');
}

export { byId };
