import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'techscreen-answer-'));
const file = (name: string, value: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value));
  return path;
};

/** Runs the answer CLI as `npm run --silent answer -- …` would (tsx), returning exit code and output. */
function answer(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile('npx', ['tsx', 'src/cli/answer.ts', ...args], { timeout: 90_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

describe('npm run answer', () => {
  it('exits 0 with one JSON document when every field is right (a trace, run in the sandbox)', async () => {
    const r = await answer('trace-loyalty-points', file('right.json', { weekday: '19', weekend: 38, 'big-weekend': '500' }), '--json');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc).toMatchObject({ verdict: 'right' });
    for (const f of doc.fields) expect(Object.keys(f)).toEqual(expect.arrayContaining(['id', 'right', 'message']));
  }, 90_000);

  it('exits 1 for a partly right api answer, with the expected value of the wrong field', async () => {
    const r = await answer('api-idempotent-retry', file('api.json', { 'retry-status': '200', 'key-reused': '422', 'orders-now': '2', 'safe-to-retry': 'a, c' }), '--json');
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout);
    expect(doc.verdict).toBe('partly');
    expect(doc.fields.find((f: { id: string }) => f.id === 'retry-status')).toMatchObject({ right: false, expected: '201' });
  }, 90_000);

  it('grades an estimate whose working comes as a list of lines', async () => {
    const r = await answer('estimate-order-storage-year', file('est.json', { work: ['2M orders/day × 2 KB = 4 GB/day', '× 365 = 1.46 TB', '× 3 replicas = 4.4 TB'], figure: '4.4 TB' }), '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).verdict).toBe('right');
  }, 90_000);

  it('exits 2 for bad usage, an unknown id, an unreadable file, a field the question does not have', async () => {
    expect((await answer('trace-loyalty-points')).code).toBe(2);
    expect((await answer('no-such-question', file('x.json', {}))).code).toBe(2);
    expect((await answer('dedupe-list', file('y.json', {}))).code).toBe(2);
    expect((await answer('trace-loyalty-points', join(dir, 'missing.json'))).code).toBe(2);
    const bad = await answer('trace-loyalty-points', file('bad.json', '{ not json'));
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/not valid JSON/);
    const strange = await answer('trace-loyalty-points', file('strange.json', { weekdays: '19' }));
    expect(strange.code).toBe(2);
    expect(strange.stderr).toMatch(/unknown field "weekdays"; "trace-loyalty-points" has "weekday"/);
    // Six CLI start-ups one after another: generous on a busy machine.
  }, 180_000);
});
