import type { QuickJSWASMModule } from 'quickjs-emscripten-core';
import { EngineCrashError } from './errors';
import { WALL_NET_FACTOR, WORK_UNITS_PER_MS, type Limits } from './limits';
import { openSandbox, runInSandbox, positionInSolution, type SandboxCall, type SandboxSession } from './sandbox';
import { transpile } from './transpile';
import { definedNames } from './defined-names';
import { notRun } from './not-run';
import { chargeSpreads } from './spread-charges';
import { splitPythonTranslation } from './python-realm';
import type { CaseOutcome, CompileError, Json, Language, Verdict } from './types';

/** Everything the sandbox side needs to run a solution. Expected outputs are deliberately absent. */
export type JudgeJob = {
  source: string;
  language: Language;
  functionName: string;
  cases: { index: number; args: Json[] }[];
  limits: Limits;
  /** What is left of the whole-submission budget when this job starts. */
  budgetMs: number;
  /** Arguments the problem says must not change (by position), with their parameter names. */
  readOnly?: { index: number; name: string }[];
  /** A problem's own validator, for problems with more than one right answer. */
  validator?: { source: string; functionName: string };
};

export type Validation = { valid: true } | { valid: false; reason: string };

export type JobEvent =
  | { type: 'compile-error'; error: CompileError }
  | { type: 'case-start'; index: number; timeBudgetMs: number }
  /** The running case is still making progress (sent from QuickJS's interrupt handler). */
  | { type: 'case-alive'; index: number; work: number }
  | { type: 'case-done'; index: number; outcome: CaseOutcome; validation?: Validation };

/** Holds the current QuickJS module and can swap in a fresh one after a crash. */
export type ModuleHolder = {
  /** The current module, (re)loaded with its WebAssembly memory capped for `memoryBytes` (default: DEFAULT_LIMITS). */
  get(memoryBytes?: number): Promise<QuickJSWASMModule>;
  replace(): Promise<QuickJSWASMModule>;
};

/** Rejects code QuickJS cannot parse, with its line and column, without running any of it. */
export function checkSyntax(module: QuickJSWASMModule, code: string, usesModules: boolean): CompileError | undefined {
  const runtime = module.newRuntime();
  const context = runtime.newContext();
  try {
    void usesModules; // CommonJS globals are defined at run time (sandbox.ts); compiling needs none.
    const result = context.evalCode(code, 'solution.js', { compileOnly: true });
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
 * Runs every case of a job, each in a fresh context of one sandbox session, and reports them one by one through
 * `emit` so a watchdog outside can tell which case was running if this thread stops answering.
 */
export async function runJudgeJob(modules: ModuleHolder, job: JudgeJob, emit: (event: JobEvent) => void): Promise<void> {
  const transpiled = transpile(job.source, job.language);
  if (!transpiled.ok) {
    emit({ type: 'compile-error', error: transpiled.error });
    return;
  }
  const { usesModules } = transpiled;
  // Pseudocode: the runtime library is parsed once per session in a context of its own (python-realm.ts).
  const split = transpiled.runtimeColumns !== undefined ? splitPythonTranslation(transpiled.code, transpiled.runtimeColumns) : undefined;
  const code = chargeSpreads(split ? split.userCode : transpiled.code);
  const syntaxError = checkSyntax(await modules.get(job.limits.memoryBytes), code, usesModules);
  if (syntaxError) {
    emit({ type: 'compile-error', error: syntaxError });
    return;
  }

  const started = performance.now();
  const workBudget = job.limits.caseTimeMs * WORK_UNITS_PER_MS;
  // One session for the job: the harness is parsed once, each case still runs in a fresh context.
  let session: SandboxSession | undefined;
  let sessionCases = 0;
  const closeSession = () => {
    try {
      session?.close();
    } catch {
      // A module that cannot release its memory is replaced on its next crash; nothing to report.
    }
    session = undefined;
    sessionCases = 0;
  };
  const runCase = async (call: SandboxCall) => {
    let crashed = false;
    const outcome = await runGuarded(
      modules,
      (module) => {
        try {
          session ??= openSandbox(module);
          sessionCases++;
          return session.run(call);
        } catch (e) {
          crashed = e instanceof EngineCrashError;
          throw e;
        }
      },
      job.limits.memoryBytes,
    );
    // A crashed module's session is gone with it.
    if (crashed) {
      session = undefined;
      sessionCases = 0;
    }
    return outcome;
  };
  try {
    for (const [position, testCase] of job.cases.entries()) {
      const budgetLeft = job.budgetMs - (performance.now() - started);
      if (budgetLeft <= 0) {
        for (const rest of job.cases.slice(position)) emit({ type: 'case-done', index: rest.index, outcome: notRun('budget') });
        return;
      }
      const timeBudgetMs = Math.max(1, Math.min(job.limits.caseTimeMs * WALL_NET_FACTOR, Math.floor(budgetLeft)));
      emit({ type: 'case-start', index: testCase.index, timeBudgetMs });
      const call: SandboxCall = {
        code,
        usesModules,
        functionName: job.functionName,
        args: testCase.args,
        limits: job.limits,
        timeBudgetMs,
        workBudget,
        readOnly: job.readOnly,
        onAlive: (work) => emit({ type: 'case-alive', index: testCase.index, work }),
        ...(split ? { pythonRealm: split.realmSource } : {}),
      };
      let result = await runCase(call);
      // Earlier cases' garbage is freed at the runtime's next collection, not when their context
      // closes, and a heap that ran out beside it stays fragmented: a memory limit met after other
      // cases is confirmed on a fresh module, so it never depends on the cases before it.
      if (result.status === 'failed' && result.verdict === 'memory-limit' && sessionCases > 1) {
        closeSession();
        await modules.replace();
        result = await runCase(call);
      }
      if (result.status === 'missing-function') {
        emit({ type: 'compile-error', error: job.language === 'python' ? missingPythonFunction(job.functionName, result.found, code) : missingFunction(job.functionName, result.found, job.source, code) });
        return;
      }
      if (job.language === 'python' && result.status === 'returned' && result.changedInputs) result.language = 'python';
      let validation: Validation | undefined;
      if (job.validator && result.status === 'returned') {
        validation = await validate(modules, job.validator, testCase.args, result.value, job.limits, call.onAlive);
      }
      emit({ type: 'case-done', index: testCase.index, outcome: result, validation });
      // A load error is the same for every case: report it once. A limit stops the submission so
      // runaway code never makes the user wait.
      if (result.status === 'failed' && (result.cause === 'load-error' || STOPPING_VERDICTS.includes(result.verdict))) {
        const why = result.cause === 'load-error' ? 'load' : 'limit';
        for (const rest of job.cases.slice(position + 1)) emit({ type: 'case-done', index: rest.index, outcome: notRun(why) });
        return;
      }
    }
  } finally {
    closeSession();
  }
}

/** Verdicts after which the rest of a submission is not run (DESIGN.md "Verdicts"). */
export const STOPPING_VERDICTS: readonly Verdict[] = ['time-limit', 'memory-limit'];

/** Runs `work`; if the WebAssembly module crashed, replaces it and reports the crash as the user's runtime error. */
async function runGuarded<T>(modules: ModuleHolder, work: (m: QuickJSWASMModule) => T, memoryBytes?: number): Promise<T | CaseOutcome> {
  try {
    return work(await modules.get(memoryBytes));
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
  onAlive?: (work: number) => void,
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
      timeBudgetMs: limits.caseTimeMs * WALL_NET_FACTOR,
      onAlive,
    }),
  );
  if (result.status !== 'returned') {
    const why = result.status === 'failed' ? result.message : 'it defines no validate function';
    return { valid: false, reason: `the problem's validator failed: ${why}` };
  }
  if (result.value === true) return { valid: true };
  return { valid: false, reason: typeof result.value === 'string' ? result.value : 'the answer breaks the problem rules' };
}

// Re-exported: the page's judge client imports it from not-run.ts, without this module's sandbox and transpilers.
export { notRun };

/** @deprecated kept for callers of the old name: a case skipped because the submission's time ran out. */
export function budgetSpent(): CaseOutcome {
  return notRun('budget');
}

function missingFunction(name: string, found: string, source: string, code: string): CompileError {
  const what = found === 'undefined' ? 'no' : `a ${found} named`;
  // LeetCode habit: the function written as a method of a class.
  const inClass = new RegExp(`class\\s+\\w+[\\s\\S]*\\b${name}\\s*\\(`).test(source);
  const hint = inClass ? ` It is a method of a class here: write it as a plain top-level function instead.` : '';
  const defined = definedNames(code).filter((n) => n !== name);
  const list = defined.length ? ` The file defines ${defined.slice(0, 8).map((n) => `\`${n}\``).join(', ')}${defined.length > 8 ? '…' : ''}; rename the one that solves the problem.` : '';
  return {
    message: `Your code defines ${what} \`${name}\`${found === 'undefined' ? ' function' : ', not a function'}.${hint}${list} Keep the function name from the starter code: function ${name}(…) { … }, or hand it over with module.exports = { ${name} } or export function ${name}.`,
  };
}

/** The missing-function message in Python's words: `def name(…):`, snake_case accepted. */
function missingPythonFunction(name: string, found: string, code: string): CompileError {
  const snake = name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
  const defined = definedNames(code).filter((n) => n !== name && !n.startsWith('$'));
  const list = defined.length ? ` The file defines ${defined.slice(0, 8).map((n) => `\`${n}\``).join(', ')}${defined.length > 8 ? '…' : ''}; rename the one that solves the problem.` : '';
  return {
    message: `Your code defines ${found === 'undefined' ? 'no function' : `a ${found}, not a function,`} named \`${snake}\`${snake === name ? '' : ` (or \`${name}\`)`}.${list} Keep the function from the starter code: def ${snake}(…): at the top level of the file.`,
  };
}
