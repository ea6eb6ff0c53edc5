import { CONCEPT_TEXT_FILES, DESIGN_TEXT_FILES, CODING_TEXT_FILES, type Skill } from './schema';
import { QUESTION_TEXT_FILES, TRACE_FILES } from './question-schema';
import { META_FILE, TESTS_FILE, VALIDATOR_FILE, formatIssue, parseProblemFolder, type Problem, type ProblemIssue } from './parse';

/**
 * The browser's view of problems/: metadata is bundled eagerly for the catalog (small); each
 * problem's other files load only when it is opened. Known-wrong solutions are never bundled.
 */
const metaFiles = import.meta.glob<string>('/problems/*/problem.json', { eager: true, query: '?raw', import: 'default' });
const otherFiles = import.meta.glob<string>(['/problems/*/*.md', '/problems/*/*.js', '/problems/*/*.ts', '/problems/*/*.py', '/problems/*/*.mmd', '/problems/*/tests.json'], {
  query: '?raw',
  import: 'default',
});

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

function summarise(folder: string, text: string): CatalogProblem {
  try {
    const meta = JSON.parse(text) as Partial<CatalogEntry> & { kind?: string };
    const { id, kind, title, skill, difficulty, summary } = meta;
    if (id && (kind === 'coding' || kind === 'design' || kind === 'concept' || kind === 'trace' || kind === 'api' || kind === 'estimate') && title && skill && difficulty && summary) {
      return { entry: { id, kind, title, skill, difficulty, summary } };
    }
    return { broken: { folder: `problems/${folder}`, errors: [`problems/${folder}/${META_FILE}: missing id, kind, title, skill, difficulty or summary`] } };
  } catch (e) {
    return { broken: { folder: `problems/${folder}`, errors: [`problems/${folder}/${META_FILE}: invalid JSON (${(e as Error).message})`] } };
  }
}

/** Every problem folder, summarised for the catalog, in folder order. */
export function listCatalog(): CatalogProblem[] {
  return Object.entries(metaFiles)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([path, text]) => summarise(folderOf(path), text));
}

export type LoadResult = { ok: true; problem: Problem } | { ok: false; errors: string[] };

/** Loads and validates one problem's folder; errors name the file, field and line. */
export async function loadProblem(id: string): Promise<LoadResult> {
  const metaPath = `/problems/${id}/${META_FILE}`;
  const metaText = metaFiles[metaPath];
  if (metaText === undefined) return { ok: false, errors: [`There is no problem called "${id}".`] };
  const wanted = [TESTS_FILE, VALIDATOR_FILE, ...Object.values(CODING_TEXT_FILES), ...Object.values(DESIGN_TEXT_FILES), ...Object.values(CONCEPT_TEXT_FILES), ...Object.values(TRACE_FILES), ...Object.values(QUESTION_TEXT_FILES)];
  const files: Record<string, string> = { [META_FILE]: metaText };
  await Promise.all(
    wanted.map(async (file) => {
      const loader = otherFiles[`/problems/${id}/${file}`];
      if (loader) files[file] = await loader();
    }),
  );
  const folder = `problems/${id}`;
  // Known-wrong solutions are not bundled; the parser needs to know that is deliberate.
  const result = parseProblemFolder(folder, files, { wrongSolutionsBundled: false });
  if (result.ok) return { ok: true, problem: result.value };
  return { ok: false, errors: result.issues.map((issue: ProblemIssue) => formatIssue(folder, issue)) };
}
