import { CONCEPT_TEXT_FILES, DESIGN_TEXT_FILES, CODING_TEXT_FILES } from './schema';
import { QUESTION_TEXT_FILES, TRACE_FILES } from './question-schema';
import { META_FILE, TESTS_FILE, VALIDATOR_FILE, formatIssue, parseProblemFolder, type ProblemIssue } from './parse';
import type { LoadResult } from './catalog';

/** The files of a folder the app reads (known-wrong solutions are never bundled). */
const WANTED = [TESTS_FILE, VALIDATOR_FILE, ...Object.values(CODING_TEXT_FILES), ...Object.values(DESIGN_TEXT_FILES), ...Object.values(CONCEPT_TEXT_FILES), ...Object.values(TRACE_FILES), ...Object.values(QUESTION_TEXT_FILES)];

/**
 * Reads and validates one problem folder into what the app shows: run at build time (vite.config.ts's
 * `problem.json?problem`), so the browser receives each problem already checked, without the parser and
 * its schemas. `read` returns a file's text, or undefined when the folder has no such file.
 * Errors name the file, field and line.
 */
export async function loadProblemFromFiles(id: string, read: (file: string) => Promise<string | undefined>): Promise<LoadResult> {
  const files: Record<string, string> = {};
  await Promise.all(
    [META_FILE, ...new Set(WANTED)].map(async (file) => {
      const text = await read(file);
      if (text !== undefined) files[file] = text;
    }),
  );
  if (files[META_FILE] === undefined) return { ok: false, errors: [`There is no problem called "${id}".`] };
  const folder = `problems/${id}`;
  // Known-wrong solutions are not bundled; the parser needs to know that is deliberate.
  const result = parseProblemFolder(folder, files, { wrongSolutionsBundled: false });
  if (result.ok) return { ok: true, problem: result.value };
  return { ok: false, errors: result.issues.map((issue: ProblemIssue) => formatIssue(folder, issue)) };
}
