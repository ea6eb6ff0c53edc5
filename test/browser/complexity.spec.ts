import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, offlineContext, watchErrors } from './browser';
import { ProblemPage, byId } from './pages';
import { TID } from '../../src/ui/common/test-ids';

const INDEX_OF_DEDUPE = 'function dedupe(items) {\n  const seen = [];\n  for (const x of items) {\n    if (seen.indexOf(x) === -1) seen.push(x);\n  }\n  return seen;\n}';

/** Relative luminance of an "rgb(r, g, b)" colour, 0 (black) … 1 (white). */
function luminance(rgb: string): number {
  const [r, g, b] = (rgb.match(/\d+(\.\d+)?/g) ?? ['0', '0', '0']).slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the complexity review in Chromium', () => {
  it('shows where the cost is: hot line in the review and tinted in the editor, a log–log plot readable in both themes', async () => {
    const { context } = await offlineContext(browser);
    const page = await context.newPage();
    const errors = watchErrors(page);
    const problem = new ProblemPage(page);
    await problem.open('dedupe-list');
    await problem.setCode(INDEX_OF_DEDUPE);
    await page.getByRole('tab', { name: 'Complexity' }).click();
    await page.locator(byId(TID.complexityInput)).fill('Time O(n) with a set, one pass. Space O(n) where n is the number of items.');
    await page.getByRole('button', { name: 'Review my explanation' }).click();
    await page.locator(byId(TID.complexityReview)).waitFor({ timeout: 30_000 });

    expect(await page.locator(byId('complexity-read-back')).textContent()).toBe('We read: time O(n), space O(n).');
    expect(await page.locator(byId(TID.complexityReview)).getAttribute('data-direction')).toBe('better-than-code');
    const measured = await page.locator(`${byId(TID.complexityCheck)}[data-check="measured"]`).textContent();
    expect(measured).toMatch(/on line 4, `seen\.indexOf\(x\)`, inside the loop on line 3; indexOf scans the list/);
    expect(await page.locator(`${byId(TID.complexityCheck)}[data-check="justification"]`).getAttribute('data-status')).toBe('fail');
    expect(await page.locator(`${byId('hot-lines')} li[data-line="4"]`).count()).toBe(1);
    // The editor tints line 4 (Monaco renders decorations as view overlays).
    await page.locator('.monaco-editor .hot-line-high').first().waitFor({ timeout: 10_000 });

    // The plot: one point per measured size, the measured and claimed classes as labelled lines, values on hover.
    const plot = page.locator(byId(TID.complexityPlot));
    const points = plot.locator('circle');
    expect(await points.count()).toBeGreaterThanOrEqual(5);
    expect(await plot.locator('.gp-measured').getAttribute('data-class')).toBe('O(n^2)');
    expect(await plot.locator('.gp-claimed').getAttribute('data-class')).toBe('O(n)');
    await points.last().hover();
    expect(await plot.locator('.gp-tip').textContent()).toMatch(/^n = [\d,]+: [\d,]+$/);
    const fontSize = await plot.locator('.gp-axis').first().evaluate((el) => el.getBoundingClientRect().height);
    expect(fontSize).toBeGreaterThanOrEqual(10);

    // Dark theme: axis labels are light on a dark panel.
    const axisLight = await plot.locator('.gp-grid text').first().evaluate((el) => getComputedStyle(el).fill);
    await page.evaluate(() => (document.documentElement.dataset.theme = 'dark'));
    const axisDark = await plot.locator('.gp-grid text').first().evaluate((el) => getComputedStyle(el).fill);
    expect(luminance(axisLight)).toBeLessThan(0.3);
    expect(luminance(axisDark)).toBeGreaterThan(0.3);
    expect(errors).toEqual([]);
    await context.close();
  });
});
