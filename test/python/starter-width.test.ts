import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pythonStarter, STARTER_MAX_COLUMNS } from '../../src/engine/python/starter';

const DIR = 'problems';
const ids = readdirSync(DIR).filter((id) => existsSync(join(DIR, id, 'starter.py')));

describe('pseudocode starters', () => {
  it('never make the editor scroll sideways: every line fits in 72 characters', () => {
    const long = ids.flatMap((id) =>
      readFileSync(join(DIR, id, 'starter.py'), 'utf8')
        .split('\n')
        .filter((line) => [...line].length > STARTER_MAX_COLUMNS)
        .map((line) => `${id}: ${line}`),
    );
    expect(long).toEqual([]);
  });

  it('are what the generator writes from problem.json (scripts/write-python-starters.ts)', () => {
    for (const id of ids) {
      const meta = JSON.parse(readFileSync(join(DIR, id, 'problem.json'), 'utf8'));
      expect([id, readFileSync(join(DIR, id, 'starter.py'), 'utf8')]).toEqual([id, pythonStarter(meta.function)]);
    }
  });
});
