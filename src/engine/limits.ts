/** Default sandbox limits (DESIGN.md "Sandbox rules"). A problem may override some of them. */
export const DEFAULT_LIMITS = {
  /** Wall-clock time one test case may run. */
  caseTimeMs: 1000,
  /** Wall-clock time a whole submission may use, whatever the code does. */
  submissionTimeMs: 10_000,
  /** QuickJS heap limit per test case. */
  memoryBytes: 64 * 1024 * 1024,
  /**
   * QuickJS stack limit. 192 KiB allows ~1000 plain recursive calls and ~870 levels of a
   * for-of DFS; 256 KiB crashed headless Chromium (STACK-NOTES.md). One value everywhere so the
   * CLI and the browser give the same verdict.
   */
  stackBytes: 192 * 1024,
  /** Console output captured per test case before `output-limit`. */
  consoleBytes: 64 * 1024,
  /** Largest JSON a function may return, in characters, before `output-limit`. */
  resultChars: 4 * 1024 * 1024,
} as const;

export type Limits = {
  caseTimeMs: number;
  submissionTimeMs: number;
  memoryBytes: number;
  stackBytes: number;
  consoleBytes: number;
  resultChars: number;
};

/**
 * The WebAssembly memory the QuickJS module starts with (Emscripten's INITIAL_MEMORY for this
 * variant): its static data and QuickJS's own tables live here. The per-case heap limit is added on top.
 */
export const WASM_BASE_BYTES = 16 * 1024 * 1024;

/**
 * The deterministic time limit: QuickJS interrupt polls (one per ~10,000 bytecode steps, the same
 * count on every machine) allowed per millisecond of `caseTimeMs`. 2 per ms gives 2,000 polls
 * for the default 1 s case. Measured on this machine (2 cores, idle): a bare `while (true) {}`
 * makes ~3,700 polls/s and call-heavy loops 560–1,800 polls/s, so 2,000 polls is 0.5–3.6 s of
 * runaway code. The heaviest correct reference over every hidden case uses 8 polls; the heaviest
 * naive (quadratic) known-wrong solution 564 (gift-card-pair): a margin of 3.5× even for those.
 */
export const WORK_UNITS_PER_MS = 2;

/**
 * The wall clock is only a safety net, for native stalls: since built-ins are charged to the work
 * budget (builtin-charges.ts), every correct or slow solution meets the budget first. Per case it
 * allows this many times `caseTimeMs`, so a machine slowed 10× still gives the budget's verdict
 * (measured: the heaviest charged solution in test/engine/determinism.test.ts, 0.45 s of CPU idle,
 * took over 5 s with load 12 and three busy processes on 2 cores). A whole submission still
 * stops at `submissionTimeMs`.
 */
export const WALL_NET_FACTOR = 10;

/**
 * A running case tells the watchdog it is alive from QuickJS's interrupt handler; a worker that
 * goes this long without a sign is stuck in one native call and is replaced. Measured: the
 * longest gap between interrupt polls of legitimate code (every reference solution, every hidden
 * case, a loaded 2-core machine) was under 60 ms; a push loop growing a 40 MB array on a machine
 * with load 11 showed 330 ms (see BENCHMARKS.md). 500 ms leaves room for a busy machine and still
 * ends a native stall within the case limit + 500 ms.
 */
export const STALL_GRACE_MS = 500;

/** Extra time the host watchdog waits past a case's own wall deadline before it kills the worker. */
export const WATCHDOG_GRACE_MS = 400;

/** The fixed clock the sandbox sees: `Date.now()` starts here, so verdicts never depend on the day. */
export const SANDBOX_EPOCH_MS = Date.UTC(2026, 0, 1);

/** Seed of the sandbox's `Math.random`, the same for every case so runs repeat exactly. */
export const SANDBOX_RANDOM_SEED = 0x5eed;

export const SOLUTION_FILE_NAME = 'solution.js';

/** Deepest answer (or read-only argument) the sandbox hands back; deeper is a clear `output-limit`. */
export const MAX_ANSWER_DEPTH = 64;
