import { afterAll, describe, expect, it } from 'vitest';
import { createNodeJudgeClient } from '../../src/cli/node-client';
import type { JudgeRequest } from '../../src/worker/judge-client';

const client = createNodeJudgeClient();
afterAll(() => client.dispose());

const request = (source: string, cases: { name: string; args: unknown[]; expected: unknown }[], caseTimeMs = 500): JudgeRequest => ({
  problemId: 'watchdog',
  mode: 'submit',
  source,
  language: 'javascript',
  functionName: 'f',
  comparison: { mode: 'exact' },
  cases: cases.map((c) => ({ ...c, hidden: false })) as JudgeRequest['cases'],
  limits: { caseTimeMs },
});

describe('the client watchdog', () => {
  it('kills a worker stuck in a long native call reports time-limit, marks the rest not run, and stays usable', async () => {
    const before = client.workersStarted;
    // indexOf over 10^9 holes is one native call that never reaches QuickJS's interrupt handler; its work is
    // charged only once the scan returns (a join, by contrast, is charged before it runs and stops at once).
    const source = 'function f(n) { if (n === 1) return new Array(1e9).indexOf(1); return n * 2; }';
    const run = await client.judge(
      request(source, [
        { name: 'native call', args: [1], expected: 0 },
        { name: 'after the restart', args: [2], expected: 4 },
      ]),
    ).result;
    expect(run.status).toBe('done');
    if (run.status !== 'done') return;
    expect(run.value.verdict).toBe('time-limit');
    expect(run.value.cases.map((c) => [c.verdict, c.notRun ?? false])).toEqual([['time-limit', false], ['time-limit', true]]);
    expect(run.value.cases[0].message).toMatch(/could not be interrupted/);
    expect(run.value.cases[1].message).toMatch(/^Not run/);
    expect(run.value.passed).toBe(0);
    expect(client.workersStarted - before).toBeGreaterThanOrEqual(1);
    const next = await client.judge(request(source, [{ name: 'after the restart', args: [2], expected: 4 }])).result;
    expect(next.status === 'done' && next.value.verdict).toBe('accepted');
  });

  it('caps a whole submission at its time budget, whatever the code does', async () => {
    const cases = Array.from({ length: 30 }, (_, i) => ({ name: `case ${i}`, args: [i], expected: i }));
    const started = performance.now();
    const run = await client.judge({ ...request('function f() { while (true) {} }', cases, 1000), limits: { caseTimeMs: 1000, submissionTimeMs: 3000 } }).result;
    const elapsed = performance.now() - started;
    expect(run.status).toBe('done');
    if (run.status !== 'done') return;
    expect(run.value.verdict).toBe('time-limit');
    // The first case's time limit stops the submission: every later case is marked not run.
    expect(run.value.cases[0]).toMatchObject({ verdict: 'time-limit' });
    expect(run.value.cases[0].notRun).toBeUndefined();
    expect(run.value.cases.slice(1).every((c) => c.notRun && /^Not run/.test(c.message ?? ''))).toBe(true);
    expect(run.value.notRun).toBe(29);
    expect(elapsed).toBeLessThan(6000);
  });

  it('cancels a running submission and stays usable', async () => {
    const handle = client.judge(request('function f() { while (true) {} }', [{ name: 'loop', args: [1], expected: 1 }], 5000));
    setTimeout(() => handle.cancel(), 100);
    expect((await handle.result).status).toBe('cancelled');
    const next = await client.judge(request('function f(n) { return n; }', [{ name: 'ok', args: [7], expected: 7 }])).result;
    expect(next.status === 'done' && next.value.verdict).toBe('accepted');
  });
});
