import { spawn, type ChildProcess } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { afterAll, describe, expect, it } from 'vitest';
import { createNodeJudgeClient } from '../../src/cli/node-client';
import type { JudgeRequest } from '../../src/worker/judge-client';
import type { JudgeReport } from '../../src/engine/types';

const client = createNodeJudgeClient();
afterAll(() => client.dispose());

const items = Array.from({ length: 1500 }, (_, i) => (i * 7919) % 1000);
const request = (source: string): JudgeRequest => ({
  problemId: 'determinism',
  mode: 'submit',
  source,
  language: 'javascript',
  functionName: 'dedupe',
  comparison: { mode: 'exact' },
  cases: [1, 2, 3].map((k) => ({ name: `case ${k}`, hidden: true, args: [items.slice(0, 500 * k)], expected: [...new Set(items.slice(0, 500 * k))] })),
});

/** A correct but quadratic solution written with plain loops (its work is all interrupt polls), and a runaway one. */
const QUADRATIC = 'function dedupe(xs) { const out = []; for (let i = 0; i < xs.length; i++) { let seen = false; for (let j = 0; j < out.length; j++) if (out[j] === xs[i]) { seen = true; break; } if (!seen) out.push(xs[i]); } return out; }';
const RUNAWAY = 'function dedupe(xs) { let n = 0; while (true) n++; }';

/**
 * Correct or slow solutions whose cost sits inside built-ins (issue 25): before built-ins were
 * charged, these used a few dozen work units and seconds of wall time, so a busy machine's wall net
 * decided their verdict. Each must now get the same verdict and the same work idle and loaded.
 */
const BUILTIN_HEAVY = [
  // includes on a growing list: quadratic, all of it inside the scan.
  'function dedupe(xs) { const out = []; for (const x of xs) if (!out.includes(x)) out.push(x); return out; }',
  // Rescanning a prefix copy each time: slice + indexOf.
  'function dedupe(xs) { return xs.filter((x, i) => xs.slice(0, i).indexOf(x) < 0); }',
  // Spread and join of the prefix, then a text search, per item.
  "function dedupe(xs) { const out = []; for (let i = 0; i < xs.length; i++) { const seen = [...out].join(','); if (!(',' + seen + ',').includes(',' + xs[i] + ',')) out.push(xs[i]); } return out; }",
  // Far too slow: a JSON copy of the whole input per item (time-limit on every machine).
  'function dedupe(xs) { const out = []; for (const x of xs) { const all = JSON.parse(JSON.stringify(xs)).concat(Object.keys(xs)); if (!out.includes(x) && all.length) out.push(x); } return out; }',
];

const fingerprint = (r: JudgeReport) => ({
  verdict: r.verdict,
  cases: r.cases.map((c) => [c.verdict, c.work ?? null, c.notRun ?? false]),
  // Which limit stopped the code, read from the words the report shows (the budget's or the wall net's).
  stoppedByWallNet: r.cases.some((c) => /mostly inside built-in operations/.test(c.message ?? '')),
});

async function judge(source: string) {
  const run = await client.judge(request(source)).result;
  if (run.status !== 'done') throw new Error('cancelled');
  return fingerprint(run.value);
}

/** Busy child processes, one per core and one more, so the judge competes for every CPU. */
function saturate(): ChildProcess[] {
  return [0, 1, 2].map(() => spawn(process.execPath, ['-e', 'const end = Date.now() + 20000; while (Date.now() < end) {}'], { stdio: 'ignore' }));
}

describe('the same verdict and the same work on a busy machine', () => {
  it('gives identical verdicts and work, idle and with the CPU saturated', async () => {
    const idle = [await judge(QUADRATIC), await judge(RUNAWAY)];
    const busy = saturate();
    try {
      const loaded = [await judge(QUADRATIC), await judge(RUNAWAY)];
      // A correct solution: the same verdict and the same work, case by case.
      expect(loaded[0]).toEqual(idle[0]);
      // Runaway code: the same verdict and the same cases not run. (Its work is the budget when the
      // budget stops it; on a machine slowed more than WALL_NET_FACTOR times the wall-clock net may
      // stop it first, at less work, with the same time-limit verdict.)
      expect(loaded[1].verdict).toBe(idle[1].verdict);
      expect(loaded[1].cases.map((c) => [c[0], c[2]])).toEqual(idle[1].cases.map((c) => [c[0], c[2]]));
    } finally {
      for (const child of busy) child.kill();
    }
    expect(idle[0].verdict).toBe('accepted');
    expect(idle[1].verdict).toBe('time-limit');
    expect(idle[1].cases.slice(1).every((c) => c[2] === true)).toBe(true);
  }, 60_000);

  it('gives identical verdicts and work to built-in-heavy solutions, idle and saturated', async () => {
    const idle = [];
    for (const source of BUILTIN_HEAVY) idle.push(await judge(source));
    const busy = saturate();
    const loaded = [];
    try {
      for (const source of BUILTIN_HEAVY) loaded.push(await judge(source));
    } finally {
      for (const child of busy) child.kill();
    }
    // Correct solutions: the same verdict and the same work, case by case.
    expect(loaded.slice(0, 3)).toEqual(idle.slice(0, 3));
    // The one over budget: the same verdict on the same case (as for runaway code above, a machine
    // slowed more than WALL_NET_FACTOR times may stop it a little earlier, at less work).
    expect(loaded[3].cases.map((c) => [c[0], c[2]])).toEqual(idle[3].cases.map((c) => [c[0], c[2]]));
    expect(idle.map((r) => r.verdict)).toEqual(['accepted', 'accepted', 'accepted', 'time-limit']);
    // Their work is counted: the scans show up in the budget instead of being free.
    expect(idle[0].cases.map((c) => c[1] as number).reduce((a, b) => a + b, 0)).toBeGreaterThan(10);
    // The budget stops the one over budget, with the budget as its work; only on a machine already far
    // overloaded before the busy processes start (load over twice the cores) may the wall net come first.
    const overBudget = idle[3].cases.find((c) => c[0] === 'time-limit')?.[1];
    if (!idle[3].stoppedByWallNet) expect(overBudget).toBeGreaterThan(2000);
    else expect(loadavg()[0]).toBeGreaterThan(cpus().length);
  }, 120_000);
});
