import { loadQuickJS } from './src/engine/quickjs-module';
import { PYTHON_RUNTIME } from './src/engine/python/runtime';
import { translatePython } from './src/engine/python/translate';
const m = await loadQuickJS();
for (let i = 0; i < 4; i++) {
  let t0 = performance.now();
  translatePython('def f(n):\n    return n\n');
  const tr = performance.now() - t0;
  t0 = performance.now();
  const rt = m.newRuntime(); const ctx = rt.newContext();
  const r = ctx.evalCode(PYTHON_RUNTIME, 'solution.js');
  if (r.error) { console.log(ctx.dump(r.error)); r.error.dispose(); } else r.value.dispose();
  const ev = performance.now() - t0;
  t0 = performance.now();
  const r2 = ctx.evalCode('1', 'x.js'); r2.value?.dispose();
  ctx.dispose(); rt.dispose();
  console.log('translate', tr.toFixed(1), 'eval runtime', ev.toFixed(1));
}
