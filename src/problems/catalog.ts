import type { Skill } from './vocabulary';
import type { Problem } from './parse';
import type { CatalogFields } from './catalog-entry';

/**
 * The browser's view of problems/: the catalog's few fields of every problem are bundled with the
 * first screen (each problem.json is reduced at build time by vite.config.ts's `?catalog-entry`);
 * each problem, read and validated at build time (`?problem`, src/problems/load-problem.ts), loads
 * only when it is opened: the browser runs no parser or schema on the app's own problems.
 */
const entryFiles = import.meta.glob<CatalogFields>('/problems/*/problem.json', { eager: true, query: '?catalog-entry', import: 'default' });
const problemFiles = import.meta.glob<LoadResult>('/problems/*/problem.json', { query: '?problem', import: 'default' });

export type CatalogEntry = {
  id: string;
  kind: 'coding' | 'design' | 'concept' | 'trace' | 'api' | 'estimate';
  title: string;
  skill: Skill;
  difficulty: 'warm-up' | 'core' | 'stretch';
  summary: string;
};

export type CatalogProblem = { entry: CatalogEntry } | { broken: { folder: string; errors: string[] } };

const folderOf = (path: string) => path.split('/')[2];

function summarise(folder: string, read: CatalogFields): CatalogProblem {
  const file = `problems/${folder}/problem.json`;
  if ('invalidJson' in read) return { broken: { folder: `problems/${folder}`, errors: [`${file}: invalid JSON (${read.invalidJson})`] } };
  const { id, kind, title, skill, difficulty, summary } = read.fields as Partial<CatalogEntry> & { kind?: string };
  if (id && (kind === 'coding' || kind === 'design' || kind === 'concept' || kind === 'trace' || kind === 'api' || kind === 'estimate') && title && skill && difficulty && summary) {
    return { entry: { id, kind, title, skill, difficulty, summary } };
  }
  return { broken: { folder: `problems/${folder}`, errors: [`${file}: missing id, kind, title, skill, difficulty or summary`] } };
}

/** Every problem folder, summarised for the catalog, in folder order. */
export function listCatalog(): CatalogProblem[] {
  return Object.entries(entryFiles)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([path, read]) => summarise(folderOf(path), read));
}

export type LoadResult = { ok: true; problem: Problem } | { ok: false; errors: string[] };

/** Problems are fixed for a build: each is loaded once per page, however often it opens. */
const loaded = new Map<string, Promise<LoadResult>>();

/** Loads one problem (validated when the app was built); errors name the file, field and line. */
export function loadProblem(id: string): Promise<LoadResult> {
  let result = loaded.get(id);
  if (!result) {
    const load = problemFiles[`/problems/${id}/problem.json`];
    result = load ? load() : Promise.resolve({ ok: false, errors: [`There is no problem called "${id}".`] });
    // A failed chunk load (e.g. offline before the cache was filled) may succeed on the next try.
    result.catch(() => loaded.delete(id));
    loaded.set(id, result);
  }
  return result;
}
