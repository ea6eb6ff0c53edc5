import { loadQuickJS } from './src/engine/quickjs-module';
import { evalPython, runPython } from './test/python/run-python';
import { translatePython } from './src/engine/python/translate';
const m = await loadQuickJS();
const cases: string[] = JSON.parse((await import('node:fs')).readFileSync(0, 'utf8'));
for (const c of cases) {
  const r = evalPython(m, c);
  console.log(JSON.stringify(c).slice(0, 70).padEnd(72), JSON.stringify(r).slice(0, 300));
  if (r.kind === 'compile-error' && process.env.SHOW) console.log(r);
}
