/**
 * The floor the judge's overhead is measured against: each case in one fresh bare QuickJS runtime and
 * context, with no limits, prelude or checks — eval the source, call the function with JSON arguments,
 * read the JSON result back.
 */
import type { loadQuickJS } from '../src/engine/quickjs-module';
import type { Json } from '../src/engine/types';

type Module = Awaited<ReturnType<typeof loadQuickJS>>;

/** Runs `functionName` from `source` once per entry of `argsPerCase`, each in a fresh runtime and context. */
export function runBareQuickJS(module: Module, source: string, functionName: string, argsPerCase: readonly (readonly Json[])[]): void {
  for (const args of argsPerCase) {
    const rt = module.newRuntime();
    const ctx = rt.newContext();
    ctx.unwrapResult(ctx.evalCode(source)).dispose();
    const out = ctx.unwrapResult(ctx.evalCode(`JSON.stringify(${functionName}(...JSON.parse(${JSON.stringify(JSON.stringify(args))})))`));
    ctx.getString(out);
    out.dispose();
    ctx.dispose();
    rt.dispose();
  }
}
