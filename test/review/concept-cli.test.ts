import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const run = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/concept.ts', ...args], { encoding: 'utf8', timeout: 110_000 });
const dir = mkdtempSync(join(tmpdir(), 'concept-cli-'));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe('npm run concept', () => {
  it('prints exactly one JSON document in the documented shape and exits 0 when every key point is explained', () => {
    const r = run('concept-idempotency', 'problems/concept-idempotency/model-answer.md', '--json');
    expect(r.status, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(Object.keys(report).sort()).toEqual(['bareLists', 'notes', 'points', 'question', 'words']);
    expect(report.points.map((p: { id: string }) => p.id)).toEqual(['retries-happen', 'one-effect', 'key', 'stored-response', 'concurrency']);
    for (const p of report.points) {
      expect(p.status).toBe('explained');
      expect(p.evidence).toMatch(/^“.+”$/);
      expect(typeof p.message).toBe('string');
    }
    const written = readFileSync('problems/concept-idempotency/model-answer.md', 'utf8').split(/\s+/).filter((w) => /\w/.test(w)).length;
    expect(Math.abs(report.words - written)).toBeLessThanOrEqual(written * 0.05);
  }, 120_000);

  it('reports dismissals as contradicted with the quote, lists as bare lists, and exits 1', () => {
    const answer = file('dismissal.md', "Honestly, I don't think we need idempotency keys for this.\n\n- retries\n- locks\n- replay\n");
    const r = run('concept-idempotency', answer, '--json');
    expect(r.status).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.points.find((p: { id: string }) => p.id === 'key')).toMatchObject({ status: 'contradicted', evidence: "“Honestly, I don't think we need idempotency keys for this.”" });
    expect(report.points.find((p: { id: string }) => p.id === 'concurrency')).toMatchObject({ status: 'mentioned', evidence: '“locks”' });
    expect(report.bareLists).toEqual(['retries · locks · replay']);
    expect(report.notes.join(' ')).toMatch(/only a list of terms/);
  }, 120_000);

  it('prints a readable report without --json', () => {
    const r = run('concept-caching-latency', file('short.md', 'A hit is served from memory instead of the database, which is why it is fast.'));
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/1 of 5 key points explained/);
    expect(r.stdout).toMatch(/✓ A hit skips the slow path — explained/);
  }, 120_000);

  it('exits 2 on bad usage, an unknown or non-concept id, or an unreadable file', () => {
    expect(run().status).toBe(2);
    expect(run('concept-idempotency', 'a.md', 'b.md').status).toBe(2);
    expect(run('concept-idempotency', 'a.md', '--yaml').stderr).toMatch(/unknown option --yaml/);
    expect(run('no-such-question', file('x.md', 'x')).stderr).toMatch(/unknown concept question "no-such-question"/);
    expect(run('dedupe-list', file('y.md', 'x')).stderr).toMatch(/not a concept question/);
    const missing = run('concept-idempotency', join(dir, 'missing.md'));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/cannot read .*missing\.md: ENOENT/);
  }, 120_000);
});
