/** Writes JSON Schemas generated from the zod schemas, so editors can validate problem files. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROBLEMS_DIR } from './load-problems';
import { schemaFiles } from '../problems/json-schema';

const check = process.argv.includes('--check');
let stale = 0;
for (const [file, schema] of Object.entries(schemaFiles())) {
  const path = join(PROBLEMS_DIR, file);
  const text = `${JSON.stringify(schema, null, 2)}\n`;
  if (check) {
    let current = '';
    try {
      current = readFileSync(path, 'utf8');
    } catch {
      /* missing counts as stale */
    }
    if (current !== text) {
      stale++;
      process.stderr.write(`problems/${file} is out of date: run npm run schema\n`);
    }
  } else {
    writeFileSync(path, text);
    process.stdout.write(`wrote problems/${file}\n`);
  }
}
process.exitCode = stale ? 1 : 0;
