import { z } from 'zod';

/**
 * Past this length a link is not trusted to survive: chat apps, mail clients and some servers cut
 * long URLs (2,000 characters is the old common limit; 8,000 is what most servers accept).
 */
export const MAX_SHARE_URL_CHARS = 8_000;

const FILE_KIND = 'techscreen-shared-draft';
const shareFile = z.object({ kind: z.literal(FILE_KIND), v: z.literal(1), problem: z.string(), title: z.string().optional(), draft: z.string().startsWith('pako:') });

/** The name and text of the file that carries a draft too large for a link. */
export function shareFileFor(problemId: string, title: string, encoded: string): { name: string; text: string } {
  return { name: `${problemId}.techscreen-draft.json`, text: JSON.stringify({ kind: FILE_KIND, v: 1, problem: problemId, title, draft: encoded }, null, 2) };
}

/** Reads a shared-draft file for this prompt; anything else gives a reason, never an exception. */
export function readShareFile(text: string, problemId: string): { ok: true; encoded: string } | { ok: false; message: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, message: `This file is not a shared draft: it is not JSON (${(e as Error).message}).` };
  }
  const parsed = shareFile.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, message: `This file is not a Techscreen shared draft (${issue?.path.join('.') || 'file'}: ${issue?.message}).` };
  }
  if (parsed.data.problem !== problemId) {
    return { ok: false, message: `This file is a draft for “${parsed.data.title ?? parsed.data.problem}”. Open that prompt from the catalog, then open the file there.` };
  }
  return { ok: true, encoded: parsed.data.draft };
}
