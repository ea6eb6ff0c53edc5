import { CONCEPT_TEXT_FILES, DESIGN_TEXT_FILES, CODING_TEXT_FILES } from './schema';
import { QUESTION_TEXT_FILES, TRACE_FILES } from './question-schema';
import { META_FILE, TESTS_FILE, VALIDATOR_FILE, formatIssue, parseProblemFolder, type ProblemIssue } from './parse';
import type { LoadResult } from './catalog';

/**
 * One problem's files, loaded when it is opened (a lazy chunk, with the parser and its schemas): the
 * catalog's first screen carries only the catalog fields (catalog.ts). Known-wrong solutions are
 * never bundled.
 */
const metaFiles = import.meta.glob<string>('/problems/*/problem.json', { query: '?raw', import: 'default' });
const otherFiles = import.meta.glob<string>(['/problems/*/*.md', '/problems/*/*.js', '/problems/*/*.ts', '/problems/*/*.py', '/problems/*/*.mmd', '/problems/*/tests.json'], {
  query: '?raw',
  import: 'default',
});

/** Loads and validates one problem's folder; errors name the file, field and line. */
export async function loadProblemFolder(id: string): Promise<LoadResult> {
  const metaLoader = metaFiles[`/problems/${id}/${META_FILE}`];
  if (metaLoader === undefined) return { ok: false, errors: [`There is no problem called "${id}".`] };
  const wanted = [TESTS_FILE, VALIDATOR_FILE, ...Object.values(CODING_TEXT_FILES), ...Object.values(DESIGN_TEXT_FILES), ...Object.values(CONCEPT_TEXT_FILES), ...Object.values(TRACE_FILES), ...Object.values(QUESTION_TEXT_FILES)];
  const files: Record<string, string> = {};
  await Promise.all(
    [META_FILE, ...wanted].map(async (file) => {
      const loader = file === META_FILE ? metaLoader : otherFiles[`/problems/${id}/${file}`];
      if (loader) files[file] = await loader();
    }),
  );
  const folder = `problems/${id}`;
  // Known-wrong solutions are not bundled; the parser needs to know that is deliberate.
  const result = parseProblemFolder(folder, files, { wrongSolutionsBundled: false });
  if (result.ok) return { ok: true, problem: result.value };
  return { ok: false, errors: result.issues.map((issue: ProblemIssue) => formatIssue(folder, issue)) };
}
