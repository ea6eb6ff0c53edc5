import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const run = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', join(root, 'src/cli/story.ts'), ...args], { cwd: root, encoding: 'utf8' });

describe('npm run story', () => {
  it('prints the JSON shape and exits 0 for a complete story anywhere on disk', () => {
    const dir = mkdtempSync(join(tmpdir(), 'story-'));
    const file = join(dir, 'story.md');
    writeFileSync(file, 'At Acme our partners needed a new API. My job was to get it out by December 1. I cut the scope to three endpoints and I ran the beta myself. We launched on December 1, and partner sign-ups went up 30 percent.');
    const out = run(file, '--json');
    expect(out.status).toBe(0);
    const json = JSON.parse(out.stdout) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(['parts', 'firstPersonShare', 'metrics', 'words', 'seconds', 'principles']);
    expect(json.metrics).toEqual(['partner sign-ups went up 30 percent']);
  });
  it('exits 1 without a result and 2 for a missing file or bad usage', () => {
    const dir = mkdtempSync(join(tmpdir(), 'story-'));
    const file = join(dir, 'story.md');
    writeFileSync(file, 'At Acme we had a slow API. My job was to fix it. I rewrote the cache layer. Everyone was happy.');
    expect(run(file, '--json').status).toBe(1);
    expect(run(join(dir, 'missing.md')).status).toBe(2);
    expect(run().status).toBe(2);
    expect(run(file, '--nope').status).toBe(2);
    // Four process starts, each compiling the CLI: seconds apiece on a loaded machine, so more than the default.
  }, 120_000);
});
