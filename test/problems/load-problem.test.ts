import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listCatalog, loadProblem } from '../../src/problems/catalog';
import { loadProblemFromFiles } from '../../src/problems/load-problem';
import { PROBLEMS_DIR } from '../../src/cli/load-problems';

const fromDisk = (id: string) => loadProblemFromFiles(id, (file) => readFile(join(PROBLEMS_DIR, id, file), 'utf8').catch(() => undefined));

describe('problems validated at build time (vite.config.ts `?problem`)', () => {
  it('every catalog problem arrives in the app as the parser reads its folder, without the known-wrong solutions', async () => {
    const ids = listCatalog().flatMap((p) => ('entry' in p ? [p.entry.id] : []));
    expect(ids.length).toBeGreaterThan(50);
    for (const id of ids) {
      const shipped = await loadProblem(id);
      expect(shipped.ok, id).toBe(true);
      // What the build emits is JSON: fields left undefined by the parser are simply absent.
      expect(shipped).toEqual(JSON.parse(JSON.stringify(await fromDisk(id))));
      expect(JSON.stringify(shipped)).not.toContain('"wrong/');
    }
  });

  it('an unknown problem gets a plain error instead of a crash', async () => {
    expect(await loadProblem('no-such-problem')).toEqual({ ok: false, errors: ['There is no problem called "no-such-problem".'] });
  });

  it('a folder that does not validate ships its errors, naming the file and the field', async () => {
    const files: Record<string, string> = { 'problem.json': '{ "id": "broken", "kind": "coding", "title": 3 }' };
    const result = await loadProblemFromFiles('broken', async (file) => files[file]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.join('\n')).toMatch(/problems\/broken\/problem\.json/);
    expect(result.errors.join('\n')).toMatch(/title/);
  });
});
