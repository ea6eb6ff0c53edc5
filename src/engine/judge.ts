import type { QuickJSWASMModule } from 'quickjs-emscripten-core';
import { EngineCrashError } from './errors';
import type { Limits } from './limits';
import { runInSandbox, positionInSolution } from './sandbox';
import { transpile } from './transpile';
import type { CaseOutcome, CompileError, Json, Language } from './types';

/** Everything the sandbox side needs to run a solution. Expected outputs are deliberately absent. */
export type JudgeJob = {
  source: string;
  language: Language;
  functionName: string;
  cases: { index: number; args: Json[] }[];
  limits: Limits;
  /** What is left of the whole-submission budget when this job starts. */
  budgetMs: number;
  /** A problem's own validator, for problems with more than one right answer. */
  validator?: { source: string; functionName: string };
};

export type Validation = { valid: true } | { valid: false; reason: string };

export type JobEvent =
  | { type: 'compile-error'; error: CompileError }
  | { type: 'case-start'; index: number; timeBudgetMs: number }
  | { type: 'case-done'; index: number; outcome: CaseOutcome; validation?: Validation };

/** Holds the current QuickJS module and can swap in a fresh one after a crash. */
export type ModuleHolder = { get(): Promise<QuickJSWASMModule>; replace(): Promise<QuickJSWASMModule> };

/** Rejects code QuickJS cannot parse, with its line and column, without running any of it. */
export function checkSyntax(module: QuickJSWASMModule, code: string, usesModules: boolean): CompileError | undefined {
  const runtime = module.newRuntime();
  const context = runtime.newContext();
  try {
    const prefix = usesModules ? 'var exports = {}; var module = { exports: exports }; ' : '';
    const result = context.evalCode(prefix + code, 'solution.js', { compileOnly: true });
    if (!result.error) {
      result.value.dispose();
      return undefined;
    }
    const error = context.dump(result.error) as { name?: string; message?: string; stack?: string; lineNumber?: number };
    result.error.dispose();
    const position = positionInSolution(error.stack) ?? (error.lineNumber ? { line: error.lineNumber } : undefined);
    return { message: `${error.name ?? 'SyntaxError'}: ${error.message ?? 'the code could not be read'}`, position };
  } finally {
    context.dispose();
    runtime.dispose();
  }
}

/**
 * Runs every case of a job, each in its own fresh sandbox, and reports them one by one through
 * `emit` so a watchdog outside can tell which case was running if this thread stops answering.
 */
export async function runJudgeJob(modules: ModuleHolder, job: JudgeJob, emit: (event: JobEvent) => void): Promise<void> {
  const transpiled = transpile(job.source, job.language);
  if (!transpiled.ok) {
    emit({ type: 'compile-error', error: transpiled.error });
    return;
  }
  const { code, usesModules } = transpiled;
  const syntaxError = checkSyntax(await modules.get(), code, usesModules);
  if (syntaxError) {
    emit({ type: 'compile-error', error: syntaxError });
    return;
  }

  const started = performance.now();
  for (const testCase of job.cases) {
    const budgetLeft = job.budgetMs - (performance.now() - started);
    if (budgetLeft <= 0) {
      emit({ type: 'case-done', index: testCase.index, outcome: budgetSpent() });
      continue;
    }
    const timeBudgetMs = Math.max(1, Math.min(job.limits.caseTimeMs, Math.floor(budgetLeft)));
    emit({ type: 'case-start', index: testCase.index, timeBudgetMs });
    const call = { code, usesModules, functionName: job.functionName, args: testCase.args, limits: job.limits, timeBudgetMs };
    const result = await runGuarded(modules, (module) => runInSandbox(module, call));
    if (result.status === 'missing-function') {
      emit({ type: 'compile-error', error: missingFunction(job.functionName, result.found, job.source) });
      return;
    }
    let validation: Validation | undefined;
    if (job.validator && result.status === 'returned') {
      validation = await validate(modules, job.validator, testCase.args, result.value, job.limits);
    }
    emit({ type: 'case-done', index: testCase.index, outcome: result, validation });
  }
}

/** Runs `work`; if the WebAssembly module crashed, replaces it and reports the crash as the user's runtime error. */
async function runGuarded<T>(modules: ModuleHolder, work: (m: QuickJSWASMModule) => T): Promise<T | CaseOutcome> {
  try {
    return work(await modules.get());
  } catch (e) {
    if (!(e instanceof EngineCrashError)) throw e;
    await modules.replace();
    return {
      status: 'failed',
      verdict: 'runtime-error',
      message: 'The sandbox crashed while running your code (the JavaScript engine itself failed). The sandbox has been restarted; check for extreme memory or recursion use.',
      error: e.message,
      timeMs: 0,
      console: [],
    };
  }
}

async function validate(
  modules: ModuleHolder,
  validator: NonNullable<JudgeJob['validator']>,
  args: Json[],
  output: Json,
  limits: Limits,
): Promise<Validation> {
  const transpiled = transpile(validator.source, 'javascript');
  if (!transpiled.ok) return { valid: false, reason: `the problem's validator does not compile: ${transpiled.error.message}` };
  const result = await runGuarded(modules, (m) =>
    runInSandbox(m, {
      code: transpiled.code,
      usesModules: transpiled.usesModules,
      functionName: validator.functionName,
      args: [args, output],
      limits,
      timeBudgetMs: limits.caseTimeMs,
    }),
  );
  if (result.status !== 'returned') {
    const why = result.status === 'failed' ? result.message : 'it defines no validate function';
    return { valid: false, reason: `the problem's validator failed: ${why}` };
  }
  if (result.value === true) return { valid: true };
  return { valid: false, reason: typeof result.value === 'string' ? result.value : 'the answer breaks the problem rules' };
}

export function budgetSpent(): CaseOutcome {
  return {
    status: 'failed',
    verdict: 'time-limit',
    message: 'Not run: the whole submission used up its time budget on earlier cases.',
    timeMs: 0,
    console: [],
  };
}

function missingFunction(name: string, found: string, source: string): CompileError {
  const what = found === 'undefined' ? 'no' : `a ${found} named`;
  // LeetCode habit: the function written as a method of a class.
  const inClass = new RegExp(`class\\s+\\w+[\\s\\S]*\\b${name}\\s*\\(`).test(source);
  const hint = inClass ? ` It is a method of a class here: write it as a plain top-level function instead.` : '';
  return {
    message: `Your code defines ${what} \`${name}\`${found === 'undefined' ? ' function' : ', not a function'}.${hint} Keep the function name from the starter code: function ${name}(…) { … }`,
  };
}
