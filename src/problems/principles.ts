/**
 * The leadership-principle bank: one JSON file per Amazon leadership principle in
 * `problems/principles/<id>.json`, validated by zod like the problems. Pure: the browser bundles the
 * files (small), the CLI reads them from disk, both parse them here.
 */
import { z } from 'zod';
import { formatIssue, parseJsonWith, type ProblemIssue } from './parse';
import { PRINCIPLE_IDS } from './vocabulary';

export { PRINCIPLE_IDS, type PrincipleId } from './vocabulary';

const nonEmpty = z.string().trim().min(1, 'must not be empty');

export const principleMeta = z.strictObject({
  $schema: z.string().optional(),
  id: z.enum(PRINCIPLE_IDS, 'must be one of the 16 principle ids (the name in kebab case, e.g. "customer-obsession")'),
  kind: z.literal('principle'),
  name: nonEmpty.describe('The principle as Amazon names it, e.g. "Customer Obsession"'),
  meaning: nonEmpty.max(300, 'keep the meaning to one sentence (300 characters)').describe('What the principle means, in one sentence of our own words'),
  questions: z.array(nonEmpty).min(3, 'give at least 3 questions as interviewers ask them').describe('Typical questions, as the interviewer says them'),
  probes: z.array(nonEmpty).min(2, 'give at least 2 follow-ups').describe('Follow-ups that probe the answer ("what did *you* do?")'),
  /**
   * Words and phrases a story shows this principle through (whole words, case-insensitive). The story
   * review counts the sentences that hold one, so prefer phrases that show the behaviour over the
   * principle's own name.
   */
  signals: z.array(nonEmpty).min(3, 'give at least 3 signal phrases'),
});
export type Principle = z.infer<typeof principleMeta>;

/** Where the files live, relative to the repository. */
export const PRINCIPLES_FOLDER = 'problems/principles';

/**
 * Validates every principle file (file name → text) and checks that all 16 principles are present,
 * each once, in a file named for its id. Errors name the file, field and line.
 */
export function parsePrinciples(files: Record<string, string>): { ok: true; principles: Principle[] } | { ok: false; errors: string[] } {
  const errors: string[] = [];
  const byId = new Map<string, Principle>();
  for (const [file, text] of Object.entries(files).sort(([a], [b]) => a.localeCompare(b))) {
    const parsed = parseJsonWith(file, text, principleMeta);
    if (!parsed.ok) {
      errors.push(...parsed.issues.map((i: ProblemIssue) => formatIssue(PRINCIPLES_FOLDER, i)));
      continue;
    }
    const p = parsed.value;
    if (file !== `${p.id}.json`) errors.push(formatIssue(PRINCIPLES_FOLDER, { file, field: 'id', message: `must match the file name ("${file.replace(/\.json$/, '')}")` }));
    if (byId.has(p.id)) errors.push(formatIssue(PRINCIPLES_FOLDER, { file, field: 'id', message: `"${p.id}" is defined twice` }));
    byId.set(p.id, p);
  }
  for (const id of PRINCIPLE_IDS) if (!byId.has(id) && !errors.some((e) => e.includes(`/${id}.json`))) errors.push(`${PRINCIPLES_FOLDER}/${id}.json: file is missing`);
  if (errors.length) return { ok: false, errors };
  return { ok: true, principles: PRINCIPLE_IDS.map((id) => byId.get(id)!) };
}
