import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { formatIssue, parseProblemFolder, type Problem, type ProblemIssue } from '../problems/parse';

/** The repository's problems/ folder. */
export const PROBLEMS_DIR = resolve(import.meta.dirname, '../../problems');

/** Reads every file of a folder (recursively) as text, keyed by its path relative to the folder. */
export function readFolder(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (current: string) => {
    for (const entry of readdirSync(current)) {
      const full = join(current, entry);
      if (statSync(full).isDirectory()) walk(full);
      else files[relative(dir, full).split('\\').join('/')] = readFileSync(full, 'utf8');
    }
  };
  walk(dir);
  return files;
}

export type LoadedFolder = { folder: string; problem?: Problem; issues: ProblemIssue[]; errors: string[] };

/** Loads one problem folder: `problems/<id>`. */
export function loadProblemFolder(id: string, root = PROBLEMS_DIR): LoadedFolder {
  const dir = join(root, id);
  const folder = `problems/${id}`;
  const result = parseProblemFolder(folder, readFolder(dir));
  if (result.ok) return { folder, problem: result.value, issues: [], errors: [] };
  return { folder, issues: result.issues, errors: result.issues.map((i) => formatIssue(folder, i)) };
}

/** problems/principles/ holds the leadership principles, one JSON file each (not a problem folder). */
export const PRINCIPLES_DIR = join(PROBLEMS_DIR, 'principles');

/** Reads every principle file in a folder: file name → text. */
export function readPrinciplesFolder(dir = PRINCIPLES_DIR): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of readdirSync(dir)) if (name.endsWith('.json')) files[name] = readFileSync(join(dir, name), 'utf8');
  return files;
}

export function listProblemIds(root = PROBLEMS_DIR): string[] {
  return readdirSync(root)
    .filter((name) => name !== 'principles' && statSync(join(root, name)).isDirectory())
    .sort();
}
