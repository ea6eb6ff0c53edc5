/**
 * Where the first visit's time goes: one cold walk (catalog → dedupe-list → type → Run) of dist/ in a fresh
 * profile, printing the request waterfall (start/end ms from navigation) and the CPU profile's self time per
 * script and per function. A tool for BENCHMARKS.md's traces; `npx tsx scripts/trace-first-visit.ts`.
 * TRACE_PORT (default 4230); TRACE_PROFILE=0 skips the CPU profiler (it slows the page).
 */
import { resolve } from 'node:path';
import { serveFolder } from './bench-builds';

const PORT = Number(process.env.TRACE_PORT ?? 4230);
const PROFILE = process.env.TRACE_PROFILE !== '0';
const sel = (id: string) => `[data-testid="${id}"]`;
const TYPEABLE = `${sel('plain-editor')}, ${sel('code-editor')}[data-ready="true"] .view-lines`;

const server = await serveFolder(resolve(process.env.TRACE_DIST ?? 'dist'), PORT);
const { chromium } = await import('playwright-core');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  // When IndexedDB opens and when React first commits: the catalog's critical path.
  await page.addInitScript(() => {
    const w = window as unknown as { __trace: [string, number][] };
    w.__trace = [];
    const open = indexedDB.open.bind(indexedDB);
    indexedDB.open = (...args: Parameters<IDBFactory['open']>) => {
      w.__trace.push(['indexedDB.open called', performance.now()]);
      const req = open(...args);
      req.addEventListener('success', () => w.__trace.push(['indexedDB open success', performance.now()]));
      return req;
    };
    new MutationObserver((_, obs) => {
      if (document.querySelector('[data-testid="catalog-item"]')) {
        w.__trace.push(['catalog in the DOM', performance.now()]);
        obs.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  if (PROFILE) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
    await cdp.send('Profiler.start');
  }
  const marks: [string, number][] = [];
  const start = Date.now();
  const mark = (label: string) => marks.push([label, Date.now() - start]);
  await page.goto(`http://127.0.0.1:${PORT}/`);
  await page.waitForSelector(sel('catalog-item'));
  mark('catalog interactive');
  await page.click(`${sel('catalog-item')}[data-id="dedupe-list"] a`);
  mark('clicked');
  await page.waitForSelector(TYPEABLE);
  mark('typeable');
  const monaco = page.waitForSelector(`${sel('code-editor')}[data-ready="true"] .view-lines`, { timeout: 60_000 }).then(() => mark('monaco ready'));
  await page.locator(TYPEABLE).first().click();
  await page.keyboard.type('// ');
  await page.click(sel('run-button'));
  mark('run clicked');
  await page.waitForSelector(sel('verdict'));
  mark('first verdict');
  await monaco;
  for (const [l, t] of marks) console.log(`${String(t).padStart(6)} ms  ${l}`);
  const navStart = await page.evaluate(() => performance.timeOrigin);
  const offset = navStart - start;
  const entries = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => {
    const r = e as PerformanceResourceTiming;
    return { name: r.name.replace(location.origin, ''), start: r.startTime, end: r.responseEnd, size: r.encodedBodySize };
  }));
  console.log('\nrequests (ms from navigation, offset to the script clock ' + offset.toFixed(0) + ' ms):');
  for (const e of entries.sort((a, b) => a.start - b.start)) console.log(`${e.start.toFixed(0).padStart(6)} → ${e.end.toFixed(0).padStart(6)}  ${(e.size / 1024).toFixed(0).padStart(6)} KiB  ${e.name}`);
  const paints = await page.evaluate(() => performance.getEntriesByType('paint').map((p) => `${p.name} ${p.startTime.toFixed(0)}`));
  console.log('\n' + paints.join('\n'));
  const nav = await page.evaluate(() => {
    const n = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return `html response end ${n.responseEnd.toFixed(0)}, DOMContentLoaded ${n.domContentLoadedEventEnd.toFixed(0)}, load ${n.loadEventEnd.toFixed(0)}`;
  });
  console.log(nav);
  for (const [l, t] of await page.evaluate(() => (window as unknown as { __trace: [string, number][] }).__trace)) console.log(`${t.toFixed(0).padStart(6)}  ${l}`);
  if (PROFILE) {
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: { nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number }[]; samples: number[]; timeDeltas: number[]; startTime: number } };
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const selfByUrl = new Map<string, number>();
    const selfByFn = new Map<string, number>();
    const timeline = new Map<number, Map<string, number>>();
    let t = profile.startTime;
    profile.samples.forEach((id, i) => {
      const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
      t += profile.timeDeltas[i];
      const n = byId.get(id)!;
      const url = n.callFrame.url.replace(/^.*\//, '') || `(${n.callFrame.functionName || 'native'})`;
      selfByUrl.set(url, (selfByUrl.get(url) ?? 0) + dt);
      const fn = `${n.callFrame.functionName || '(anon)'} ${url}:${n.callFrame.lineNumber}`;
      selfByFn.set(fn, (selfByFn.get(fn) ?? 0) + dt);
      if (n.callFrame.functionName !== '(idle)' && n.callFrame.functionName !== '(program)') {
        const b = Math.floor((t / 1000 - profile.startTime / 1000) / 100);
        const m = timeline.get(b) ?? new Map();
        m.set(url, (m.get(url) ?? 0) + dt);
        timeline.set(b, m);
      }
    });
    const top = (m: Map<string, number>, n: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n);
    console.log('\nself ms per script:');
    for (const [k, v] of top(selfByUrl, 20)) console.log(`${v.toFixed(0).padStart(6)}  ${k}`);
    console.log('\nself ms per function:');
    for (const [k, v] of top(selfByFn, 40)) console.log(`${v.toFixed(0).padStart(6)}  ${k}`);
    console.log('\nbusy per 100 ms from the profiler start (top 3 scripts):');
    for (const [b, m] of [...timeline].sort((a, b) => a[0] - b[0])) console.log(`${String(b * 100).padStart(6)}  ${top(m, 3).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ')}`);
  }
} finally {
  await browser.close();
  server.close();
}
