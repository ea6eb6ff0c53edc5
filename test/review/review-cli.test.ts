import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const run = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/review.ts', ...args], { encoding: 'utf8', timeout: 110_000 });
const dir = mkdtempSync(join(tmpdir(), 'review-cli-'));

describe('npm run review', () => {
  it('prints exactly one JSON document and exits 0 when every required item is met', () => {
    const r = run('wish-list-api', 'test/design-alternatives/wish-list-api/c4-container.mmd', '--notes', 'problems/wish-list-api/reference-notes.md', '--json');
    expect(r.status, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.diagramType).toBe('c4');
    expect(report.nodes).toContainEqual(expect.objectContaining({ id: 'store', label: 'Lists store', kinds: ['database'] }));
    expect(report.nodes).toContainEqual(expect.objectContaining({ id: 'shopper', kinds: ['client'] }));
    expect(report.edges).toContainEqual({ from: 'api', to: 'store', directed: true, label: 'Reads and writes' });
    expect(report.rubric.every((x: { met: boolean; optional: boolean }) => x.met || x.optional)).toBe(true);
    expect(report.solved).toBe(true);
  }, 120_000);

  it('reports a parse error first, scores nothing against the diagram and exits 1', () => {
    const file = join(dir, 'broken.mmd');
    writeFileSync(file, 'flowchart LR\n  client --> svc\n  svc --> --> db\n');
    const r = run('wish-list-api', file, '--json');
    expect(r.status).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.parseError).toMatchObject({ line: 3, message: expect.stringContaining('line 3') });
    expect(report.rubric.filter((x: { type: string }) => x.type === 'component').every((x: { met: boolean }) => !x.met)).toBe(true);
  }, 120_000);

  it('exits 2 on bad usage, an unknown prompt or an unreadable file', () => {
    expect(run().status).toBe(2);
    const r = run('wish-list-api', join(dir, 'missing.mmd'));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/cannot read .*missing\.mmd: ENOENT/);
  }, 120_000);
});
