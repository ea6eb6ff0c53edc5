import { describe, expect, it } from 'vitest';
import type { QuickJSWASMModule } from 'quickjs-emscripten-core';
import { loadQuickJS } from '../../src/engine/quickjs-module';
import { runJudgeJob, type JobEvent, type ModuleHolder } from '../../src/engine/judge';
import { DEFAULT_LIMITS } from '../../src/engine/limits';
import { JudgeClient, type WorkerHandle } from '../../src/worker/judge-client';
import type { FromWorker, ToWorker } from '../../src/worker/protocol';

describe('recovery from a failing WebAssembly module', () => {
  it('reports the case as a runtime error, replaces the module and judges the next case', async () => {
    const real = await loadQuickJS();
    // A module whose runtimes die the way an aborted wasm instance does (a host error, not a VM one).
    const crashing = { newRuntime: () => { throw new Error('RuntimeError: unreachable'); } } as unknown as QuickJSWASMModule;
    let calls = 0;
    let replaced = 0;
    let current = real;
    const holder: ModuleHolder = {
      // Call 1 is the syntax check; call 2 runs the first case, which crashes.
      get: async () => (++calls === 2 ? crashing : current),
      replace: async () => {
        replaced++;
        current = real;
        return real;
      },
    };
    const events: JobEvent[] = [];
    const job = { source: 'function f(n) { return n + 1; }', language: 'javascript' as const, functionName: 'f', cases: [{ index: 0, args: [1] }, { index: 1, args: [2] }], limits: DEFAULT_LIMITS, budgetMs: 5000 };
    await runJudgeJob(holder, job, (e) => events.push(e));
    const done = events.filter((e): e is Extract<JobEvent, { type: 'case-done' }> => e.type === 'case-done');
    expect(done.map((e) => (e.outcome.status === 'failed' ? e.outcome.verdict : e.outcome.status))).toEqual(['runtime-error', 'returned']);
    expect(done[0].outcome.status === 'failed' && done[0].outcome.message).toMatch(/sandbox crashed/);
    expect(replaced).toBe(1);
  });
});

describe('recovery from a dying worker', () => {
  it('marks the running case, starts a new worker and finishes the run', async () => {
    let started = 0;
    // A fake worker: the first one dies when its first case starts; later ones answer normally.
    const factory = (): WorkerHandle => {
      const id = ++started;
      let onMessage: (m: FromWorker) => void = () => {};
      let onCrash: (r: string) => void = () => {};
      return {
        post: (message: ToWorker) => {
          if (message.type !== 'judge') return;
          const { runId, job } = message;
          setTimeout(() => {
            for (const c of job.cases) {
              onMessage({ type: 'judge-event', runId, event: { type: 'case-start', index: c.index, timeBudgetMs: 1000 } });
              if (id === 1) return onCrash('worker exited');
              onMessage({ type: 'judge-event', runId, event: { type: 'case-done', index: c.index, outcome: { status: 'returned', value: c.args[0], timeMs: 1, console: [] } } });
            }
            onMessage({ type: 'finished', runId });
          }, 5);
        },
        onMessage: (h) => (onMessage = h),
        onCrash: (h) => (onCrash = h),
        terminate: () => {},
      };
    };
    const client = new JudgeClient(factory);
    const run = await client.judge({
      problemId: 'p',
      mode: 'submit',
      source: '',
      language: 'javascript',
      functionName: 'f',
      comparison: { mode: 'exact' },
      cases: [1, 2, 3].map((n) => ({ name: `case ${n}`, hidden: false, args: [n], expected: n })),
    }).result;
    expect(run.status).toBe('done');
    if (run.status !== 'done') return;
    expect(run.value.cases.map((c) => c.verdict)).toEqual(['runtime-error', 'accepted', 'accepted']);
    expect(run.value.cases[0].message).toMatch(/crashed.*worker exited/);
    expect(started).toBe(2);
    client.dispose();
  });
});

describe('a warm spare worker', () => {
  it('takes over at once after the watchdog kills a stuck worker', async () => {
    const log: string[] = [];
    let started = 0;
    // Fake workers: each loads (posts ready) at once; worker 1 starts its case and then never answers.
    const factory = (): WorkerHandle => {
      const id = ++started;
      let onMessage: (m: FromWorker) => void = () => {};
      setTimeout(() => onMessage({ type: 'ready', loadMs: 1 }), 1);
      return {
        post: (message: ToWorker) => {
          log.push(`${id}:${message.type}`);
          if (message.type !== 'judge') return;
          const { runId, job } = message;
          setTimeout(() => {
            const c = job.cases[0];
            onMessage({ type: 'judge-event', runId, event: { type: 'case-start', index: c.index, timeBudgetMs: 100 } });
            if (id === 1) return;
            onMessage({ type: 'judge-event', runId, event: { type: 'case-done', index: c.index, outcome: { status: 'returned', value: c.args[0], timeMs: 1, console: [] } } });
            onMessage({ type: 'finished', runId });
          }, 5);
        },
        onMessage: (h) => (onMessage = h),
        onCrash: () => {},
        terminate: () => log.push(`${id}:terminated`),
      };
    };
    const client = new JudgeClient(factory, { spare: true });
    await client.warmUp();
    const request = { problemId: 'p', mode: 'submit' as const, source: '', language: 'javascript' as const, functionName: 'f', comparison: { mode: 'exact' as const }, cases: [{ name: 'c', hidden: false, args: [1], expected: 1 }], limits: { caseTimeMs: 100 } };
    const first = await client.judge(request).result;
    expect(first.status === 'done' && first.value.cases[0].verdict).toBe('time-limit');
    const second = await client.judge(request).result;
    expect(second.status === 'done' && second.value.verdict).toBe('accepted');
    // Worker 2 was loaded (warmed) before worker 1 was killed, and ran the second submission.
    expect(log.indexOf('2:warm-up')).toBeLessThan(log.indexOf('1:terminated'));
    expect(log).toContain('2:judge');
    client.dispose();
  });
});
