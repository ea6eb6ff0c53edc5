/**
 * `npm test`: every check CI runs, arranged for a 2-core machine. Single-threaded checks run two at a
 * time (typecheck beside lint, then the problem checks beside the one production build); the unit
 * tests use both cores; the browser tests reuse that build (no second `vite build`). Each step's output
 * is printed whole when its lane ends, with its time; the run fails if any step fails.
 *
 *   lane 1: typecheck → schema check → check:problems
 *   lane 2: lint → vite build
 *   then:   vitest (2 workers) → browser tests (one server, one Chromium)
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

type Step = { name: string; command: string[] };

const step = (name: string, ...command: string[]): Step => ({ name, command });
const LANES: Step[][] = [
  [step('typecheck', 'tsc', '-p', 'tsconfig.json', '--noEmit'), step('schema check', 'tsx', 'src/cli/write-schema.ts', '--check'), step('check:problems', 'tsx', 'src/cli/check-problems.ts')],
  [step('lint', 'eslint', '.', '--max-warnings=0'), step('build', 'vite', 'build')],
];
const AFTER: Step[] = [
  step('unit tests', 'vitest', 'run', '--maxWorkers=2'),
  step('browser tests', 'vitest', 'run', '--config', 'vitest.browser.config.ts'),
];

/** Runs one step with its output captured (or streamed), resolving to whether it passed. */
function run(s: Step, stream: boolean): Promise<{ ok: boolean; output: string; seconds: number }> {
  const started = Date.now();
  return new Promise((resolve) => {
    // The package's own binary when installed (npx adds a second or two per step).
    const [bin, ...args] = s.command;
    const local = join('node_modules', '.bin', bin);
    const child = spawn(existsSync(local) ? local : 'npx', existsSync(local) ? args : ['--no-install', bin, ...args], { stdio: stream ? 'inherit' : ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '0' } });
    let output = '';
    child.stdout?.on('data', (d) => (output += d));
    child.stderr?.on('data', (d) => (output += d));
    child.on('close', (code) => resolve({ ok: code === 0, output, seconds: (Date.now() - started) / 1000 }));
  });
}

const timings: string[] = [];
let failed = false;

await Promise.all(
  LANES.map(async (lane) => {
    for (const s of lane) {
      const r = await run(s, false);
      console.log(`\n── ${s.name} (${r.seconds.toFixed(0)} s${r.ok ? '' : ', FAILED'}) ──\n${r.output.trimEnd()}`);
      timings.push(`${s.name}: ${r.seconds.toFixed(0)} s`);
      if (!r.ok) {
        failed = true;
        return;
      }
    }
  }),
);
if (!failed) {
  for (const s of AFTER) {
    console.log(`\n── ${s.name} ──`);
    const r = await run(s, true);
    timings.push(`${s.name}: ${r.seconds.toFixed(0)} s`);
    if (!r.ok) {
      failed = true;
      break;
    }
  }
}
console.log(`\n${failed ? 'FAILED' : 'passed'} — ${timings.join(', ')}`);
process.exit(failed ? 1 : 0);
