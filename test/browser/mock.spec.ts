import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { baseUrl, launchBrowser, offlineContext, watchErrors } from './browser';
import { byId, ProblemPage } from './pages';
import { MTID } from '../../src/ui/mock/mock-test-ids';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const problemFile = (id: string, file: string) => readFileSync(`problems/${id}/${file}`, 'utf8');

/** Accessibility rule violations on the page, as "rule: first element" lines. */
async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`);
}

/** Page object for the mock screen. */
class MockPage {
  constructor(readonly page: Page) {}
  async openSetup() {
    await this.page.goto(`${baseUrl()}#/mock`);
    await this.page.waitForSelector(byId(MTID.mockSetup));
  }
  part() {
    return this.page.locator(byId(MTID.mockPart));
  }
  async waitForPart(index: number, kind: string) {
    await this.page.waitForSelector(`${byId(MTID.mockPart)}[data-index="${index}"][data-kind="${kind}"]`, { timeout: 30_000 });
  }
  async remainingMs() {
    return Number(await this.page.locator(byId(MTID.partTimer)).getAttribute('data-remaining-ms'));
  }
  async openStep(step: string) {
    await this.page.locator(`${byId(MTID.methodStep)}[data-step="${step}"]`).click();
  }
  async fillStep(step: string, text: string) {
    await this.openStep(step);
    await this.page.locator(`${byId(MTID.methodField)}[data-step="${step}"] textarea`).fill(text);
  }
  async handIn() {
    await this.page.locator(byId(MTID.handIn)).click();
  }
  /** How many handed-in parts the app has judged so far (it judges in the background while the next part runs). */
  async evaluated(): Promise<number> {
    return Number(await this.page.locator(byId(MTID.mockRun)).getAttribute('data-evaluated'));
  }
}

describe('concept questions in Chromium', () => {
  it('says it out loud for 90 visible seconds, then reviews the typed answer with quoted evidence', async () => {
    const { context, blocked } = await offlineContext(browser);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.clock.install();
    await page.goto(`${baseUrl()}#/p/concept-caching-latency`);
    await page.waitForSelector(byId(MTID.conceptPage));
    expect(await axeViolations(page)).toEqual([]);
    await page.locator(byId(MTID.sayItMode)).check();
    await page.locator(byId(MTID.sayItStart)).click();
    const timer = page.locator(byId(MTID.sayItTimer));
    await expect.poll(() => timer.textContent()).toMatch(/^1:(30|29)$/);
    expect(await page.locator(byId(MTID.timerAnnouncement)).textContent()).toMatch(/90 seconds/);
    // No answer box while speaking.
    expect(await page.locator(byId(MTID.conceptAnswer)).count()).toBe(0);
    await page.clock.fastForward('01:31');
    const answer = page.locator(byId(MTID.conceptAnswer));
    await answer.waitFor();
    expect(await page.locator(byId(MTID.timerAnnouncement)).textContent()).toMatch(/Time is up/);
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(MTID.conceptAnswer);

    await answer.fill('A cache keeps hot product data in memory, so a hit skips the database round trip.\nThe hit rate decides how much we gain, because every miss still pays for the database.\nTTL, invalidation, stampede.');
    await page.locator(byId(MTID.conceptReviewButton)).click();
    const finding = (id: string) => page.locator(`${byId(MTID.conceptFinding)}[data-point="${id}"]`);
    await finding('hit-rate').waitFor();
    expect(await finding('faster-path').getAttribute('data-status')).toBe('explained');
    expect(await finding('faster-path').textContent()).toContain('“A cache keeps hot product data in memory, so a hit skips the database round trip.”');
    expect(await finding('hit-rate').textContent()).toContain('“The hit rate decides how much we gain, because every miss still pays for the database.”');
    // Terms in a bare list are named, not explained.
    expect(await finding('staleness').getAttribute('data-status')).toBe('mentioned');
    expect(await finding('staleness').textContent()).toMatch(/named in a list of terms/);
    expect(await finding('cost').getAttribute('data-status')).toBe('missed');
    expect(await page.locator(byId(MTID.followUps)).textContent()).toContain('10× traffic');
    expect(await page.locator(byId(MTID.modelAnswer)).count()).toBe(0);
    await page.getByRole('button', { name: 'Reveal the model answer' }).click();
    expect(await page.locator(byId(MTID.modelAnswer)).textContent()).toContain('hit rate');

    // The answer and its review survive a reload.
    await page.reload();
    await page.waitForSelector(byId(MTID.conceptAnswer));
    expect(await page.locator(byId(MTID.conceptAnswer)).inputValue()).toContain('round trip');
    expect(blocked).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('a whole short mock in Chromium', () => {
  it('runs every part under the clock, resumes after a reload, scores it, exports Markdown and feeds progress', async () => {
    const { context, blocked } = await offlineContext(browser, { acceptDownloads: true });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.clock.install();
    const mock = new MockPage(page);
    await mock.openSetup();

    // The duration is a setting: a 6-minute clock keeps each part's share of a 30-minute mock.
    await page.getByRole('radio', { name: 'Custom' }).check();
    await page.locator(byId(MTID.mockCustomMinutes)).fill('6');
    const plan = page.locator(byId(MTID.mockPlanPart));
    await expect.poll(() => plan.count()).toBe(5);
    const kinds = await plan.evaluateAll((els) => els.map((e) => e.getAttribute('data-kind')));
    expect(kinds).toEqual(['coding', 'design', 'concept', 'concept', 'question']);
    // Drawing again gives another balanced set, the same on any machine for its seed.
    await page.locator(byId(MTID.mockRedraw)).click();
    await expect.poll(async () => (await plan.evaluateAll((els) => els.map((e) => e.getAttribute('data-kind')))).join()).toBe('coding,design,concept,concept,question');
    const [cId, dId, c1Id, c2Id, qId] = await plan.evaluateAll((els) => els.map((e) => e.getAttribute('data-id')!));

    await page.locator(byId(MTID.mockBegin)).click();
    await mock.waitForPart(0, 'coding');
    expect(await mock.remainingMs()).toBeGreaterThan(2.2 * 60_000);
    expect(Number(await page.locator(byId(MTID.overallTimer)).getAttribute('data-remaining-ms'))).toBeGreaterThan(5.5 * 60_000);
    // Interview conditions: no hints, no reference solution.
    expect(await page.getByRole('button', { name: /hint|solution|reference/i }).count()).toBe(0);

    expect(await axeViolations(page)).toEqual([]);

    // The coding part, step by step; Alt+→ moves to the next step from the keyboard.
    const meta = JSON.parse(problemFile(cId, 'problem.json'));
    await mock.fillStep('clarify', 'Can the input be empty?\nAssumption: inputs fit in memory.');
    await page.keyboard.press('Alt+ArrowRight');
    await page.waitForSelector(`${byId(MTID.methodField)}[data-step="examples"]`);
    await page.locator(`${byId(MTID.methodField)}[data-step="examples"] textarea`).fill('Worked the first example by hand.');
    await mock.fillStep('approach', 'One pass with a hash map.');
    await mock.fillStep('complexity', `Time ${meta.complexity.time} because of ${meta.complexity.keywords[0]}; space ${meta.complexity.space}.`);
    await mock.openStep('code');
    const editor = new ProblemPage(page);
    await editor.waitForEditor();
    await editor.setCode(problemFile(cId, 'reference.js'));
    await mock.fillStep('test', 'Empty input, one item, duplicates.');
    await page.locator(byId(MTID.runExamples)).click();
    await expect.poll(() => page.locator(byId(MTID.exampleResults)).getAttribute('data-verdict'), { timeout: 30_000 }).toBe('accepted');
    // Predict before submitting.
    expect(await page.locator(byId(MTID.handIn)).isDisabled()).toBe(true);
    await page.locator(`${byId(MTID.predictPass)}[value="yes"]`).check();
    await page.locator(byId(MTID.predictClass)).selectOption(meta.complexity.time);
    await mock.handIn();

    // The design part; a reload in the middle resumes the same part, its work and its remaining time.
    await mock.waitForPart(1, 'design');
    expect(await page.locator(byId(MTID.designNotes)).textContent()).not.toMatch(/Clarifying questions to ask/);
    await page.locator(`${byId(MTID.designNotes)} [data-section="requirements"] textarea`).fill('Who uses it and at what scale? Assumption: reads dominate.');
    await page.locator(`${byId(MTID.designNotes)} [data-section="api"] textarea`).fill('GET /v1/items?cursor=abc returns nextCursor; POST is idempotent with an idempotency key; errors 400, 404, 429.');
    await page.waitForTimeout(400); // the autosave's debounce
    const before = await mock.remainingMs();
    await page.reload();
    await mock.waitForPart(1, 'design');
    const after = await mock.remainingMs();
    expect(after).toBeLessThanOrEqual(before);
    expect(after).toBeGreaterThan(before - 10_000);
    expect(await page.locator(`${byId(MTID.designNotes)} [data-section="requirements"] textarea`).inputValue()).toContain('reads dominate');
    // The gentle warning at one minute, announced once (the coding part's judging must finish before the clock jumps).
    await expect.poll(() => mock.evaluated(), { timeout: 60_000 }).toBeGreaterThanOrEqual(1);
    expect(await page.locator(byId(MTID.timerAnnouncement)).textContent()).not.toMatch(/minute/);
    await page.clock.fastForward(Math.max(0, (await mock.remainingMs()) - 55_000));
    await expect.poll(() => page.locator(byId(MTID.timerAnnouncement)).textContent()).toMatch(/One minute left/);
    expect(await page.locator(byId(MTID.partTimer)).getAttribute('aria-live')).toBe('off');
    await mock.handIn();

    // A concept part answered well, then one left to run out: it locks at zero.
    await mock.waitForPart(2, 'concept');
    await page.locator(byId(MTID.conceptAnswer)).fill(problemFile(c1Id, 'model-answer.md'));
    await mock.handIn();
    await mock.waitForPart(3, 'concept');
    await page.locator(byId(MTID.conceptAnswer)).fill('It depends.');
    // Wait for the background judging of the handed-in parts before jumping the clock.
    await expect.poll(() => mock.evaluated(), { timeout: 60_000 }).toBe(3);
    const left = await mock.remainingMs();
    await page.clock.fastForward(left + 1000);
    // The short question part (a trace, api or estimate question) opens next; handed in unanswered.
    await mock.waitForPart(4, 'question');
    // The part's view can appear a moment after the part starts on a busy machine.
    await expect.poll(() => page.locator(byId(MTID.questionPart)).count(), { timeout: 15_000 }).toBe(1);
    await mock.handIn();

    // The scorecard: every part, verdicts in exam mode, time used against given.
    const card = page.locator(byId(MTID.scorecard));
    await card.waitFor({ timeout: 20_000 });
    await expect.poll(() => card.getAttribute('data-pending'), { timeout: 30_000 }).toBe('0');
    const parts = page.locator(byId(MTID.scorecardPart));
    expect(await parts.count()).toBe(5);
    expect(await page.locator(`${byId(MTID.scorecardPart)}[data-id="${qId}"] ${byId(MTID.questionVerdict)}`).getAttribute('data-verdict')).toBe('wrong');
    const coding = page.locator(`${byId(MTID.scorecardPart)}[data-kind="coding"]`);
    expect(await coding.textContent()).toMatch(/Accepted: (\d+)\/\1 tests passed/);
    expect(await coding.textContent()).toMatch(/You predicted it would pass/);
    const text = (await card.textContent()) ?? '';
    for (const t of JSON.parse(problemFile(cId, 'tests.json')) as { name: string }[]) expect(text).not.toContain(`"${t.name}"`);
    expect(await page.locator(`${byId(MTID.scorecardPart)}[data-id="${c1Id}"]`).getAttribute('data-score')).toBe('100');
    const last = page.locator(`${byId(MTID.scorecardPart)}[data-id="${c2Id}"]`);
    expect(await last.textContent()).toMatch(/time ran out and the part locked/);
    expect(Number(await last.getAttribute('data-score'))).toBeLessThan(50);
    expect(await page.locator(`${byId(MTID.scorecardPart)}[data-id="${dId}"]`).textContent()).toMatch(/Rubric and API findings/);
    expect(await page.locator(byId(MTID.scorecardGap)).count()).toBeGreaterThan(0);
    expect(await page.locator(byId(MTID.scorecardGap)).count()).toBeLessThanOrEqual(3);
    expect(await page.locator(`${byId(MTID.practiceLink)}`).first().getAttribute('href')).toBe(`#/p/${cId}`);
    const score = await card.getAttribute('data-score');
    expect(Number(score)).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);

    // Markdown export.
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator(byId(MTID.exportMarkdown)).click()]);
    expect(download.suggestedFilename()).toMatch(/^techscreen-mock-\d{4}-\d\d-\d\d\.md$/);
    const md = readFileSync((await download.path())!, 'utf8');
    expect(md).toMatch(/^# Mock technical screen/);
    expect(md).toContain(`Score: ${score}/100`);
    for (const id of [cId, dId, c1Id, c2Id, qId]) expect(md).toContain(`#/p/${id}`);
    expect(md).toContain('## The three most important gaps');

    // The mock is in the history with its score.
    await mock.openSetup();
    const row = page.locator(byId(MTID.mockHistoryRow));
    expect(await row.count()).toBe(1);
    expect(await row.getAttribute('data-score')).toBe(score);

    // Progress: the concept answered well is solved, the one left to time out is missed and comes back tomorrow.
    await page.goto(`${baseUrl()}#/progress`);
    await page.waitForSelector(byId(MTID.progressPage));
    const concepts = page.locator(`${byId(MTID.skillRow)}[data-skill="concepts"]`);
    expect(await concepts.getAttribute('data-solved')).toBe('1');
    expect(Number(await concepts.getAttribute('data-missed'))).toBe(1);
    const queued = page.locator(`${byId(MTID.practiseNextItem)}[data-id="${c2Id}"]`);
    expect(await queued.getAttribute('data-due')).toBe('false');
    expect(await queued.textContent()).toMatch(/due tomorrow.*key points not explained/);
    expect(await page.locator(byId(MTID.calibration)).getAttribute('data-points')).toBe('1');
    expect(await axeViolations(page)).toEqual([]);
    // A day later it is due.
    await page.clock.fastForward('24:00:00');
    await page.reload();
    await page.waitForSelector(byId(MTID.progressPage));
    expect(await page.locator(`${byId(MTID.practiseNextItem)}[data-id="${c2Id}"]`).getAttribute('data-due')).toBe('true');

    expect(blocked).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
    // One long scenario (judging, growth measurement, Mermaid, two reloads): more than the default minute on a busy machine.
  }, 180_000);
});
