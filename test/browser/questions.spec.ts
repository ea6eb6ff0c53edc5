import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { baseUrl, launchBrowser, offlineContext, watchErrors } from './browser';
import { CatalogPage } from './pages';
import { QTID } from '../../src/ui/questions/question-test-ids';
import { MTID } from '../../src/ui/mock/mock-test-ids';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const byId = (id: string) => `[data-testid="${id}"]`;
const problemFile = (id: string, file: string) => readFileSync(`problems/${id}/${file}`, 'utf8');

/** Page object for a trace, api or estimate question. */
class QuestionPage {
  constructor(readonly page: Page) {}
  async open(id: string) {
    this.handIns = 0;
    await this.page.goto(`${baseUrl()}#/p/${id}`);
    await this.page.waitForSelector(byId(QTID.page), { timeout: 30_000 });
  }
  field(id: string) {
    return this.page.locator(`${byId(QTID.field)}[data-field="${id}"]`);
  }
  async fill(id: string, text: string) {
    await this.field(id).fill(text);
  }
  outcome(id: string) {
    return this.page.locator(`${byId(QTID.fieldOutcome)}[data-field="${id}"]`);
  }
  handIns = 0;
  async handIn(): Promise<string> {
    await this.page.locator(byId(QTID.handIn)).click();
    const verdict = this.page.locator(`${byId(QTID.verdict)}[data-hand-ins="${++this.handIns}"]`);
    await verdict.waitFor({ timeout: 30_000 });
    return (await verdict.getAttribute('data-verdict')) ?? '';
  }
}

async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`);
}

describe('read the code in Chromium', () => {
  it('grades predictions, a breaking input and a fix by running the snippet; nothing expected shows before the hand-in; a reload keeps what was typed', async () => {
    const { context, blocked } = await offlineContext(browser);
    const page = await context.newPage();
    const errors = watchErrors(page);
    const q = new QuestionPage(page);
    await q.open('trace-tiered-discount');
    expect(await page.locator(byId(QTID.snippet)).textContent()).toContain('if (subtotal >= TIERS.small)');
    // Before the hand-in the page shows no expected value and no explanation.
    const before = (await page.locator(byId(QTID.page)).textContent()) ?? '';
    expect(before).not.toContain('10800');
    expect(await page.locator(byId(QTID.expected)).count()).toBe(0);
    expect(await page.locator(byId(QTID.explanation)).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);

    await q.fill('small-order', '4000');
    await q.fill('mid-order', '6,750');
    await q.fill('large-order', '9600');
    // A reload right after typing keeps every keystroke.
    await page.reload();
    await page.waitForSelector(byId(QTID.page));
    expect(await q.field('large-order').inputValue()).toBe('9600');
    expect(await q.field('mid-order').inputValue()).toBe('6,750');

    await q.fill('breaking-input', '12000');
    const fix = problemFile('trace-tiered-discount', 'fixed.js');
    await q.fill('fix', fix);
    await q.fill('explain', 'It takes a discount off the order total, but because the $50 check comes first, orders of $100 or more only get 10%.');
    expect(await q.handIn()).toBe('partly');
    expect(await q.outcome('small-order').getAttribute('data-right')).toBe('true');
    expect(await q.outcome('large-order').getAttribute('data-right')).toBe('false');
    expect(await q.outcome('large-order').textContent()).toMatch(/checks the \$50 tier first.*Expected: 10800/);
    expect(await q.outcome('breaking-input').getAttribute('data-right')).toBe('true');
    expect(await q.outcome('fix').textContent()).toMatch(/all 6 hidden tests pass/);
    expect(await q.outcome('explain').getAttribute('data-right')).toBe('advice');
    expect(await page.locator(byId(QTID.explanation)).textContent()).toMatch(/In one sentence/);

    // Corrected, handed in again: right, and the catalog marks it solved.
    await q.fill('large-order', '10800');
    expect(await q.handIn()).toBe('right');
    const catalog = new CatalogPage(page);
    await catalog.open();
    await expect.poll(() => catalog.mark('trace-tiered-discount')).toBe('solved');
    for (const group of ['Read the code', 'Read the API exchange', 'Estimate the scale']) {
      expect(await page.getByRole('heading', { name: group }).count()).toBe(1);
    }
    expect(blocked).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);

  it('shows pseudocode by its Python name and fits a phone screen', async () => {
    const { context } = await offlineContext(browser, { viewport: { width: 390, height: 800 } });
    const page = await context.newPage();
    const q = new QuestionPage(page);
    await q.open('trace-loyalty-points');
    expect(await page.getByText('points_for(1999, \'mon\') returns').count()).toBe(1);
    await q.fill('weekday', '20');
    await q.fill('weekend', '38');
    await q.fill('big-weekend', '500');
    expect(await q.handIn()).toBe('partly');
    expect(await q.outcome('weekday').textContent()).toMatch(/floor division/);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    await context.close();
  }, 90_000);
});

describe('read the API exchange in Chromium', () => {
  it('grades typed values and ticked choices, naming the typical mistake with the why', async () => {
    const { context } = await offlineContext(browser);
    const page = await context.newPage();
    const errors = watchErrors(page);
    const q = new QuestionPage(page);
    await q.open('api-idempotent-retry');
    expect(await page.locator(byId(QTID.exchange)).textContent()).toContain('Idempotency-Key: 7f3c-91ab');
    await q.fill('retry-status', '200 OK');
    await q.fill('key-reused', '422');
    await q.fill('orders-now', 'two');
    const choices = q.field('safe-to-retry');
    await choices.getByLabel('POST /v1/orders with the same Idempotency-Key and body').check();
    await choices.getByLabel('GET /v1/orders/o_9002').check();
    expect(await q.handIn()).toBe('partly');
    expect(await q.outcome('retry-status').textContent()).toMatch(/stored response of the first call.*Expected: 201/);
    expect(await q.outcome('safe-to-retry').getAttribute('data-right')).toBe('true');
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  }, 90_000);
});

describe('estimate the scale in Chromium', () => {
  it('re-does the working line by line and catches a per-day figure given per second', async () => {
    const { context } = await offlineContext(browser);
    const page = await context.newPage();
    const q = new QuestionPage(page);
    await q.open('estimate-product-page-peak-qps');
    await q.fill('work', '50M users × 20 views = 1B views a day\n= 1B QPS');
    await q.fill('figure', '1B QPS');
    expect(await q.handIn()).toBe('wrong');
    expect(await q.outcome('work').textContent()).toMatch(/Line 2: .*a figure per day written as per second/);
    expect(await q.outcome('figure').textContent()).toMatch(/per-day figure given per second/);
    expect(await q.outcome('needs-peak').textContent()).toMatch(/No peak factor/);
    await q.fill('work', '50M × 20 = 1B views a day\n1B / 86,400 s ≈ 11.6k/s\n× 3 for peak ≈ 35k/s');
    await q.fill('figure', '35k requests per second');
    expect(await q.handIn()).toBe('right');
    expect(await page.locator(byId(QTID.explanation)).textContent()).toMatch(/A model working/);
    // Progress lists the skill with the solved item.
    await page.goto(`${baseUrl()}#/progress`);
    await page.waitForSelector(byId(MTID.progressPage));
    expect(await page.locator(`${byId(MTID.skillRow)}[data-skill="estimation"]`).getAttribute('data-solved')).toBe('1');
    await context.close();
  }, 90_000);
});

describe('a question part in a mock screen', () => {
  it('is drawn into the technical half, answered with no hints and graded on the scorecard', async () => {
    const { context } = await offlineContext(browser);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${baseUrl()}#/mock`);
    await page.waitForSelector(byId(MTID.mockSetup));
    const plan = page.locator(byId(MTID.mockPlanPart));
    await expect.poll(() => plan.count()).toBe(5);
    const last = plan.last();
    expect(await last.getAttribute('data-kind')).toBe('question');
    const qId = (await last.getAttribute('data-id'))!;
    await page.locator(byId(MTID.mockBegin)).click();
    const part = (index: number, kind: string) => page.waitForSelector(`${byId(MTID.mockPart)}[data-index="${index}"][data-kind="${kind}"]`, { timeout: 30_000 });
    await part(0, 'coding');
    await page.locator(`${byId(MTID.predictPass)}[value="no"]`).check();
    await page.locator(byId(MTID.predictClass)).selectOption('O(n)');
    await page.locator(byId(MTID.handIn)).click();
    await part(1, 'design');
    await page.locator(byId(MTID.handIn)).click();
    await part(2, 'concept');
    await page.locator(byId(MTID.handIn)).click();
    await part(3, 'concept');
    await page.locator(byId(MTID.handIn)).click();
    await part(4, 'question');
    // Interview conditions: no hint, nothing expected, no explanation before the scorecard.
    expect(await page.getByRole('button', { name: /hint/i }).count()).toBe(0);
    expect(await page.locator(byId(QTID.expected)).count()).toBe(0);
    const meta = JSON.parse(problemFile(qId, 'problem.json'));
    // Answer one field the way the reference does, so the scorecard has something right to show.
    if (meta.kind === 'estimate') {
      await page.locator(`${byId(QTID.field)}[data-field="work"]`).fill(meta.reference.lines.join('\n'));
      await page.locator(`${byId(QTID.field)}[data-field="figure"]`).fill(meta.reference.figure);
    } else if (meta.kind === 'api') {
      const first = meta.questions.find((x: { answer: { type: string } }) => x.answer.type === 'status' || x.answer.type === 'number');
      if (first) await page.locator(`${byId(QTID.field)}[data-field="${first.id}"]`).fill(String(first.answer.value));
    } else {
      await page.locator(`${byId(QTID.field)}[data-field="explain"]`).fill(meta.doesWhat);
    }
    await page.locator(byId(MTID.handIn)).click();
    const card = page.locator(byId(MTID.scorecard));
    await card.waitFor({ timeout: 30_000 });
    await expect.poll(() => card.getAttribute('data-pending'), { timeout: 60_000 }).toBe('0');
    const scored = page.locator(`${byId(MTID.scorecardPart)}[data-id="${qId}"]`);
    const verdict = await scored.locator(byId(MTID.questionVerdict)).getAttribute('data-verdict');
    expect(meta.kind === 'estimate' ? verdict : ['partly', 'wrong']).toEqual(meta.kind === 'estimate' ? 'right' : expect.arrayContaining([verdict]));
    expect(await scored.textContent()).toMatch(/answers right|Right|Not right|Partly/);
    expect(errors).toEqual([]);
    await context.close();
  }, 180_000);
});
