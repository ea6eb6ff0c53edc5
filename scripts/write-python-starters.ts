/**
 * Writes problems/<id>/starter.py for every coding problem that has none (or all, with --force):
 * a def with the problem's function and parameter names and a docstring of their types.
 * npm run --silent tsx scripts/write-python-starters.ts [--force]
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { listProblemIds, PROBLEMS_DIR } from '../src/cli/load-problems';
import { pythonStarter } from '../src/engine/python/starter';

const force = process.argv.includes('--force');
for (const id of listProblemIds()) {
  const meta = JSON.parse(readFileSync(join(PROBLEMS_DIR, id, 'problem.json'), 'utf8')) as { kind: string; function?: Parameters<typeof pythonStarter>[0] };
  if (meta.kind !== 'coding' || !meta.function) continue;
  const file = join(PROBLEMS_DIR, id, 'starter.py');
  if (existsSync(file) && !force) continue;
  writeFileSync(file, pythonStarter(meta.function));
  process.stdout.write(`wrote problems/${id}/starter.py\n`);
}
