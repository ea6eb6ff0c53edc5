import type { QuickJSContext, QuickJSHandle, QuickJSRuntime, QuickJSWASMModule } from 'quickjs-emscripten-core';
import { preludeFor } from './prelude';
import { HARNESS_SOURCE } from './harness';
import { PYTHON_REALM_FILE_NAME } from './python-realm';
import { MAX_ANSWER_DEPTH, SOLUTION_FILE_NAME, type Limits } from './limits';
import { canonical } from './compare';
import { EngineCrashError } from './errors';
import { NOTICE_CODES, type CaseOutcome, type ConsoleLevel, type ConsoleLine, type Json, type NoticeCode, type SourcePosition } from './types';

export type SandboxCall = {
  /** A plain script (already transpiled) that defines the function. */
  code: string;
  /** The script was converted from ES module syntax and expects `exports`. */
  usesModules: boolean;
  functionName: string;
  args: Json[];
  limits: Limits;
  /**
   * Wall-clock time this call may use. With `workBudget` set it is only the safety net for code
   * that spends its time inside built-ins; without it, it is the time limit itself.
   */
  timeBudgetMs: number;
  /** Deterministic time limit: QuickJS interrupt polls (one per ~10,000 steps) the call may use. */
  workBudget?: number;
  /** Arguments the call must leave as they were, with the parameter names messages use. */
  readOnly?: { index: number; name: string }[];
  /** Called from the interrupt handler about every ALIVE_INTERVAL_MS, so a watchdog can tell a busy call from a stalled one. */
  onAlive?: (work: number) => void;
  /** Charge built-ins' work to the budget (builtin-charges.ts); default true. Off only for the benchmark's comparison. */
  chargeBuiltins?: boolean;
  /** Source evaluated after the prelude and before the code (e.g. operation counters). */
  setup?: string;
  /** An expression evaluated after the call whose number is reported as `cost`. */
  costExpression?: string;
  /**
   * Translated pseudocode: the source of the Python context (python-realm.ts), parsed once per
   * session and reused while calls bring the same source. `code` is then the user's part only.
   */
  pythonRealm?: string;
};

type FailedOutcome = Extract<CaseOutcome, { status: 'failed' }>;
type FailedVerdict = FailedOutcome['verdict'];

export type SandboxResult = CaseOutcome | { status: 'missing-function'; found: string };

/** What the harness (prelude.ts) hands back, read on the host and never trusted further than its shape. */
type Envelope =
  | { kind: 'returned'; json: string; after: (string | null)[] }
  | { kind: 'not-json'; reason: string; after: (string | null)[] }
  | { kind: 'too-large'; reason: string; after: (string | null)[] }
  | { kind: 'too-deep'; reason: string; after: (string | null)[] }
  | { kind: 'threw'; error: ThrownError };

type ThrownError = { name: string; message: string; stack: string; thrownValue?: boolean };

/** Why the interrupt handler stopped the code: decided on the host, so no thrown text can fake it. */
type StopReason = 'work' | 'wall' | 'output';

const HARNESS_FILE_NAME = 'techscreen-harness.js';
const LOCATION_IN_SOLUTION = new RegExp(`${SOLUTION_FILE_NAME.replace('.', '\\.')}:(\\d+)(?::(\\d+))?`);

/** Promise jobs run between checks of the work budget, and how many jobs count as one unit of work (a poll is ~10,000 steps; a job a few dozen). */
const JOBS_PER_BATCH = 1000;
const JOBS_PER_WORK_UNIT = 100;
const INTERRUPTED: ThrownError = { name: 'InternalError', message: 'interrupted', stack: '' };

/** How often a running call tells the watchdog it is alive (wall clock; it only paces messages). */
export const ALIVE_INTERVAL_MS = 50;

/** Finds the first frame of the user's own file in a QuickJS stack trace. */
export function positionInSolution(stack: string | undefined): SourcePosition | undefined {
  const match = stack ? LOCATION_IN_SOLUTION.exec(stack) : null;
  if (!match) return undefined;
  return { line: Number(match[1]), column: match[2] ? Number(match[2]) : undefined };
}

/**
 * A QuickJS runtime with the harness context (harness.ts) parsed once, in which cases run one after
 * another, each in a context of its own. A context is a separate realm (its own globals and
 * built-ins), so no state a case leaves in its context can reach the next case; the harness context
 * is only ever called by the host, never by the user's code (see harness.ts). Close it when done.
 */
export type SandboxSession = {
  /** Runs one call in a fresh context of this session's runtime. */
  run(call: SandboxCall): SandboxResult;
  /** Releases the runtime and everything in it. */
  close(): void;
};

/** What the interrupt handler and the host functions of the running case read and update. */
type CaseState = {
  call: SandboxCall;
  work: number;
  stop?: StopReason;
  outputExceeded: boolean;
  deadline: number;
  lastAlive: number;
  encoding?: { startWork: number; deadline: number };
};

/**
 * Opens a session: one runtime, its harness context, and the interrupt handler every case shares.
 * A failure of the WebAssembly module throws EngineCrashError; then the module must be replaced.
 */
export function openSandbox(module: Pick<QuickJSWASMModule, 'newRuntime'>): SandboxSession {
  let current: CaseState | undefined;
  let runtime: QuickJSRuntime | undefined;
  let harnessContext: QuickJSContext | undefined;
  const sessionHandles: QuickJSHandle[] = [];
  const signAlive = (state: CaseState, now: number) => {
    if (state.call.onAlive && now - state.lastAlive >= ALIVE_INTERVAL_MS) {
      state.lastAlive = now;
      state.call.onAlive(state.work);
    }
  };
  let python: PythonRealm | undefined;
  /** True while the Python context's `burn` runs: its next poll interrupts it, which restarts its step count. */
  let burning = false;
  const closePython = () => {
    if (!python) return;
    for (const h of python.handles.reverse()) if (h.alive) h.dispose();
    python.context.dispose();
    python = undefined;
  };
  /** The Python context for this source: built on first use, kept while calls bring the same source. */
  const pythonFor = (source: string): PythonRealm => {
    if (python?.source === source) return python;
    closePython();
    const pc = runtime!.newContext();
    const handles: QuickJSHandle[] = [];
    try {
      const hostWork = pc.newFunction('hostWork', (unitsHandle) => (current && addWork(current, pc.getNumber(unitsHandle)) ? pc.true : pc.false));
      handles.push(hostWork);
      const makeRealm = pc.unwrapResult(pc.evalCode(source, PYTHON_REALM_FILE_NAME));
      const realm = pc.unwrapResult(pc.callFunction(makeRealm, pc.undefined, hostWork));
      makeRealm.dispose();
      handles.push(realm);
      const [reset, install, make, burn, error] = ['reset', 'install', 'make', 'burn'].map((n) => pc.getProp(realm, n)).concat([pc.getProp(pc.global, 'Error')]);
      handles.push(reset, install, make, burn, error);
      python = { source, context: pc, handles, reset, install, make, burn, Error: error };
      return python;
    } catch (e) {
      for (const h of handles.reverse()) if (h.alive) h.dispose();
      pc.dispose();
      throw new EngineCrashError(`QuickJS could not start the Python runtime: ${String((e as Error)?.message ?? e)}`, { cause: e });
    }
  };
  try {
    runtime = module.newRuntime();
    runtime.setInterruptHandler(() => {
      if (burning) return true;
      const state = current;
      if (!state) return false;
      state.work++;
      if (state.outputExceeded) return Boolean((state.stop ??= 'output'));
      const now = performance.now();
      signAlive(state, now);
      // Reading the answer has its own allowance, counted from where the user's call ended.
      const used = state.encoding ? state.work - state.encoding.startWork : state.work;
      if (state.call.workBudget !== undefined && used > state.call.workBudget) return Boolean((state.stop ??= 'work'));
      return now > (state.encoding ? state.encoding.deadline : state.deadline) ? Boolean((state.stop ??= 'wall')) : false;
    });
    const hc = runtime.newContext();
    harnessContext = hc;
    const hostAlive = hc.newFunction('hostAlive', () => {
      if (current) signAlive(current, performance.now());
    });
    const harness = hc.unwrapResult(hc.evalCode(HARNESS_SOURCE, HARNESS_FILE_NAME));
    const kit = hc.unwrapResult(hc.callFunction(harness, hc.undefined, hostAlive));
    harness.dispose();
    hostAlive.dispose();
    sessionHandles.push(kit, hc.getProp(kit, 'encode'), hc.getProp(kit, 'threw'));
  } catch (e) {
    for (const h of sessionHandles) if (h.alive) h.dispose();
    harnessContext?.dispose();
    runtime?.dispose();
    throw new EngineCrashError(`QuickJS could not start the sandbox: ${String((e as Error)?.message ?? e)}`, { cause: e });
  }
  const rt = runtime;
  const hc = harnessContext;
  const [, encodeFn, threwFn] = sessionHandles;
  let closed = false;
  return {
    run(call) {
      if (closed) throw new EngineCrashError('the sandbox session is closed');
      // The Python context is set up and its step count restarted before the case's clock and work start.
      const realm = call.pythonRealm === undefined ? undefined : pythonFor(call.pythonRealm);
      if (realm) {
        burning = true;
        try {
          const burnt = realm.context.callFunction(realm.burn, realm.context.undefined);
          burnt.dispose();
        } finally {
          burning = false;
        }
      }
      const started = performance.now();
      const state: CaseState = { call, work: 0, outputExceeded: false, deadline: started + call.timeBudgetMs, lastAlive: started };
      current = state;
      try {
        rt.setMemoryLimit(call.limits.memoryBytes);
        rt.setMaxStackSize(call.limits.stackBytes);
        return runCase(rt, hc, { encode: encodeFn, threw: threwFn }, state, started, (now) => signAlive(state, now), realm);
      } finally {
        current = undefined;
      }
    },
    close() {
      if (closed) return;
      closed = true;
      try {
        closePython();
        for (const h of sessionHandles.reverse()) if (h.alive) h.dispose();
        hc.dispose();
        rt.dispose();
      } catch (e) {
        throw new EngineCrashError(`QuickJS could not release the sandbox: ${String((e as Error)?.message ?? e)}`, { cause: e });
      }
    },
  };
}

/**
 * Runs one call of the user's function in a session of its own (a fresh runtime), so no state
 * survives between calls. User mistakes come back as values; only a failure of the WebAssembly
 * module itself throws (EngineCrashError), and then the module must be replaced.
 */
export function runInSandbox(module: Pick<QuickJSWASMModule, 'newRuntime'>, call: SandboxCall): SandboxResult {
  const session = openSandbox(module);
  try {
    return session.run(call);
  } finally {
    session.close();
  }
}

/** The shared Python runtime's context (python-realm.ts) and the functions the host calls in it. */
type PythonRealm = {
  source: string;
  context: QuickJSContext;
  handles: QuickJSHandle[];
  reset: QuickJSHandle;
  install: QuickJSHandle;
  make: QuickJSHandle;
  burn: QuickJSHandle;
  /** Its Error constructor: errors its code raises are instances of this, not of the case's Error. */
  Error: QuickJSHandle;
};

/** Adds work done inside built-ins, in whole units; true when the case is over its budget (its code must then stop). */
function addWork(state: CaseState, units: number): boolean {
  if (units > 0) state.work += Math.floor(units);
  const used = state.encoding ? state.work - state.encoding.startWork : state.work;
  return state.call.workBudget !== undefined && used > state.call.workBudget;
}

/** One case in a fresh context of the session's runtime. */
function runCase(
  runtime: QuickJSRuntime,
  hc: QuickJSContext,
  reader: { encode: QuickJSHandle; threw: QuickJSHandle },
  state: CaseState,
  started: number,
  signAlive: (now: number) => void,
  python?: PythonRealm,
): SandboxResult {
  const call = state.call;
  const consoleLines: ConsoleLine[] = [];
  let consoleBytes = 0;
  const elapsed = () => Math.round((performance.now() - started) * 100) / 100;
  const watched = call.readOnly ?? [];
  const notices: NoticeCode[] = [];

  let context: QuickJSContext | undefined;
  const handles: QuickJSHandle[] = [];
  const keep = (h: QuickJSHandle) => (handles.push(h), h);

  const failed = (
    verdict: FailedVerdict,
    cause: NonNullable<FailedOutcome['cause']>,
    message: string,
    extra: { error?: string; position?: SourcePosition } = {},
  ): CaseOutcome => ({ status: 'failed', verdict, cause, message, ...extra, timeMs: elapsed(), work: state.work, console: consoleLines, ...(notices.length ? { notices } : {}) });

  /** Turns an error from inside the VM into a verdict. Limits are decided by what the host saw, not by the error's text. */
  const fromVmError = (error: ThrownError, phase: 'load' | 'call'): CaseOutcome => {
    const text = error.name ? `${error.name}: ${error.message}` : error.message;
    const position = positionInSolution(error.stack);
    const where = position ? ` on line ${position.line}` : '';
    if (state.outputExceeded || state.stop === 'output') {
      return failed('output-limit', 'console-flood', `Your code printed more than ${Math.round(call.limits.consoleBytes / 1024)} KiB with console.log. Print less, or only the first few values.`);
    }
    if (state.stop === 'work') {
      return failed('time-limit', 'work-budget', `Your code did more than ${call.workBudget} units of work (about ${call.limits.caseTimeMs} ms on a typical laptop) without finishing. Look for a loop that never ends, or one that repeats far more work than it needs.`);
    }
    if (state.stop === 'wall') {
      return failed('time-limit', 'wall-clock', `Your code ran past ${call.timeBudgetMs} ms${call.workBudget === undefined ? '' : ', mostly inside built-in operations (sort, indexOf, join…) on large data'}. Look for a loop that never ends, or one that repeats far more work than it needs.`);
    }
    // QuickJS strings are ropes, so a doubling string hits its length cap before the heap limit.
    if (error.message === 'out of memory' || /^(string too long|invalid string length)$/.test(error.message)) {
      return failed('memory-limit', 'memory', `Your code used more than ${Math.round(call.limits.memoryBytes / 1048576)} MiB of memory${where}. Look for a list, string or map that keeps growing.`, { error: text, position });
    }
    if (error.message === 'stack overflow') {
      return failed('runtime-error', 'stack-overflow', `Too much recursion${where}: the call stack overflowed. Use a loop with an explicit stack (an array you push to and pop from), or check that the recursion has a base case.`, { error: text, position });
    }
    if (/^'?(require|define|importScripts)'? is not defined$/.test(error.message)) {
      return failed('runtime-error', phase === 'load' ? 'load-error' : 'threw', `${text}${where}: imports are not available in the sandbox. Write everything your function needs in this file; plain JavaScript built-ins (Map, Set, Math, JSON…) are all there.`, { error: text, position });
    }
    if (phase === 'load') {
      return failed('runtime-error', 'load-error', `${text}${where} while loading your code (outside the function).`, { error: text, position });
    }
    if (error.thrownValue) {
      return failed('runtime-error', 'threw-value', `Your code threw a value that is not an Error: ${error.message.slice(0, 200)}. Throw new Error("…") to get a line number.`, { error: error.message.slice(0, 200) });
    }
    return failed('runtime-error', 'threw', `${text}${where}.`, { error: text, position });
  };

  try {
    context = runtime.newContext();
    const vm = context;

    const hostLog = keep(
      vm.newFunction('hostLog', (levelHandle, textHandle) => {
        if (state.outputExceeded) return;
        const level = vm.getString(levelHandle) as ConsoleLevel;
        const text = vm.getString(textHandle);
        consoleBytes += text.length + 1;
        if (consoleBytes > call.limits.consoleBytes) {
          state.outputExceeded = true;
          return;
        }
        consoleLines.push({ level: CONSOLE_LEVELS.includes(level) ? level : 'log', text });
      }),
    );
    const hostAlive = keep(vm.newFunction('hostAlive', () => signAlive(performance.now())));
    const hostNotice = keep(
      vm.newFunction('hostNotice', (codeHandle) => {
        const code = vm.getString(codeHandle) as NoticeCode;
        if (NOTICE_CODES.includes(code) && !notices.includes(code)) notices.push(code);
      }),
    );
    // Work done inside built-ins, in whole units; true tells the code to stop (it then spins into the interrupt).
    const hostWork = keep(
      vm.newFunction('hostWork', (unitsHandle) => {
        const over = addWork(state, vm.getNumber(unitsHandle));
        signAlive(performance.now());
        return over ? vm.true : vm.false;
      }),
    );
    const charged = call.chargeBuiltins !== false;
    // With the Python context, its installer charges this context's built-ins (below), not the prelude.
    const makeKit = keep(vm.unwrapResult(vm.evalCode(preludeFor(call.code, { chargeBuiltins: charged && !python }), HARNESS_FILE_NAME)));
    const kit = keep(vm.unwrapResult(vm.callFunction(makeKit, vm.undefined, hostLog, hostAlive, hostNotice, charged ? hostWork : vm.undefined)));
    const [parseJson, applyFn, SetB, MapB, PromiseB, ErrorB] = ['parse', 'apply', 'Set', 'Map', 'Promise', 'Error'].map((name) => keep(vm.getProp(kit, name)));

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
    if (python) {
      const pc = python.context;
      pc.unwrapResult(pc.callFunction(python.reset, pc.undefined)).dispose();
      if (charged) pc.unwrapResult(pc.callFunction(python.install, pc.undefined, vm.global)).dispose();
      // Building the runtime's objects is the code's own loading (it used to be parsed with it).
      const made = pc.callFunction(python.make, pc.undefined, vm.global);
      if (made.error) {
        const dumped = pc.dump(made.error) as ThrownError | null;
        made.error.dispose();
        return fromVmError(dumped ? normaliseThrown(dumped) : { name: 'InternalError', message: 'out of memory', stack: '' }, 'load');
      }
      made.value.dispose();
    }
    const loadError = evalOrError(call.code, SOLUTION_FILE_NAME);
    if (loadError) return fromVmError(loadError, 'load');

    const fn = keep(vm.unwrapResult(vm.evalCode(lookupSource(call.functionName), HARNESS_FILE_NAME)));
    const fnType = vm.typeof(fn);
    if (fnType !== 'function') return { status: 'missing-function', found: fnType };

    /** Reads the harness's reply with the host's own caps: nothing the user's code did can make it bigger or deeper. */
    const readEnvelope = (handle: QuickJSHandle): Envelope | CaseOutcome => {
      const length = hc.getProp(handle, 'length').consume((h) => hc.getNumber(h));
      const cap = (call.limits.resultChars * 6 + 4096) * (1 + watched.length);
      if (!(length <= cap)) return failed('output-limit', 'too-large', tooLargeMessage(`${length} characters`));
      const parsed = JSON.parse(hc.getString(handle)) as unknown;
      if (!isEnvelope(parsed)) throw new EngineCrashError('the sandbox harness sent a reply of the wrong shape');
      return parsed;
    };
    /** An error the VM raised outside any catch: an interrupt, or a heap so full not even an Error could be made (null). */
    const uncaught = (handle: QuickJSHandle, from: QuickJSContext): CaseOutcome => {
      const dumped = from.dump(handle) as ThrownError | null;
      handle.dispose();
      return fromVmError(!dumped ? { name: 'InternalError', message: 'out of memory', stack: '' } : normaliseThrown(dumped), 'call');
    };

    // The host calls the function itself (through the case's own captured `Reflect.apply`), so
    // nothing but the case's context runs until the call has finished: its work is its own.
    const argsResult = vm.callFunction(parseJson, vm.undefined, keep(vm.newString(JSON.stringify(call.args))));
    if (argsResult.error) return uncaught(argsResult.error, vm);
    const args = keep(argsResult.value);
    const result = vm.callFunction(applyFn, vm.undefined, fn, vm.undefined, args);
    let outcome: { value: QuickJSHandle } | { thrown: QuickJSHandle };
    if (result.error) {
      // A thrown interrupt (time, output) is decided by the host; anything else the user threw.
      if (state.stop) return uncaught(result.error, vm);
      outcome = { thrown: keep(result.error) };
    } else {
      const value = keep(result.value);
      let promise = vm.getPromiseState(value);
      // An async solution settles through the job queue; there are no timers in the sandbox. Jobs
      // are run in batches and charged as work, so an endless await chain meets the work budget too.
      while (promise.type === 'pending') {
        const jobs = runtime.executePendingJobs(JOBS_PER_BATCH);
        if (jobs.error) return uncaught(jobs.error, vm);
        state.work += Math.ceil(jobs.value / JOBS_PER_WORK_UNIT);
        if (call.workBudget !== undefined && state.work > call.workBudget) state.stop ??= 'work';
        if (state.stop) return fromVmError(INTERRUPTED, 'call');
        promise = vm.getPromiseState(value);
        if (promise.type === 'pending' && jobs.value === 0) {
          return failed('runtime-error', 'never-settled', 'Your function returned a Promise that never settled. Make sure every path resolves, or return the value directly.');
        }
      }
      if (promise.type === 'rejected') outcome = { thrown: keep(promise.error) };
      else outcome = { value: promise.notAPromise ? value : keep(promise.value) };
    }

    // Reading the answer has its own allowance: a huge answer is an output-limit, not the user's time.
    const userWork = state.work;
    state.encoding = { startWork: state.work, deadline: performance.now() + call.timeBudgetMs };
    const encoded =
      'thrown' in outcome
        ? hc.callFunction(reader.threw, hc.undefined, outcome.thrown, ErrorB, python?.Error ?? ErrorB)
        : hc.callFunction(reader.encode, hc.undefined, outcome.value, args, keep(hc.newString(JSON.stringify(watched.map((w) => w.index)))), keep(hc.newNumber(call.limits.resultChars)), SetB, MapB, PromiseB);
    state.encoding = undefined;
    const encodingStop = state.stop;
    state.work = userWork;
    if (encoded.error) {
      if (encodingStop && encodingStop !== 'output') {
        encoded.error.dispose();
        return failed('output-limit', 'too-large', tooLargeMessage('too much to read within the time limit'));
      }
      // A getter on the answer threw, or reading it ran out of memory.
      return uncaught(encoded.error, hc);
    }
    const envelope = encoded.value.consume(readEnvelope);
    if ('status' in envelope) return envelope;

    let cost: number | undefined;
    if (call.costExpression) {
      const costHandle = vm.unwrapResult(vm.evalCode(call.costExpression, HARNESS_FILE_NAME));
      cost = vm.getNumber(costHandle);
      costHandle.dispose();
    }

    if (envelope.kind === 'threw') return fromVmError(normaliseThrown(envelope.error), 'call');
    if (envelope.kind === 'too-large') return failed('output-limit', 'too-large', tooLargeMessage(envelope.reason));
    if (envelope.kind === 'too-deep') {
      return failed('output-limit', 'too-deep', `Your function's answer is ${envelope.reason}. The expected answers are shallow: check for data that wraps itself over and over.`);
    }
    if (envelope.kind === 'not-json') {
      // The code ran; its answer just cannot be right (undefined, NaN, a Set…): a wrong answer, with why.
      const sentence = envelope.reason.charAt(0).toUpperCase() + envelope.reason.slice(1);
      return failed('wrong-answer', 'not-json', `${sentence}${/[.?!]$/.test(sentence) ? '' : '.'}`);
    }
    const changedInputs = changedArguments(watched, call.args, envelope.after);
    const value = readAnswer(envelope.json, call.limits.resultChars);
    if (value === undefined) return failed('output-limit', 'too-large', tooLargeMessage('beyond what the judge reads'));
    return {
      status: 'returned',
      value,
      timeMs: elapsed(),
      work: state.work,
      console: consoleLines,
      ...(cost === undefined ? {} : { cost }),
      ...(changedInputs.length ? { changedInputs } : {}),
      ...(notices.length ? { notices } : {}),
    };
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
    } catch (e) {
      throw new EngineCrashError(`QuickJS could not release the sandbox: ${String((e as Error)?.message ?? e)}`, { cause: e });
    }
  }
}

const CONSOLE_LEVELS: ConsoleLevel[] = ['log', 'info', 'warn', 'error'];


/**
 * Finds the function a file hands over, in every common style: a declaration or \`const f =\` in
 * the script's scope, \`module.exports = f\`, \`module.exports = { f }\`, \`module.exports.f = f\`,
 * \`exports.f = f\`, and ES \`export\` / \`export default\` (which sucrase turns into \`exports.…\`).
 */
function lookupSource(name: string): string {
  return `(typeof ${name} === 'function' ? ${name} : (function (m, e) {
    var x = m && m.exports;
    if (x && typeof x.${name} === 'function') return x.${name};
    if (e && typeof e.${name} === 'function') return e.${name};
    if (typeof x === 'function') return x;
    if (x && typeof x.default === 'function') return x.default;
    return typeof ${name} !== 'undefined' ? ${name} : undefined;
  })(globalThis.module, globalThis.exports))`;
}

function tooLargeMessage(size: string): string {
  return `Your function's answer is too large (${size}). The expected answers are far smaller: check for repeated or runaway data.`;
}

function isEnvelope(v: unknown): v is Envelope {
  if (!v || typeof v !== 'object') return false;
  const e = v as Record<string, unknown>;
  const afterOk = Array.isArray(e.after) && e.after.every((a) => a === null || typeof a === 'string');
  switch (e.kind) {
    case 'returned':
      return typeof e.json === 'string' && afterOk;
    case 'not-json':
    case 'too-large':
    case 'too-deep':
      return typeof e.reason === 'string' && afterOk;
    case 'threw':
      return Boolean(e.error) && typeof e.error === 'object';
    default:
      return false;
  }
}

/** Parses the answer's JSON text, re-checking on the host the size and depth the harness promised. */
function readAnswer(json: string, maxChars: number): Json | undefined {
  if (json.length > maxChars) return undefined;
  const value = JSON.parse(json) as Json;
  return depthOf(value) <= MAX_ANSWER_DEPTH + 1 ? value : undefined;
}

/** Nesting depth of a JSON value, without recursion. */
export function depthOf(value: Json): number {
  let max = 0;
  const stack: [Json, number][] = [[value, 1]];
  while (stack.length) {
    const [v, d] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    max = Math.max(max, d);
    for (const child of Array.isArray(v) ? v : Object.values(v)) stack.push([child, d + 1]);
  }
  return max;
}

/** Names of the read-only arguments whose JSON after the call differs from the input the host sent. */
function changedArguments(watched: { index: number; name: string }[], args: Json[], after: (string | null)[]): string[] {
  return watched
    .filter((w, i) => {
      const text = after[i];
      if (typeof text !== 'string') return true;
      const now = readAnswer(text, Number.MAX_SAFE_INTEGER);
      return now === undefined || canonical(now) !== canonical(args[w.index] ?? null);
    })
    .map((w) => w.name);
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
