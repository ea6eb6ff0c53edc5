/**
 * The browser half of `npm run bench` (needs dist/ and Chromium): build sizes, and the times a user
 * waits, measured in headless Chromium with every non-local request aborted, for this build and an
 * earlier one (BENCH_BASE, default the commit issue 22 started from) side by side in one run, runs
 * alternating. Prints each figure for both, the ratio and the goal (issue 22). Figures, not assertions.
 * BENCH_UI_RUNS (default 3) runs per build; BENCH_PORT (default 4180) and the next port serve them;
 * BENCH_UI_PART=diagram runs the diagram figures alone.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { earlierBuild, precacheOf, serveFolder } from './bench-builds';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { median, table } from './bench-stats';

const RUNS = Number(process.env.BENCH_UI_RUNS ?? 3);
/** BENCH_UI_PART=diagram measures only the 30-node diagram (a quicker, repeatable look at one figure). */
const PART = process.env.BENCH_UI_PART;
const PORT = Number(process.env.BENCH_PORT ?? 4180);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const sel = (id: string) => `[data-testid="${id}"]`;
const TYPEABLE = `${sel('plain-editor')}, ${sel('code-editor')}[data-ready="true"] .view-lines`;
const MONACO_READY = `${sel('code-editor')}[data-ready="true"] .view-lines`;

const kib = (n: number) => (n / 1024).toFixed(0);


/** Raw and gzip size of every file of the build, and the lazy chunks that matter. */
function reportSizes() {
  const files: { name: string; raw: number; gzip: number }[] = [];
  const walk = (dir: string) => {
    for (const f of readdirSync(dir)) {
      const p = join(dir, f);
      if (statSync(p).isDirectory()) walk(p);
      else {
        const data = readFileSync(p);
        files.push({ name: p.slice('dist/'.length), raw: data.length, gzip: gzipSync(data).length });
      }
    }
  };
  walk('dist');
  const sum = (xs: typeof files) => xs.reduce((a, f) => ({ raw: a.raw + f.raw, gzip: a.gzip + f.gzip }), { raw: 0, gzip: 0 });
  const all = sum(files);
  console.log(`whole build: ${files.length} files, ${kib(all.raw)} KiB raw, ${kib(all.gzip)} KiB gzip (everything lazy and the service worker included)\n`);
  const group = (label: string, re: RegExp) => ({ label, ...sum(files.filter((f) => re.test(f.name))), count: files.filter((f) => re.test(f.name)).length });
  const groups = [
    group('entry (React, app shell, catalog metadata)', /^assets\/index-[^/]*\.js$/),
    group('problem page (statement, results, judge client)', /^assets\/problem-route-[^/]*\.js$/),
    group('Monaco editor (JS + CSS + icon font)', /^assets\/(code-editor-[^/]*\.(js|css)|editor\.api-[^/]*\.js|editor-[^/]*\.css|codicon-[^/]*\.ttf)$/),
    group('Monaco editor worker', /^assets\/editor\.worker-/),
    group('JavaScript + TypeScript highlighting (Monarch, per language on first use)', /^assets\/(javascript|typescript)-[^/]*\.js$/),
    group('sandbox worker (QuickJS loader)', /^assets\/sandbox\.worker-/),
    group('QuickJS wasm', /\.wasm$/),
    group('problem files (one chunk per problem, validated at build time)', /^assets\/(problem-(?!route-)|load-problem-)/),
    group('design page', /^assets\/design-page-/),
    group('Mermaid and its diagram types, layouts', /^assets\/(?!index-|problem-|load-problem-|code-editor-|codicon-|editor\.|javascript-|typescript-|sandbox\.worker-|design-page-|workbox-|virtual_pwa|browser-client-|complexity-review-)[^/]*\.js$/),
    group('service worker + Workbox', /^(sw\.js|workbox-[^/]*\.js|assets\/virtual_pwa-register-[^/]*\.js)$/),
  ];
  table(['part', 'files', 'KiB raw', 'KiB gzip'], groups.map((g) => [g.label, String(g.count), kib(g.raw), kib(g.gzip)]));
  const lazy = files.filter((f) => /^assets\/.*\.(js|wasm)$/.test(f.name) && !/^assets\/index-/.test(f.name)).sort((a, b) => b.gzip - a.gzip);
  console.log('\nLargest lazy chunks (loaded only when needed):\n');
  table(['chunk', 'KiB raw', 'KiB gzip'], lazy.slice(0, 12).map((f) => [f.name.replace(/^assets\//, ''), kib(f.raw), kib(f.gzip)]));
}

async function offlineContext(browser: Browser, serviceWorkers: 'allow' | 'block'): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, serviceWorkers });
  await context.route('**/*', (route) => (new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort()));
  return context;
}

/**
 * catalog → click a problem → typeable → Monaco → Run → verdict, timed from the navigation. With
 * `readMs` the user reads the catalog that long before clicking (Monaco is prefetched meanwhile),
 * and the times are from the click.
 */
async function walk(page: Page, base: string, add: (k: string, v: number) => void, label: string, readMs = 0) {
  const loaded: { url: string; bytes: number; at: number }[] = [];
  const start = Date.now();
  const onResponse = async (res: import('playwright-core').Response) => {
    try {
      loaded.push({ url: res.url(), bytes: gzipSync(await res.body()).length, at: Date.now() - start });
    } catch {
      /* redirects have no body */
    }
  };
  page.on('response', onResponse);
  await page.goto(base);
  await page.waitForSelector(sel('catalog-item'));
  const catalogMs = Date.now() - start;
  page.off('response', onResponse); // only the bytes before the catalog matter; gzipping the rest would load the machine
  add(`${label}: catalog interactive (ms)`, catalogMs);
  if (label === 'first visit') add('JS + wasm before catalog (KiB gzip)', loaded.filter((l) => l.at <= catalogMs && /\.(js|wasm)(\?|$)/.test(l.url)).reduce((n, l) => n + l.bytes, 0) / 1024);
  if (readMs) await page.waitForTimeout(readMs);
  const from = readMs ? Date.now() : start;
  const what = readMs ? `reads the catalog ${readMs / 1000} s, then click` : 'navigation';
  await page.click(`${sel('catalog-item')}[data-id="dedupe-list"] a`);
  await page.waitForSelector(TYPEABLE);
  add(`${label}: ${what} → typeable (ms)`, Date.now() - from);
  const monacoReady = page.waitForSelector(MONACO_READY, { timeout: 60_000 }).then(() => Date.now() - from);
  // A user who starts typing at once and runs: the key lands in whichever editor is there, and the
  // Run does not wait for Monaco.
  await page.locator(TYPEABLE).first().click();
  await page.keyboard.type('// ');
  await page.click(sel('run-button'));
  await page.waitForSelector(sel('verdict'));
  add(`${label}: ${what} → first verdict (ms)`, Date.now() - from);
  add(`${label}: ${what} → Monaco ready (ms)`, await monacoReady);
}

async function mermaidRenders(page: Page, base: string, add: (k: string, v: number) => void) {
  const ids = readdirSync('problems').filter((d) => existsSync(join('problems', d, 'problem.json')) && JSON.parse(readFileSync(join('problems', d, 'problem.json'), 'utf8')).kind === 'design');
  if (!ids.length) return;
  await page.goto(`${base}#/p/${ids[0]}`);
  await page.waitForSelector(`${sel('diagram-editor')}[data-ready="true"] .view-lines`);
  const nodes = Array.from({ length: 30 }, (_, i) => `  n${i}[Service ${i}] --> n${(i + 1) % 30}[Service ${(i + 1) % 30}]`).join('\n');
  const timeRender = async (text: string) => {
    await page.locator(`${sel('diagram-editor')} .view-lines`).click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Delete');
    const before = (await page.locator(`${sel('diagram-preview')} svg`).count()) ? await page.locator(sel('diagram-preview')).innerHTML() : '';
    await page.keyboard.insertText(text);
    const t = Date.now();
    await page.waitForFunction((prev) => {
      const el = document.querySelector('[data-testid="diagram-preview"]');
      return !!el?.querySelector('svg') && el.innerHTML !== prev;
    }, before);
    return Date.now() - t;
  };
  add('30-node diagram: first render incl. Mermaid load (ms)', await timeRender(`flowchart LR\n${nodes}`));
  add('30-node diagram: re-render after an edit (ms)', await timeRender(`flowchart LR\n${nodes}\n  extra[Extra] --> n0`));
}

const CALL_HEAVY_LOOP = 'function dedupe(items) {\n  const a = [];\n  for (;;) {\n    a.push(1);\n    a.pop();\n  }\n}';

/** A call-heavy infinite loop submitted on the open problem page: Submit → verdict. */
async function callHeavyLoop(page: Page, add: (k: string, v: number) => void) {
  await page.locator(MONACO_READY).click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(CALL_HEAVY_LOOP);
  const t = Date.now();
  await page.click(sel('submit-button'));
  await page.waitForSelector(`${sel('verdict')}[data-verdict="time-limit"]`, { timeout: 30_000 });
  add('a call-heavy infinite loop: Submit → verdict (ms)', Date.now() - t);
}

/** One visit of one build in a fresh profile: first visit, offline readiness, next visit, Mermaid, runaway code. */
async function visitBuild(browser: Browser, base: string, add: (k: string, v: number) => void) {
  const context = await offlineContext(browser, 'allow');
  if (PART === 'diagram') {
    await mermaidRenders(await context.newPage(), base, add);
    return context.close();
  }
  const page = await context.newPage();
  const start = Date.now();
  await walk(page, base, add, 'first visit');
  // The service worker installs beside the first visit: active = the first screens are cached.
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  add('first load → service worker active, offline-ready (ms)', Date.now() - start);
  const split = await page.evaluate(() => fetch('offline-later.json').then((r) => r.ok && (r.headers.get('content-type') ?? '').includes('json')).catch(() => false));
  if (split) await page.waitForSelector('html[data-offline="complete"]', { state: 'attached', timeout: 120_000 });
  add('first load → every file cached, complete offline (ms)', Date.now() - start);
  await page.close();
  const again = await context.newPage();
  await walk(again, base, add, 'next visit');
  await callHeavyLoop(again, add);
  await again.close();
  const reader = await context.newPage();
  await mermaidRenders(reader, base, add);
  await context.close();
}

/** The issue's table: each figure's goal, and whether lower is better (all are). */
const GOALS: [string, string][] = [
  ['JS + wasm before catalog (KiB gzip)', '≤ 150'],
  ['first visit: catalog interactive (ms)', '≤ 300'],
  ['first visit: navigation → typeable (ms)', '≤ 400'],
  ['first visit: navigation → Monaco ready (ms)', '≤ 800'],
  ['first visit: navigation → first verdict (ms)', '≤ 900'],
  ['30-node diagram: re-render after an edit (ms)', '≤ 350'],
  ['first load → service worker active, offline-ready (ms)', '≤ 5000'],
  ['a call-heavy infinite loop: Submit → verdict (ms)', '≤ 1100'],
];

/** Prints section 3 of the benchmark: this build and an earlier one, measured side by side. */
export async function benchBrowser() {
  console.log('\n## 3. Browser (production builds side by side, headless Chromium, offline)\n');
  if (!existsSync('dist/index.html') || !existsSync(CHROMIUM)) {
    console.log(`skipped: needs dist/ (npm run build) and ${CHROMIUM}`);
    return;
  }
  reportSizes();
  const earlier = earlierBuild();
  const builds = [{ label: 'this build', dist: resolve('dist') }, ...(earlier ? [earlier] : [])];
  const servers = await Promise.all(builds.map((b, i) => serveFolder(b.dist, PORT + i)));
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  const results = builds.map(() => ({}) as Record<string, number[]>);
  try {
    for (let run = 0; run < RUNS; run++) {
      // Alternate which build goes first, so neither always meets a warmer (or busier) machine.
      const order = builds.map((_, i) => i);
      if (run % 2) order.reverse();
      for (const i of order) {
        await visitBuild(browser, `http://127.0.0.1:${PORT + i}/`, (k, v) => (results[i][k] ??= []).push(v));
      }
    }
  } finally {
    await browser.close();
    servers.forEach((s) => s.close());
  }
  const precache = builds.map((b) => precacheOf(b.dist));
  console.log(`\nprecached on install: ${builds.map((b, i) => `${b.label} ${precache[i].files} files, ${(precache[i].bytes / 1e6).toFixed(1)} MB`).join('; ')}\n`);
  const figures = [...new Set(results.flatMap((r) => Object.keys(r)))];
  const med = (i: number, k: string) => (results[i][k]?.length ? median(results[i][k]) : undefined);
  const show = (v: number | undefined) => (v === undefined ? '–' : v.toFixed(0));
  const head = ['figure', ...builds.map((b) => `${b.label} (median of ${RUNS})`), ...(earlier ? ['this ÷ earlier'] : []), 'goal', 'runs (this build)'];
  table(
    head,
    figures.map((k) => {
      const mine = med(0, k);
      const theirs = earlier ? med(1, k) : undefined;
      const goal = GOALS.find(([g]) => g === k)?.[1] ?? '';
      return [k, ...builds.map((_, i) => show(med(i, k))), ...(earlier ? [mine !== undefined && theirs ? `${(mine / theirs).toFixed(2)}×` : '–'] : []), goal, (results[0][k] ?? []).map((x) => x.toFixed(0)).join(', ')];
    }),
  );
  console.log('\n(Typeable: the plain text area or Monaco, whichever comes first. The Mermaid render times include the live preview debounce (RENDER_DELAY_MS: 120 ms, 200 ms before the third round of issue 22). "Next visit" pages are served by the service worker.)');
}

// `npx tsx scripts/bench-ui.ts` runs this part alone.
if (import.meta.url === `file://${process.argv[1]}`) await benchBrowser();
