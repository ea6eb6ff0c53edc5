import type { QuickJSContext, QuickJSHandle, QuickJSRuntime, QuickJSWASMModule } from 'quickjs-emscripten-core';
import { PRELUDE_SOURCE } from './prelude';
import { SOLUTION_FILE_NAME, type Limits } from './limits';
import { EngineCrashError } from './errors';
import type { CaseOutcome, ConsoleLevel, ConsoleLine, Json, SourcePosition } from './types';

export type SandboxCall = {
  /** A plain script (already transpiled) that defines the function. */
  code: string;
  /** The script was converted from ES module syntax and expects `exports`. */
  usesModules: boolean;
  functionName: string;
  args: Json[];
  limits: Limits;
  /** Time this call may use: the case limit, or less when the submission budget is nearly spent. */
  timeBudgetMs: number;
  /** Source evaluated after the prelude and before the code (e.g. operation counters). */
  setup?: string;
  /** An expression evaluated after the call whose number is reported as `cost`. */
  costExpression?: string;
};

type FailedVerdict = Extract<CaseOutcome, { status: 'failed' }>['verdict'];

export type SandboxResult = CaseOutcome | { status: 'missing-function'; found: string };

type Envelope =
  | 'pending'
  | { ok: true; json: string }
  | { ok: false; kind: 'not-json' | 'too-large'; reason: string }
  | { ok: false; kind: 'threw'; error: ThrownError };

type ThrownError = { name: string; message: string; stack: string; thrownValue?: boolean };

const HARNESS_FILE_NAME = 'techscreen-harness.js';
const LOCATION_IN_SOLUTION = new RegExp(`${SOLUTION_FILE_NAME.replace('.', '\\.')}:(\\d+)(?::(\\d+))?`);

/** Finds the first frame of the user's own file in a QuickJS stack trace. */
export function positionInSolution(stack: string | undefined): SourcePosition | undefined {
  const match = stack ? LOCATION_IN_SOLUTION.exec(stack) : null;
  if (!match) return undefined;
  return { line: Number(match[1]), column: match[2] ? Number(match[2]) : undefined };
}

/**
 * Runs one call of the user's function in a brand-new QuickJS runtime and context, so no state
 * survives between test cases. User mistakes come back as values; only a failure of the
 * WebAssembly module itself throws (EngineCrashError), and then the module must be replaced.
 */
export function runInSandbox(module: Pick<QuickJSWASMModule, 'newRuntime'>, call: SandboxCall): SandboxResult {
  const consoleLines: ConsoleLine[] = [];
  let consoleBytes = 0;
  let outputExceeded = false;
  const started = performance.now();
  const deadline = started + call.timeBudgetMs;
  const elapsed = () => Math.round((performance.now() - started) * 100) / 100;

  let runtime: QuickJSRuntime | undefined;
  let context: QuickJSContext | undefined;
  const handles: QuickJSHandle[] = [];
  const keep = (h: QuickJSHandle) => (handles.push(h), h);

  const failed = (
    verdict: FailedVerdict,
    message: string,
    extra: { error?: string; position?: SourcePosition } = {},
  ): CaseOutcome => ({ status: 'failed', verdict, message, ...extra, timeMs: elapsed(), console: consoleLines });

  /** Turns an error thrown inside the VM into a verdict. */
  const fromVmError = (error: ThrownError, phase: 'load' | 'call'): CaseOutcome => {
    const text = error.name ? `${error.name}: ${error.message}` : error.message;
    const position = positionInSolution(error.stack);
    const where = position ? ` on line ${position.line}` : '';
    if (outputExceeded) {
      return failed('output-limit', `Your code printed more than ${Math.round(call.limits.consoleBytes / 1024)} KiB with console.log. Print less, or only the first few values.`);
    }
    if (error.message === 'interrupted') {
      return failed('time-limit', `Your code ran past ${call.timeBudgetMs} ms. Look for a loop that never ends, or one that repeats far more work than it needs.`);
    }
    // QuickJS strings are ropes, so a doubling string hits its length cap before the heap limit.
    if (error.message === 'out of memory' || /string too long|invalid string length|invalid array length|allocation/i.test(error.message)) {
      return failed('memory-limit', `Your code used more than ${Math.round(call.limits.memoryBytes / 1048576)} MiB of memory${where}. Look for a list or string that keeps growing.`, { error: text, position });
    }
    if (error.message === 'stack overflow') {
      return failed('runtime-error', `Too much recursion${where}: the call stack overflowed. Use a loop with an explicit stack (an array you push to and pop from), or check that the recursion has a base case.`, { error: text, position });
    }
    if (error.thrownValue) {
      return failed('runtime-error', `Your code threw a value that is not an Error: ${error.message.slice(0, 200)}. Throw new Error("…") to get a line number.`, { error: error.message.slice(0, 200) });
    }
    if (/'?(require|module|exports)'? is not defined/.test(error.message)) {
      return failed('runtime-error', `${text}${where}: imports are not available in the sandbox. Write everything your function needs in this file; plain JavaScript built-ins (Map, Set, Math, JSON…) are all there.`, { error: text, position });
    }
    const during = phase === 'load' ? 'while loading your code (outside the function)' : '';
    return failed('runtime-error', `${text}${where}${during ? ' ' + during : ''}.`, { error: text, position });
  };

  try {
    runtime = module.newRuntime();
    runtime.setMemoryLimit(call.limits.memoryBytes);
    runtime.setMaxStackSize(call.limits.stackBytes);
    runtime.setInterruptHandler(() => outputExceeded || performance.now() > deadline);
    context = runtime.newContext();
    const vm = context;

    const hostLog = keep(
      vm.newFunction('hostLog', (levelHandle, textHandle) => {
        if (outputExceeded) return;
        const level = vm.getString(levelHandle) as ConsoleLevel;
        const text = vm.getString(textHandle);
        consoleBytes += text.length + 1;
        if (consoleBytes > call.limits.consoleBytes) {
          outputExceeded = true;
          return;
        }
        consoleLines.push({ level, text });
      }),
    );
    const makeHarness = keep(vm.unwrapResult(vm.evalCode(PRELUDE_SOURCE, HARNESS_FILE_NAME)));
    const harness = keep(vm.unwrapResult(vm.callFunction(makeHarness, vm.undefined, hostLog)));

    const evalOrError = (source: string, fileName: string): ThrownError | undefined => {
      const result = vm.evalCode(source, fileName);
      if (result.error) {
        const error = vm.dump(result.error) as ThrownError;
        result.error.dispose();
        return normaliseThrown(error);
      }
      result.value.dispose();
      return undefined;
    };

    if (call.setup) {
      const setupError = evalOrError(call.setup, HARNESS_FILE_NAME);
      if (setupError) throw new EngineCrashError(`sandbox setup failed: ${setupError.message}`);
    }
    // Same line: the prefix must not shift the user's line numbers.
    const prefix = call.usesModules ? 'var exports = {}; var module = { exports: exports }; ' : '';
    const loadError = evalOrError(prefix + call.code, SOLUTION_FILE_NAME);
    if (loadError) return fromVmError(loadError, 'load');

    const name = call.functionName;
    const lookup = call.usesModules
      ? `(typeof ${name} === 'function' ? ${name} : (module.exports && typeof module.exports.${name} === 'function' ? module.exports.${name} : (module.exports && module.exports.default)))`
      : `(typeof ${name} !== 'undefined' ? ${name} : undefined)`;
    const fn = keep(vm.unwrapResult(vm.evalCode(lookup, HARNESS_FILE_NAME)));
    const fnType = vm.typeof(fn);
    if (fnType !== 'function') return { status: 'missing-function', found: fnType };

    const callResult = vm.callFunction(
      harness,
      vm.undefined,
      keep(vm.newString('call')),
      fn,
      keep(vm.newString(JSON.stringify(call.args))),
      keep(vm.newNumber(call.limits.resultChars)),
    );
    if (callResult.error) {
      // The harness catches everything the user throws, so an error here is uncatchable (an
      // interrupt) or the heap ran out so completely that not even an Error could be made (null).
      const dumped = vm.dump(callResult.error) as ThrownError | null;
      const error = dumped === null ? { name: 'InternalError', message: 'out of memory', stack: '' } : normaliseThrown(dumped);
      callResult.error.dispose();
      return fromVmError(error, 'call');
    }
    let envelope = JSON.parse(vm.getString(callResult.value)) as Envelope;
    callResult.value.dispose();

    // An async solution settles through the job queue; there are no timers in the sandbox.
    while (envelope === 'pending') {
      const jobs = runtime.executePendingJobs();
      if (jobs.error) {
        const error = normaliseThrown(vm.dump(jobs.error) as ThrownError);
        jobs.error.dispose();
        return fromVmError(error, 'call');
      }
      const ran = jobs.value;
      const collected = vm.unwrapResult(vm.callFunction(harness, vm.undefined, keep(vm.newString('collect'))));
      envelope = JSON.parse(collected.consume((h) => vm.getString(h))) as Envelope;
      if (envelope === 'pending' && ran === 0) {
        return failed('runtime-error', 'Your function returned a Promise that never settled. Make sure every path resolves, or return the value directly.');
      }
    }

    let cost: number | undefined;
    if (call.costExpression) {
      const costHandle = vm.unwrapResult(vm.evalCode(call.costExpression, HARNESS_FILE_NAME));
      cost = vm.getNumber(costHandle);
      costHandle.dispose();
    }

    if (envelope.ok) {
      return { status: 'returned', value: JSON.parse(envelope.json) as Json, timeMs: elapsed(), console: consoleLines, ...(cost === undefined ? {} : { cost }) };
    }
    if (envelope.kind === 'threw') return fromVmError(normaliseThrown(envelope.error), 'call');
    if (envelope.kind === 'too-large') {
      return failed('output-limit', `Your function's answer is too large (${envelope.reason}). The expected answers are far smaller: check for repeated or runaway data.`);
    }
    // The code ran; its answer just cannot be right (undefined, NaN, a Set…): a wrong answer, with why.
    return failed('wrong-answer', `Your function returned ${envelope.reason}${/[.?!]$/.test(envelope.reason) ? '' : '.'}`);
  } catch (e) {
    if (e instanceof EngineCrashError) throw e;
    // A VM error from our own harness (e.g. out of memory while reading the answer) is still the
    // user's doing; anything else is the WebAssembly module failing.
    const vmError = asVmError(e);
    if (vmError) return fromVmError(vmError, 'call');
    throw new EngineCrashError(`QuickJS failed: ${String((e as Error)?.message ?? e)}`, { cause: e });
  } finally {
    try {
      for (const h of handles.reverse()) if (h.alive) h.dispose();
      context?.dispose();
      runtime?.dispose();
    } catch (e) {
      throw new EngineCrashError(`QuickJS could not release the sandbox: ${String((e as Error)?.message ?? e)}`, { cause: e });
    }
  }
}

/** QuickJS reports errors thrown in the VM as objects; a thrown primitive arrives as-is. */
function normaliseThrown(error: unknown): ThrownError {
  if (error && typeof error === 'object' && 'message' in error) {
    const e = error as Partial<ThrownError>;
    return { name: String(e.name ?? ''), message: String(e.message ?? ''), stack: String(e.stack ?? ''), thrownValue: e.thrownValue };
  }
  return { name: '', message: JSON.stringify(error) ?? String(error), stack: '', thrownValue: true };
}

/** `unwrapResult` throws a QuickJSUnwrapError carrying the VM's error as `cause`. */
function asVmError(e: unknown): ThrownError | undefined {
  const err = e as { name?: string; cause?: unknown };
  if (err?.name === 'QuickJSUnwrapError' && err.cause && typeof err.cause === 'object') return normaliseThrown(err.cause);
  return undefined;
}
