/** The engine's public surface: pure TypeScript, no DOM or React. Runs in Node and in a Web Worker. */
export { DEFAULT_LIMITS, WATCHDOG_GRACE_MS, type Limits } from './limits';
export type { CaseOutcome, CaseReport, CompileError, ConsoleLine, FailureCause, Json, JudgeReport, Language, NoticeCode, Verdict } from './types';
export { VERDICTS, REPORT_VERSION } from './types';
export { runJudgeJob, budgetSpent, notRun, STOPPING_VERDICTS, type JobEvent, type JudgeJob, type ModuleHolder, type Validation } from './judge';
export { gradeCase, summarize, compileErrorReport, NOTICE_TEXT, type TestCaseSpec } from './grade';
export { compareOutputs, type Comparison } from './compare';
export { loadQuickJS } from './quickjs-module';
export { EngineCrashError } from './errors';
