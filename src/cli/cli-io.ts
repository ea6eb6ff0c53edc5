/**
 * What every CLI does with its arguments' files and its usage errors, in one place.
 */
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';

/** A usage error, an unknown id or an unreadable file: the message on stderr and exit code 2. */
export function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

/**
 * Reads a file the user named, as text. npm runs scripts from the package folder, so a relative path is
 * taken from INIT_CWD, where the user typed the command; a folder or an unreadable file ends the CLI with `fail`.
 */
export function readUserFile(file: string): string {
  const path = resolve(process.env.INIT_CWD ?? process.cwd(), file);
  try {
    if (statSync(path).isDirectory()) fail(`${file} is a folder, not a file`);
    return readFileSync(path, 'utf8');
  } catch (e) {
    fail(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}
