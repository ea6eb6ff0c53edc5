/**
 * The browser half of `npm run bench` (needs dist/ and Chromium): build sizes, and the times a user
 * waits, measured in headless Chromium against the production build with every non-local request
 * aborted. Goals (issue 12): navigation → typeable ≤ 400 ms, → Monaco ready ≤ 800 ms, → first
 * verdict ≤ 900 ms; ≤ 150 KiB gzip of JS before the catalog is interactive. Figures, not assertions.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { spawn } from 'node:child_process';
import type { Browser, BrowserContext, Page } from 'playwright-core';

const RUNS = Number(process.env.BENCH_UI_RUNS ?? 3);
const PORT = Number(process.env.BENCH_PORT ?? 4180);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const sel = (id: string) => `[data-testid="${id}"]`;
const TYPEABLE = `${sel('plain-editor')}, ${sel('code-editor')}[data-ready="true"] .view-lines`;
const MONACO_READY = `${sel('code-editor')}[data-ready="true"] .view-lines`;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const kib = (n: number) => (n / 1024).toFixed(0);

function table(head: string[], body: string[][]) {
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => r[i].length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  console.log([line(head), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n'));
}

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
    group('Monaco editor (JS + CSS + icon font)', /^assets\/(code-editor-[^/]*\.(js|css)|codicon-[^/]*\.ttf)$/),
    group('Monaco editor worker', /^assets\/editor\.worker-/),
    group('TypeScript worker + language features', /^assets\/(ts\.worker-|tsMode-)/),
    group('sandbox worker (QuickJS loader)', /^assets\/sandbox\.worker-/),
    group('QuickJS wasm', /\.wasm$/),
    group('problem texts and hidden tests (per problem)', /^assets\/(tests|statement|reference|starter|explanation|generator|validator|prompt)[-.]/),
    group('design page', /^assets\/design-page-/),
    group('Mermaid and its diagram types, layouts', /^assets\/(?!index-|problem-route-|code-editor-|codicon-|editor\.worker-|ts\.worker-|tsMode-|sandbox\.worker-|design-page-|tests-|workbox-|virtual_pwa)[^/]*\.js$/),
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
  // A user who starts typing at once: the first key lands in whichever editor is there.
  await page.locator(TYPEABLE).click();
  await page.keyboard.type('// ');
  await page.waitForSelector(MONACO_READY);
  add(`${label}: ${what} → Monaco ready (ms)`, Date.now() - from);
  await page.click(sel('run-button'));
  await page.waitForSelector(sel('verdict'));
  add(`${label}: ${what} → first verdict (ms)`, Date.now() - from);
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

/** Prints section 3 of the benchmark. */
export async function benchBrowser() {
  console.log('\n## 3. Browser (production build, headless Chromium, offline)\n');
  if (!existsSync('dist/index.html') || !existsSync(CHROMIUM)) {
    console.log(`skipped: needs dist/ (npm run build) and ${CHROMIUM}`);
    return;
  }
  reportSizes();
  const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'], { detached: true, stdio: 'ignore' });
  const base = `http://127.0.0.1:${PORT}/`;
  try {
    for (let i = 0; i < 100; i++) {
      try {
        if ((await fetch(base)).ok) break;
      } catch {
        /* starting */
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    const results: Record<string, number[]> = {};
    const add = (k: string, v: number) => (results[k] ??= []).push(v);
    for (let run = 0; run < RUNS; run++) {
      // First visit: a cold browser profile, files from the server (the service worker installs meanwhile).
      const context = await offlineContext(browser, 'allow');
      const page = await context.newPage();
      await walk(page, base, add, 'first visit');
      // Wait until the service worker has precached the build, as it would have by the user's next visit.
      await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
      await page.waitForFunction(() => !!navigator.serviceWorker.controller, undefined, { timeout: 60_000 }).catch(() => undefined);
      await page.close();
      // Next visit: everything from the service worker's cache (HTTP cache cleared by a new page is not enough, so this is the app's own offline path).
      const again = await context.newPage();
      await walk(again, base, add, 'next visit');
      await again.close();
      const reader = await context.newPage();
      await walk(reader, base, add, 'next visit', 2000);
      await mermaidRenders(reader, base, add);
      await context.close();
    }
    await browser.close();
    table(
      ['figure', `median of ${RUNS}`, 'runs'],
      Object.entries(results).map(([k, v]) => [k, median(v).toFixed(0), v.map((x) => x.toFixed(0)).join(', ')]),
    );
    console.log('\n(Typeable: the plain text area or Monaco, whichever comes first. The Mermaid render times include the live preview debounce of 200 ms (RENDER_DELAY_MS).)');
  } finally {
    if (server.pid) process.kill(-server.pid, 'SIGTERM');
  }
}

// `npx tsx scripts/bench-ui.ts` runs this part alone.
if (import.meta.url === `file://${process.argv[1]}`) await benchBrowser();
