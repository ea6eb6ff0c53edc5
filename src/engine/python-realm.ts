import { CHARGE_INSTALLER_SOURCE } from './builtin-charges';
import { runtimeNamesUsedBy } from './python/runtime';

/** File name of the shared Python runtime in stack traces: never the solution's, so no frame of it is taken for the user's line. */
export const PYTHON_REALM_FILE_NAME = 'python-runtime.js';

/**
 * A translated Python solution split for the judge: the runtime library, parsed once per sandbox
 * session in a context of its own (the "Python context"), and the user's code, evaluated in each
 * case's fresh context.
 */
export type PythonSplit = {
  /** The user's translated code, with line 1's runtime replaced by as many spaces, so every line and column stays where the translation put it. */
  userCode: string;
  /** Source of the Python context (see {@link pythonRealmSource}). */
  realmSource: string;
};

/**
 * Splits translated pseudocode (runtime on line 1 up to `runtimeColumns`, then the user's code).
 *
 * Why this is safe to share across cases: translated code reaches nothing but its own names and the
 * runtime's `$` names (a Python name can never start with `$`, and any other unknown name becomes a
 * NameError at translation), and it reads attributes only through the runtime's whitelisted method
 * tables, so it cannot reach a prototype or a global of the Python context. Each case still gets
 * every runtime object afresh (`make` rebuilds them all), so no state a case leaves reaches the next;
 * and the prototypes the runtime's values lead to are frozen once set up, as a second line of defence.
 */
export function splitPythonTranslation(code: string, runtimeColumns: number): PythonSplit {
  const runtime = code.slice(0, runtimeColumns);
  const rest = code.slice(runtimeColumns);
  return { userCode: ' '.repeat(runtimeColumns) + rest, realmSource: pythonRealmSource(runtime, runtimeNamesUsedBy(rest)) };
}

/**
 * Source of the Python context: evaluates to `(hostWork) => ({ reset, install, make })`.
 * - `reset()` clears the built-in charges' pending steps before a case;
 * - `install(G)` wraps the built-ins of a case's global object `G` so they charge their work
 *   (builtin-charges.ts); the Python context's own built-ins, which the runtime's code calls on its
 *   own arrays and strings, are wrapped once at set-up;
 * - `make(G)` builds every runtime object afresh for one case and defines the names the user's code
 *   uses on `G`; the runtime's `console` and `globalThis` are the case's;
 * - `burn()` loops until the host interrupts it: QuickJS counts steps towards its next interrupt
 *   poll per context, so the host runs it before each case to start this context's count afresh,
 *   as a fresh context's would (the work a case measures must not depend on the cases before it).
 */
export function pythonRealmSource(runtime: string, names: string[]): string {
  const exported = names.map((n) => `${n}: ${n}`).join(', ');
  return `(function (hostWork) {
  var charges = (${CHARGE_INSTALLER_SOURCE})(hostWork);
  charges.install(globalThis);
  function build(G, console, globalThis) {
${runtime}
    return { ${exported} };
  }
  var defineProp = Object.defineProperty, keysOf = Object.keys;
  function make(G) {
    var names = build(G, G.console, G), keys = keysOf(names);
    for (var i = 0; i < keys.length; i++) defineProp(G, keys[i], { value: names[keys[i]], writable: true, configurable: true });
  }
  (${FREEZE_INTRINSICS})(globalThis);
  return { reset: charges.reset, install: charges.install, make: make, burn: function () { for (;;) {} } };
})`;
}

/**
 * Freezes the prototypes the runtime's values lead to: its arrays, plain objects, functions and
 * errors (the only values of this context a case's code ever holds). Freezing every global and
 * prototype cost ~10 ms a session in QuickJS, half a submission's budget, for objects no runtime
 * value leads to; these cost well under 1 ms.
 */
const FREEZE_INTRINSICS = String.raw`function (G) {
  'use strict';
  var shared = [G.Object.prototype, G.Array.prototype, G.Function.prototype, G.Error.prototype, G.TypeError.prototype,
    G.RangeError.prototype, G.ReferenceError.prototype, G.SyntaxError.prototype, G.InternalError && G.InternalError.prototype];
  for (var i = 0; i < shared.length; i++) if (shared[i]) Object.freeze(shared[i]);
}`;
