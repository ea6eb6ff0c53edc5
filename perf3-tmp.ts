import { loadQuickJS } from './src/engine/quickjs-module';
import { runInSandbox } from './src/engine/sandbox';
import { DEFAULT_LIMITS } from './src/engine/limits';
import { translatePython } from './src/engine/python/translate';
const m = await loadQuickJS();
const py = translatePython('def f(n):\n    return n\n');
if (!py.ok) throw 1;
const run = (code: string) => { const t0 = performance.now(); runInSandbox(m, { code, usesModules: false, functionName: 'f', args: [1], limits: DEFAULT_LIMITS, timeBudgetMs: 1000 }); return performance.now() - t0; };
for (let i = 0; i < 5; i++) console.log('js', run('function f(n) { return n }').toFixed(1), 'py', run(py.code).toFixed(1));
