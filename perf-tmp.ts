import { loadQuickJS } from './src/engine/quickjs-module';
import { runPython } from './test/python/run-python';
const m = await loadQuickJS();
const srcs: Record<string, string> = {
  trivial: 'def f(n):\n    return n\n',
  loop: 'def f(n):\n    t = 0\n    for i in range(n):\n        t += i\n    return t\n',
  dicts: 'def f(n):\n    d = {}\n    for i in range(n):\n        d["k" + str(i)] = {"a": i}\n    return len(d)\n',
  fstr: 'def f(n):\n    out = []\n    for i in range(n):\n        out.append(f"o{i}")\n    return len(out)\n',
};
for (const [k, src] of Object.entries(srcs)) {
  for (const n of [10, 1500]) {
    const t0 = performance.now();
    const r = runPython(m, src, 'f', [n]);
    console.log(k, n, Math.round(performance.now() - t0), JSON.stringify(r).slice(0, 120));
  }
}
