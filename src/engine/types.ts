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

/** What the sandbox says about one call of the user's function, before any comparison. */
export type CaseOutcome =
  | {
      status: 'returned';
      value: Json;
      timeMs: number;
      console: ConsoleLine[];
      /** Deterministic operation count, present when the code was instrumented. */
      cost?: number;
    }
  | {
      status: 'failed';
      verdict: Exclude<Verdict, 'accepted'>;
      /** Human-worded explanation of what went wrong. */
      message: string;
      /** The error's own name and text, e.g. "TypeError: cannot read property 'x' of null". */
      error?: string;
      position?: SourcePosition;
      timeMs: number;
      console: ConsoleLine[];
    };

/** One judged test case, as reported to a user. Hidden cases never carry input or expected output. */
export type CaseReport = {
  name: string;
  hidden: boolean;
  verdict: Verdict;
  timeMs: number;
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
  cases: CaseReport[];
};
