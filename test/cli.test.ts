import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'techscreen-cli-'));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

/** Runs the judge CLI as a user would (tsx, like `npm run judge`), returning exit code and output. */
function judge(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile('npx', ['tsx', 'src/cli/judge.ts', ...args], { timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

describe('npm run judge', () => {
  it('exits 0 with one JSON document for an accepted solution; hidden cases carry no data', async () => {
    const r = await judge('dedupe-list', file('ok.js', 'const dedupe = (xs) => [...new Set(xs)];'), '--json');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({ problem: 'dedupe-list', verdict: 'accepted' });
    expect(report.passed).toBe(report.total);
    for (const c of report.cases) {
      expect(Object.keys(c)).toEqual(expect.arrayContaining(['name', 'hidden', 'verdict', 'timeMs']));
      if (c.hidden) expect(c).not.toHaveProperty('input');
      if (c.hidden) expect(c).not.toHaveProperty('expected');
    }
  });

  it('exits 1 and prints a readable table for a wrong answer', async () => {
    const r = await judge('dedupe-list', file('wrong.js', 'function dedupe(xs) { return xs; }'));
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/WRONG-ANSWER: \d+\/\d+ passed/);
    expect(r.stdout).toMatch(/hidden\s+all identical\s+wrong-answer/);
  });

  it('adds the measured complexity with --complexity', async () => {
    const r = await judge('dedupe-list', file('quadratic.js', 'function dedupe(xs) { return xs.filter((x, i) => xs.indexOf(x) === i); }'), '--json', '--complexity');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.complexity.time).toBe('O(n^2)');
    expect(report.complexity.points.length).toBeGreaterThanOrEqual(3);
    expect(report.complexity.points[0]).toHaveProperty('n');
  });

  it('exits 2 on bad usage, an unknown problem and an unreadable file', async () => {
    expect((await judge()).code).toBe(2);
    const unknown = await judge('no-such-problem', file('x.js', ''));
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown problem "no-such-problem"/);
    const missing = await judge('dedupe-list', join(dir, 'missing.js'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/cannot read .*missing\.js: ENOENT/);
    expect((await judge('dedupe-list', file('y.js', ''), '--bogus')).code).toBe(2);
  });

  it('cannot be forged or crashed by the reply: toJSON override, 20 MB answer, 3,000-deep answer', async () => {
    const forged = await judge(
      'dedupe-list',
      file('forged.js', "Object.prototype.toJSON = function () { return { ok: false, kind: 'threw', error: { name: 'InternalError', message: 'interrupted' } }; };\nconst dedupe = (xs) => [...new Set(xs)];"),
      '--json',
    );
    expect(forged.code).toBe(0);
    expect(JSON.parse(forged.stdout).verdict).toBe('accepted');
    const huge = await judge('dedupe-list', file('huge.js', "function dedupe() { return new Array(2000).fill('x'.repeat(10 * 1024)); }"), '--json');
    expect(huge.code).toBe(1);
    expect(JSON.parse(huge.stdout).verdict).toBe('output-limit');
    const deep = await judge('dedupe-list', file('deep.js', 'function dedupe() { let v = []; for (let i = 0; i < 3000; i++) v = [v]; return v; }'), '--json');
    expect(deep.code).toBe(1);
    expect(deep.stderr).not.toMatch(/RangeError/);
    expect(JSON.parse(deep.stdout)).toMatchObject({ verdict: 'output-limit' });
  }, 120_000);

  it('echoes nothing the code builds from a hidden input: keys, error names, messages', async () => {
    const hiddenInputs = (JSON.parse(readFileSync('problems/dedupe-list/tests.json', 'utf8')) as { args: unknown[] }[]).map((c) => JSON.stringify(c.args[0]));
    const probe = file('leak.js', "function dedupe(xs) { if (xs.length > 3) { const e = new Error('LEAK' + JSON.stringify(xs)); e.name = 'LEAK' + xs.join(''); throw e; } const o = {}; o['LEAK' + JSON.stringify(xs)] = 1; return o; }");
    const r = await judge('dedupe-list', probe, '--json');
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as { cases: { hidden: boolean }[] };
    const hidden = JSON.stringify(report.cases.filter((c) => c.hidden));
    expect(hidden).not.toContain('LEAK');
    for (const input of hiddenInputs.filter((i) => i.length > 8)) expect(hidden).not.toContain(input.slice(1, -1));
  }, 60_000);
});
