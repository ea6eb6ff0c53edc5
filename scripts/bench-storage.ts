/**
 * Storage figures (imported by scripts/bench.ts; also `npx tsx scripts/bench-storage.ts`):
 *   1. Share-link bombs in headless Chromium: time and peak renderer memory to refuse them, beside the
 *      same bytes inflated without a cap (the app's behaviour before the streamed cap).
 *   2. Import of a large valid export: planning and applying in-process (Node), and end to end in
 *      Chromium (file chosen → plan shown → confirmed → every record in IndexedDB).
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDeflate } from 'node:zlib';
import { spawn } from 'node:child_process';
import { MemoryBackend } from '../src/ui/storage/backends';
import { Store } from '../src/ui/storage/store';
import { applyImport, planImport } from '../src/ui/storage/import-plan';
import { MAX_INFLATED_BYTES, MAX_LINK_CHARS } from '../src/ui/storage/share-codec';
import { median } from './bench-stats';

const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const MiB = 1024 * 1024;

/** Deflate (zlib) of a JSON-looking prefix and `spaces` spaces, streamed so the input never sits in memory. */
async function bomb(spaces: number): Promise<Buffer> {
  const deflate = createDeflate({ level: 9 });
  const out: Buffer[] = [];
  deflate.on('data', (c: Buffer) => out.push(c));
  const done = new Promise((r) => deflate.on('end', r));
  deflate.write('{"v":1,"diagram":"');
  const chunk = Buffer.alloc(MiB, 32);
  for (let left = spaces; left > 0; left -= MiB) {
    if (!deflate.write(left >= MiB ? chunk : chunk.subarray(0, left))) await new Promise((r) => deflate.once('drain', r));
  }
  deflate.end();
  await done;
  return Buffer.concat(out);
}

/** A large, valid export: every problem with two long drafts, a full attempt history and kept versions. */
function largeExport(ids: string[], designIds: Set<string>) {
  const records: Record<string, { updatedAt: number; value: unknown }> = {};
  const text = (n: number, seed: string) => `// ${seed}\n` + 'const x = items.filter((v) => seen.has(v));\n'.repeat(Math.ceil(n / 44)).slice(0, n);
  const attempt = (i: number) => ({ at: 1_700_000_000_000 + i, mode: i % 3 ? 'run' : 'submit', verdict: i % 4 ? 'wrong-answer' : 'accepted', passed: 3, total: 12, language: 'javascript' });
  for (const id of ids) {
    if (designIds.has(id)) {
      const notes = Object.fromEntries(['requirements', 'api', 'data-model', 'trade-offs', 'nfrs', 'metrics'].map((s) => [s, text(10_000, s)]));
      records[`design:${id}`] = { updatedAt: 1, value: { diagram: text(20_000, id), notes } };
      for (let k = 0; k < 5; k++) records[`kept:design:${id}:k${k}`] = { updatedAt: 1, value: { source: 'shared-link', label: `link ${k}`, at: k, value: { diagram: text(20_000, `${id}${k}`), notes: {} } } };
      continue;
    }
    records[`draft:${id}:javascript`] = { updatedAt: 1, value: { code: text(60_000, id) } };
    records[`draft:${id}:typescript`] = { updatedAt: 1, value: { code: text(60_000, `${id}ts`) } };
    records[`problem:${id}`] = { updatedAt: 1, value: { attempts: Array.from({ length: 50 }, (_, i) => attempt(i)), hintsShown: 2, complexityNote: text(2000, 'note') } };
    for (let k = 0; k < 5; k++) records[`kept:draft:${id}:javascript:k${k}`] = { updatedAt: 1, value: { source: 'other-tab', label: `tab ${k}`, at: k, value: { code: text(20_000, `${id}${k}`) } } };
  }
  records.settings = { updatedAt: 1, value: { feedback: 'exam', theme: 'dark' } };
  return JSON.stringify({ app: 'techscreen', version: 2, exportedAt: 'bench', records, aside: [], unsaved: [] });
}

const status = (pid: string) => {
  try {
    return readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    return '';
  }
};
const kB = (text: string, field: string) => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(text)?.[1] ?? 0) / 1024;

/**
 * Peak resident memory (VmHWM, reset first) of the Chromium renderer that grew most during `work`,
 * with its resident size just before, so the figure is what the work added.
 */
async function rendererPeak(work: () => Promise<void>): Promise<{ peakMiB: number; addedMiB: number; ms: number }> {
  const renderers = () =>
    readdirSync('/proc').filter((p) => {
      if (!/^\d+$/.test(p)) return false;
      try {
        return readFileSync(`/proc/${p}/cmdline`, 'utf8').includes('--type=renderer');
      } catch {
        return false;
      }
    });
  const before = new Map<string, number>();
  for (const p of renderers()) {
    try {
      writeFileSync(`/proc/${p}/clear_refs`, '5'); // resets VmHWM to the current size
    } catch {
      /* not ours */
    }
    before.set(p, kB(status(p), 'VmRSS'));
  }
  const t = performance.now();
  await work();
  const ms = performance.now() - t;
  let best = { peakMiB: 0, addedMiB: 0 };
  for (const p of renderers()) {
    const peak = kB(status(p), 'VmHWM');
    const added = peak - (before.get(p) ?? 0);
    if (added > best.addedMiB) best = { peakMiB: peak, addedMiB: added };
  }
  return { ...best, ms };
}

export async function benchStorage(port = Number(process.env.BENCH_STORAGE_PORT ?? 4181)) {
  console.log('\n## 4. Storage: share-link bombs and large imports\n');
  const ids = readdirSync('problems').filter((d) => existsSync(join('problems', d, 'problem.json')));
  const designIds = new Set(ids.filter((d) => JSON.parse(readFileSync(join('problems', d, 'problem.json'), 'utf8')).kind === 'design'));
  const file = largeExport(ids, designIds);
  const recordCount = Object.keys(JSON.parse(file).records).length;

  // In-process: plan + apply over an empty store (memory backend), median of 5.
  const plans: number[] = [];
  const applies: number[] = [];
  for (let i = 0; i < 5; i++) {
    const store = new Store(new MemoryBackend());
    await store.load();
    let t = performance.now();
    const plan = planImport(file, new Set(ids), (id) => id, store);
    plans.push(performance.now() - t);
    if (!plan.ok) throw new Error(plan.message);
    t = performance.now();
    applyImport(plan, store);
    await store.settled();
    applies.push(performance.now() - t);
  }
  console.log(`large valid export: ${(file.length / MiB).toFixed(1)} MiB, ${recordCount} records (${ids.length} problems)`);
  console.log(`in-process (Node, memory backend), median of 5: plan ${median(plans).toFixed(0)} ms, apply ${median(applies).toFixed(0)} ms\n`);

  const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync('dist/index.html') || !existsSync(chromiumPath)) {
    console.log(`browser figures skipped: needs dist/ (npm run build) and ${chromiumPath}`);
    return;
  }
  // About the largest bomb that still fits under the link-length cap (deflate tops out near 1030:1).
  const NEAR_CAP_SPACES = 290_000_000;
  const nearCapLink = `pako:${(await bomb(NEAR_CAP_SPACES)).toString('base64url')}`;
  if (nearCapLink.length > MAX_LINK_CHARS) throw new Error('near-cap bomb is over the link cap: lower NEAR_CAP_SPACES');
  const gigabyte = await bomb(1024 * MiB);
  const bombs = [
    { name: `${(gigabyte.length * (4 / 3) / MiB).toFixed(1)} MiB link → 1 GiB`, link: `pako:${gigabyte.toString('base64url')}`, inflated: 1024, uncapped: false },
    { name: `${(nearCapLink.length / 1000).toFixed(0)} kB link → ${NEAR_CAP_SPACES / 1e6} MB`, link: nearCapLink, inflated: NEAR_CAP_SPACES / MiB, uncapped: true },
  ];

  const server = spawn('npx', ['vite', 'preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1'], { detached: true, stdio: 'ignore' });
  const base = `http://127.0.0.1:${port}/`;
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
    const browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
    const rows: string[][] = [];
    const inPage = (page: import('playwright-core').Page, name: string) => page.evaluate((n) => performance.getEntriesByName(n).at(-1)?.duration ?? NaN, name);
    for (const b of bombs) {
      const runs: { ms: number; decodeMs: number; peakMiB: number; addedMiB: number; message: string }[] = [];
      for (let r = 0; r < 3; r++) {
        const context = await browser.newContext();
        const page = await context.newPage();
        await page.goto(`${base}#/p/${[...designIds][0]}`);
        await page.waitForSelector('[data-testid="diagram-editor"][data-ready="true"]');
        await page.evaluate((link) => {
          (globalThis as { __link?: string }).__link = link;
        }, b.link);
        let message = '';
        const m = await rendererPeak(async () => {
          // Braces: the assignment's value (the whole link) must not travel back over CDP and be timed.
          await page.evaluate(() => {
            location.hash = `#/p/${location.hash.split('/')[2]}/share/${(globalThis as { __link?: string }).__link}`;
          });
          message = (await page
            .waitForFunction(() => /too large|damaged|not valid/.exec(document.querySelector('[data-testid="share-status"]')?.textContent ?? '')?.[0], undefined, { timeout: 60_000, polling: 20 })
            .then((h) => h.jsonValue())) as string;
        });
        runs.push({ ...m, decodeMs: await inPage(page, 'techscreen:share-decode'), message });
        await context.close();
      }
      const med = (f: (x: (typeof runs)[number]) => number) => median(runs.map(f)).toFixed(0);
      rows.push([`${b.name}, app (streamed in 1 KB slices, capped at ${MAX_INFLATED_BYTES / 1e6} MB)`, med((x) => x.decodeMs), med((x) => x.ms), med((x) => x.addedMiB), med((x) => x.peakMiB), runs[0].message]);
      if (b.uncapped) {
        // The same bytes inflated whole, as the app did before (Response.text() on the DecompressionStream).
        const context = await browser.newContext();
        const page = await context.newPage();
        await page.goto(`${base}#/`);
        await page.waitForSelector('[data-testid="catalog-item"]');
        await page.evaluate((b64) => ((globalThis as { __bytes?: Uint8Array }).__bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))), Buffer.from(b.link.slice(5), 'base64url').toString('base64'));
        let length = 0;
        let decodeMs = 0;
        const m = await rendererPeak(async () => {
          [length, decodeMs] = await page.evaluate(async () => {
            const t = performance.now();
            const stream = new Blob([(globalThis as { __bytes?: Uint8Array }).__bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate'));
            const n = (await new Response(stream).text()).length;
            return [n, performance.now() - t];
          });
        });
        rows.push([`${b.name}, inflated whole without a cap (before)`, decodeMs.toFixed(0), m.ms.toFixed(0), m.addedMiB.toFixed(0), m.peakMiB.toFixed(0), `${(length / 1e6).toFixed(0)} MB string, then "damaged"`]);
        await context.close();
      }
    }
    console.log('| link | decode ms in page | ms to message (end to end) | renderer memory added (MiB) | renderer peak RSS (MiB) | outcome |');
    console.log('| --- | --- | --- | --- | --- | --- |');
    for (const r of rows) console.log(`| ${r.join(' | ')} |`);

    // Import end to end: choose the file, see the plan, confirm, until every record is in IndexedDB.
    const times = { plan: [] as number[], apply: [] as number[], planInPage: [] as number[], savedInPage: [] as number[] };
    for (let r = 0; r < 3; r++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(base);
      await page.waitForSelector('[data-testid="catalog-item"]');
      let t = performance.now();
      await page.locator('[data-testid="import-progress"]').setInputFiles({ name: 'large.json', mimeType: 'application/json', buffer: Buffer.from(file) });
      await page.waitForSelector('[data-testid="import-plan"]');
      times.plan.push(performance.now() - t);
      t = performance.now();
      await page.click('[data-testid="import-confirm"]');
      await page.waitForFunction(
        (want) =>
          new Promise<boolean>((resolve) => {
            const open = indexedDB.open('techscreen');
            open.onsuccess = () => {
              const count = open.result.transaction('records').objectStore('records').count();
              count.onsuccess = () => {
                open.result.close();
                resolve(count.result >= want);
              };
            };
          }),
        recordCount,
        { timeout: 120_000, polling: 50 },
      );
      times.apply.push(performance.now() - t);
      times.planInPage.push(await inPage(page, 'techscreen:import-plan'));
      // The measure is taken when the store's write queue has settled, a moment after the count is reached.
      await page.waitForFunction(() => performance.getEntriesByName('techscreen:import-saved').length > 0, undefined, { timeout: 60_000 });
      times.savedInPage.push(await inPage(page, 'techscreen:import-saved'));
      await context.close();
    }
    await browser.close();
    const fmtRuns = (xs: number[]) => `${median(xs).toFixed(0)} (${xs.map((x) => x.toFixed(0)).join(', ')})`;
    console.log(`\nImport in Chromium, ${(file.length / MiB).toFixed(1)} MiB / ${recordCount} records, median of 3 (runs):\n`);
    console.log('| step | in the page (ms) | end to end from the test, incl. Playwright handing the file over (ms) |');
    console.log('| --- | --- | --- |');
    console.log(`| file chosen → read and checked, plan shown | ${fmtRuns(times.planInPage)} | ${fmtRuns(times.plan)} |`);
    console.log(`| confirmed → backup + every record written to IndexedDB | ${fmtRuns(times.savedInPage)} | ${fmtRuns(times.apply)} |`);
  } finally {
    if (server.pid) process.kill(-server.pid, 'SIGTERM');
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchStorage();
