import type { QuickJSWASMModule } from 'quickjs-emscripten-core';
import { DEFAULT_LIMITS } from '../../src/engine/limits';
import { runInSandbox, type SandboxResult } from '../../src/engine/sandbox';
import { translatePython } from '../../src/engine/python/translate';
import { splitPythonTranslation } from '../../src/engine/python-realm';
import { chargeSpreads } from '../../src/engine/spread-charges';
import type { Json } from '../../src/engine/types';

export type PyRun =
  | { kind: 'compile-error'; message: string; line?: number }
  | { kind: 'returned'; value: Json; console: string[] }
  | { kind: 'failed'; verdict: string; error?: string; message: string; line?: number; console: string[] }
  | { kind: 'missing-function' };

/** Translates pseudocode and calls `fn(...args)` in a fresh sandbox, as the judge does. */
export function runPython(module: QuickJSWASMModule, source: string, fn: string, args: Json[]): PyRun {
  const translated = translatePython(source);
  if (!translated.ok) return { kind: 'compile-error', message: translated.error.message, line: translated.error.position?.line };
  // As the judge runs it: the runtime in the shared Python context, the user's code in the case's.
  const split = splitPythonTranslation(translated.code, translated.runtimeColumns);
  const result: SandboxResult = runInSandbox(module, {
    code: chargeSpreads(split.userCode),
    pythonRealm: split.realmSource,
    usesModules: false,
    functionName: fn,
    args,
    limits: DEFAULT_LIMITS,
    timeBudgetMs: DEFAULT_LIMITS.caseTimeMs,
  });
  if (result.status === 'missing-function') return { kind: 'missing-function' };
  if (result.status === 'returned') return { kind: 'returned', value: result.value, console: result.console.map((c) => c.text) };
  return { kind: 'failed', verdict: result.verdict, error: result.error, message: result.message, line: result.position?.line, console: result.console.map((c) => c.text) };
}

/** Runs `def f(): return <expr>` style snippets: the body of a function named f with no arguments. */
export function evalPython(module: QuickJSWASMModule, body: string): PyRun {
  const indented = body.split('\n').map((l) => `    ${l}`).join('\n');
  return runPython(module, `def f():\n${indented}\n`, 'f', []);
}
