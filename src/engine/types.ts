/** A plain JSON value: the only thing that crosses the sandbox boundary. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export const VERDICTS = [
  'accepted',
  'wrong-answer',
  'runtime-error',
  'time-limit',
  'memory-limit',
  'output-limit',
  'compile-error',
] as const;
export type Verdict = (typeof VERDICTS)[number];

export type Language = 'javascript' | 'typescript' | 'python';

export type ConsoleLevel = 'log' | 'info' | 'warn' | 'error';
export type ConsoleLine = { level: ConsoleLevel; text: string };

/** Where in the user's code something happened (1-based). */
export type SourcePosition = { line: number; column?: number };

/**
 * Why a case failed, as a fixed word. A hidden case's message is built from this and the verdict
 * only, never from text the user's code controls (error messages, keys, values).
 */
export type FailureCause =
  | 'changed-input'
  | 'not-json'
  | 'too-large'
  | 'too-deep'
  | 'threw'
  | 'threw-value'
  | 'stack-overflow'
  | 'load-error'
  | 'never-settled'
  | 'work-budget'
  | 'wall-clock'
  | 'native-stall'
  | 'memory'
  | 'console-flood'
  | 'crash'
  | 'not-run';

/** Where QuickJS differs from a browser and the code met it: fixed codes, safe to show for hidden cases. */
export const NOTICE_CODES = ['locale-compare', 'locale-number', 'locale-options', 'intl', 'intl-missing'] as const;
export type NoticeCode = (typeof NOTICE_CODES)[number];

/** What the sandbox says about one call of the user's function, before any comparison. */
export type CaseOutcome =
  | {
      status: 'returned';
      value: Json;
      timeMs: number;
      /** Deterministic work: QuickJS interrupt polls (one per ~10,000 steps), the same on every machine. */
      work?: number;
      console: ConsoleLine[];
      /** Deterministic operation count, present when the code was instrumented. */
      cost?: number;
      /** Read-only arguments (by parameter name) that the call changed. */
      changedInputs?: string[];
      /** The language the solution was written in, when not JavaScript, so messages can use its words. */
      language?: Language;
      notices?: NoticeCode[];
    }
  | {
      status: 'failed';
      verdict: Exclude<Verdict, 'accepted'>;
      /** Human-worded explanation of what went wrong. */
      message: string;
      /** Fixed word for what went wrong; hidden cases are described from this alone. */
      cause?: FailureCause;
      /** The error's own name and text, e.g. "TypeError: cannot read property 'x' of null". */
      error?: string;
      position?: SourcePosition;
      timeMs: number;
      work?: number;
      console: ConsoleLine[];
      notices?: NoticeCode[];
    };

/** One judged test case, as reported to a user. Hidden cases never carry input or expected output. */
export type CaseReport = {
  name: string;
  hidden: boolean;
  verdict: Verdict;
  timeMs: number;
  /** Deterministic work the case used (interrupt polls); the time limit is decided by this, not by timeMs. */
  work?: number;
  /** Codes of sandbox-vs-browser differences this case met (see NOTICE_CODES). */
  notices?: NoticeCode[];
  /** The case did not run because an earlier case hit a limit; `verdict` then repeats that limit. */
  notRun?: true;
  message?: string;
  position?: SourcePosition;
  console?: ConsoleLine[];
  input?: Json[];
  expected?: Json;
  actual?: Json;
};

export type CompileError = { message: string; position?: SourcePosition };

export const REPORT_VERSION = 1;

export type JudgeReport = {
  version: typeof REPORT_VERSION;
  problem: string;
  mode: 'run' | 'submit';
  verdict: Verdict;
  passed: number;
  total: number;
  timeMs: number;
  compileError?: CompileError;
  /** How many cases were not run because an earlier case hit a limit. */
  notRun?: number;
  /** Where the sandbox differs from a browser and this code met it ("your code uses localeCompare…"). */
  notices?: string[];
  cases: CaseReport[];
};
