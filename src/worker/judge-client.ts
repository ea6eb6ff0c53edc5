import { DEFAULT_LIMITS, STALL_GRACE_MS, WATCHDOG_GRACE_MS, type Limits } from '../engine/limits';
import type { JudgeJob, Validation } from '../engine/judge';
import { notRun } from '../engine/not-run';
import { compileErrorReport, gradeCase, summarize, type TestCaseSpec } from '../engine/grade';
import type { Comparison } from '../engine/compare';
import type { CaseOutcome, CaseReport, JudgeReport, Language } from '../engine/types';
import type { MeasureEvent, MeasureJob } from '../engine/measure';
import type { FromWorker, ToWorker } from './protocol';

/** A Web Worker or a Node worker thread, seen through the little the client needs. */
export type WorkerHandle = {
  post(message: ToWorker): void;
  onMessage(handler: (message: FromWorker) => void): void;
  /** The worker died on its own (e.g. the WebAssembly module aborted the thread). */
  onCrash(handler: (reason: string) => void): void;
  terminate(): void;
};
export type WorkerFactory = () => WorkerHandle;

export type JudgeRequest = {
  problemId: string;
  mode: 'run' | 'submit';
  source: string;
  language: Language;
  functionName: string;
  comparison: Comparison;
  cases: TestCaseSpec[];
  limits?: Partial<Limits>;
  validator?: JudgeJob['validator'];
  /** Arguments that must not change (problem.json `readOnly` params). */
  readOnly?: JudgeJob['readOnly'];
  /** Learning mode: show the input and expected output of the first failing hidden case. */
  revealFirstHiddenFailure?: boolean;
};

export type RunResult<T> = { status: 'done'; value: T } | { status: 'cancelled' };
export type RunHandle<T> = { result: Promise<RunResult<T>>; cancel(): void };

/** Progress while a submission runs, for a live "3 / 11" display. */
export type JudgeProgress = { done: number; total: number; running?: string };

/** What the user is told about the case that was running when the watchdog stepped in. */
function watchdogOutcome(why: 'startup' | 'case' | 'crash', reason: string, limits: Limits, timeMs = 0): CaseOutcome {
  const failed = (verdict: 'time-limit' | 'runtime-error', cause: 'native-stall' | 'crash', message: string): CaseOutcome => ({ status: 'failed', verdict, cause, message, timeMs: Math.round(timeMs), console: [] });
  switch (why) {
    case 'case':
      return failed(
        'time-limit',
        'native-stall',
        `Your code got stuck inside a single built-in operation (for example a join, repeat or sort of millions of items) that could not be interrupted, so the sandbox was restarted. Look for a call on data far larger than the input (within the ${limits.caseTimeMs} ms limit).`,
      );
    case 'crash':
      return failed('runtime-error', 'crash', `The sandbox crashed while running your code${reason ? ` (${reason})` : ''}; it was restarted. Check for extreme memory or recursion use.`);
    case 'startup':
      return failed('runtime-error', 'crash', 'The sandbox did not start in time. Try again; if it keeps happening, reload the page.');
  }
}

/** The stall window is at least this many times the longest gap between signs seen in the run. */
const STALL_GAP_FACTOR = 3;

/** How long a silent worker may take to load QuickJS and compile before it counts as stuck. */
const STARTUP_TIMEOUT_MS = 15_000;

type ActiveRun = {
  runId: number;
  onMessage(message: FromWorker): void;
  onCrash(reason: string): void;
  cancel(): void;
};

/**
 * The main-thread side of the sandbox: sends work to one worker, and terminates and replaces it
 * when it stops answering (a native call that never reaches QuickJS's interrupt handler) or dies.
 * Host-agnostic: the browser gives it Web Workers, the CLI gives it Node worker threads.
 */
export class JudgeClient {
  private worker: WorkerHandle | undefined;
  private active: ActiveRun | undefined;
  private nextRunId = 1;
  private readyListeners: ((loadMs: number) => void)[] = [];
  /** Workers started so far; a test can assert that a stuck one was replaced. */
  workersStarted = 0;

  private spare: WorkerHandle | undefined;
  private readonly loaded = new WeakSet<WorkerHandle>();

  /**
   * `spare`: keep a second worker loaded, so a worker killed by the watchdog is replaced at no cost (the
   * browser does; the one-shot CLI does not). `spareDelayMs`: start it that long after the first is ready,
   * so loading it does not compete with the page's first screen and first Run.
   */
  constructor(
    private readonly createWorker: WorkerFactory,
    private readonly options: { spare?: boolean; spareDelayMs?: number } = {},
  ) {}

  /** Starts a worker now so the first Run does not wait for QuickJS to load. */
  warmUp(): Promise<number> {
    return new Promise((resolve) => {
      if (this.worker && this.loaded.has(this.worker)) return resolve(0);
      this.readyListeners.push(resolve);
      this.ensureWorker().post({ type: 'warm-up' });
    });
  }

  judge(request: JudgeRequest, onProgress?: (progress: JudgeProgress) => void): RunHandle<JudgeReport> {
    const limits: Limits = { ...DEFAULT_LIMITS, ...request.limits };
    const outcomes = new Map<number, { outcome: CaseOutcome; validation?: Validation }>();
    const started = performance.now();
    const total = request.cases.length;

    return this.startRun<JudgeReport>((finish, runId, restart) => {
      let running: { index: number; started: number; timer?: ReturnType<typeof setTimeout>; stall?: ReturnType<typeof setTimeout> } | undefined;
      const pending = () => request.cases.map((_, index) => index).filter((i) => !outcomes.has(i));
      const clearTimers = () => {
        clearTimeout(running?.timer);
        clearTimeout(running?.stall);
      };

      const send = () => {
        const budgetMs = limits.submissionTimeMs - (performance.now() - started);
        const remaining = pending();
        if (remaining.length === 0) return complete();
        if (budgetMs <= 0) {
          for (const i of remaining) outcomes.set(i, { outcome: notRun('budget') });
          return complete();
        }
        const job: JudgeJob = {
          source: request.source,
          language: request.language,
          functionName: request.functionName,
          cases: remaining.map((index) => ({ index, args: request.cases[index].args })),
          limits,
          budgetMs,
          validator: request.validator,
          readOnly: request.readOnly,
        };
        running = { index: remaining[0], started: performance.now(), timer: this.watch(STARTUP_TIMEOUT_MS, () => stuck('startup')) };
        this.ensureWorker().post({ type: 'judge', runId, job });
      };

      const complete = () => {
        clearTimers();
        const reports: CaseReport[] = request.cases.map((spec, i) => {
          const entry = outcomes.get(i)!;
          return gradeCase(spec, entry.outcome, request.comparison, entry.validation);
        });
        if (request.revealFirstHiddenFailure) {
          const i = reports.findIndex((r) => r.hidden && r.verdict !== 'accepted' && !r.notRun);
          if (i >= 0) {
            const entry = outcomes.get(i)!;
            reports[i] = gradeCase(request.cases[i], entry.outcome, request.comparison, entry.validation, true);
          }
        }
        finish(summarize(request.problemId, request.mode, reports, performance.now() - started));
      };

      /** The worker went silent or died while running case `running.index`: record it, replace the worker, stop. */
      const stuck = (why: 'startup' | 'case' | 'crash', reason = '') => {
        const index = running?.index ?? pending()[0];
        const timeMs = running ? performance.now() - running.started : 0;
        clearTimers();
        running = undefined;
        restart();
        if (index !== undefined) outcomes.set(index, { outcome: watchdogOutcome(why, reason, limits, timeMs) });
        onProgress?.({ done: outcomes.size, total });
        if (why !== 'case') return send();
        // A stall stops the submission like any other time limit (DESIGN.md "Verdicts"); a crash is
        // a runtime error of one case, and the rest run in a fresh worker.
        for (const i of pending()) outcomes.set(i, { outcome: notRun('watchdog') });
        complete();
      };

      /**
       * A native call that never reaches the interrupt handler: no sign of life for STALL_GRACE_MS,
       * and the case has run for at least its time limit. Both, so that a busy machine that merely
       * runs a case slowly (no sign because it is short) never turns a verdict into a stall.
       */
      // The longest silence seen between two signs from a healthy worker in this run: on a busy
      // machine signs come late, and the stall window widens with them so it never flips a verdict.
      let lastSign = 0;
      let slowestGap = 0;
      const sign = () => {
        const now = performance.now();
        if (lastSign) slowestGap = Math.max(slowestGap, now - lastSign);
        lastSign = now;
      };
      const stallWindow = () => Math.max(STALL_GRACE_MS, STALL_GAP_FACTOR * slowestGap);
      const armStall = (delay = stallWindow()) => {
        const current = running;
        if (!current) return;
        clearTimeout(current.stall);
        current.stall = this.watch(delay, () => {
          const early = Math.max(limits.caseTimeMs - (performance.now() - current.started), stallWindow() - (performance.now() - lastSign));
          if (early > 1) armStall(early);
          else stuck('case');
        });
      };

      send();
      return {
        onMessage: (message) => {
          if (message.type === 'judge-event') {
            const event = message.event;
            sign();
            if (event.type === 'compile-error') {
              clearTimers();
              finish(compileErrorReport(request.problemId, request.mode, request.cases, event.error));
            } else if (event.type === 'case-start') {
              clearTimers();
              running = { index: event.index, started: performance.now(), timer: this.watch(event.timeBudgetMs + WATCHDOG_GRACE_MS, () => stuck('case')) };
              armStall();
              onProgress?.({ done: outcomes.size, total, running: request.cases[event.index]?.name });
            } else if (event.type === 'case-alive') {
              if (running?.index === event.index) armStall();
            } else {
              clearTimers();
              running = undefined;
              outcomes.set(event.index, { outcome: event.outcome, validation: event.validation });
              onProgress?.({ done: outcomes.size, total });
            }
          } else if (message.type === 'finished') {
            if (pending().length === 0) complete();
          } else if (message.type === 'internal-error') {
            stuck('crash', 'internal error');
          }
        },
        onCrash: (reason) => stuck('crash', reason),
        cancel: () => clearTimers(),
      };
    });
  }

  /** Runs a growth measurement (complexity review); points arrive through `onEvent`. */
  measure(job: MeasureJob, onEvent: (event: MeasureEvent) => void, hardLimitMs: number): RunHandle<'finished' | 'stopped'> {
    return this.startRun((finish, runId, restart) => {
      const timer = this.watch(hardLimitMs, () => {
        restart();
        onEvent({ type: 'stopped', reason: 'time' });
        finish('stopped');
      });
      this.ensureWorker().post({ type: 'measure', runId, job });
      return {
        onMessage: (message) => {
          if (message.type === 'measure-event') onEvent(message.event);
          else if (message.type === 'finished') {
            clearTimeout(timer);
            finish('finished');
          } else if (message.type === 'internal-error') {
            clearTimeout(timer);
            restart();
            onEvent({ type: 'stopped', reason: 'crash' });
            finish('stopped');
          }
        },
        onCrash: () => {
          clearTimeout(timer);
          restart();
          onEvent({ type: 'stopped', reason: 'crash' });
          finish('stopped');
        },
        cancel: () => clearTimeout(timer),
      };
    });
  }

  /** Stops everything and releases the worker. */
  dispose(): void {
    this.active?.cancel();
    this.active = undefined;
    this.worker?.terminate();
    this.worker = undefined;
    this.spare?.terminate();
    this.spare = undefined;
  }

  private startRun<T>(
    begin: (finish: (value: T) => void, runId: number, restart: () => void) => Omit<ActiveRun, 'runId'>,
  ): RunHandle<T> {
    // One run at a time: a new run replaces the one still going.
    if (this.active) this.cancelActive();
    const runId = this.nextRunId++;
    let settle!: (r: RunResult<T>) => void;
    const result = new Promise<RunResult<T>>((resolve) => (settle = resolve));
    let done = false;
    const finish = (value: T) => {
      if (done) return;
      done = true;
      if (this.active?.runId === runId) this.active = undefined;
      settle({ status: 'done', value });
    };
    const restart = () => this.replaceWorker();
    const hooks = begin(finish, runId, restart);
    const run: ActiveRun = {
      runId,
      onMessage: (m) => !done && hooks.onMessage(m),
      onCrash: (r) => !done && hooks.onCrash(r),
      cancel: () => {
        if (done) return;
        done = true;
        hooks.cancel();
        settle({ status: 'cancelled' });
      },
    };
    if (!done) this.active = run;
    return {
      result,
      cancel: () => {
        if (this.active?.runId === runId) this.cancelActive();
      },
    };
  }

  /** Cancelling means killing the worker: a running case cannot be stopped any other way. */
  private cancelActive() {
    this.active?.cancel();
    this.active = undefined;
    this.replaceWorker();
  }

  private watch(ms: number, onTimeout: () => void) {
    return setTimeout(onTimeout, ms);
  }

  private replaceWorker() {
    this.worker?.terminate();
    this.worker = undefined;
  }

  private ensureWorker(): WorkerHandle {
    if (this.worker) return this.worker;
    // A warm spare takes over at once: replacing a killed worker costs no QuickJS load.
    const worker = this.spare ?? this.spawn();
    this.spare = undefined;
    this.worker = worker;
    if (this.loaded.has(worker)) this.onReady(worker, 0);
    return worker;
  }

  private spawn(): WorkerHandle {
    const worker = this.createWorker();
    this.workersStarted++;
    worker.onMessage((message) => {
      if (message.type === 'ready') {
        this.loaded.add(worker);
        if (this.worker === worker) this.onReady(worker, message.loadMs);
        return;
      }
      if (this.worker !== worker) return;
      if (this.active && 'runId' in message && message.runId === this.active.runId) this.active.onMessage(message);
      else if (this.active && message.type === 'internal-error' && message.runId === null) this.active.onMessage(message);
    });
    worker.onCrash((reason) => {
      this.loaded.delete(worker);
      if (this.spare === worker) this.spare = undefined;
      if (this.worker !== worker) return;
      this.worker = undefined;
      this.active?.onCrash(reason);
    });
    return worker;
  }

  /** The current worker has QuickJS loaded: answer warm-up calls, then warm a spare if asked to. */
  private onReady(worker: WorkerHandle, loadMs: number) {
    const listeners = this.readyListeners;
    this.readyListeners = [];
    listeners.forEach((l) => l(loadMs));
    if (!this.options.spare) return;
    const warmSpare = () => {
      if (this.spare || this.worker !== worker) return;
      this.spare = this.spawn();
      this.spare.post({ type: 'warm-up' });
    };
    if (this.options.spareDelayMs) setTimeout(warmSpare, this.options.spareDelayMs);
    else warmSpare();
  }
}
