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

/** Extra time the host watchdog waits past a case's own deadline before it kills the worker. */
export const WATCHDOG_GRACE_MS = 1500;

/** The fixed clock the sandbox sees: `Date.now()` starts here, so verdicts never depend on the day. */
export const SANDBOX_EPOCH_MS = Date.UTC(2026, 0, 1);

/** Seed of the sandbox's `Math.random`, the same for every case so runs repeat exactly. */
export const SANDBOX_RANDOM_SEED = 0x5eed;

export const SOLUTION_FILE_NAME = 'solution.js';
