/**
 * Grades an answer to a trace, api or estimate question (DESIGN.md "Other CLIs"):
 *   npm run --silent answer -- <question-id> <answer.json> [--json]
 * answer.json maps the question's field ids to what the candidate typed (text; a list or number is
 * taken as typed). Exit codes: 0 right, 1 partly or wrong, 2 bad usage, unknown id, unreadable file.
 */
import { fail, readUserFile } from './cli-io';
import { listProblemIds, loadProblemFolder } from './load-problems';
import { createNodeJudgeClient } from './node-client';
import { gradeAnswer } from '../worker/answer-runs';
import { answerFieldIds, ANSWER_KINDS, type AnswerQuestion } from '../problems/parse-questions';

const USAGE = 'usage: npm run answer -- <question-id> <answer.json> [--json]';

/** What the candidate typed: strings as they are; anything else written back as JSON text, the way it would be typed. */
function typedText(field: string, value: unknown): string {
  if (typeof value === 'string') return value;
  // The working of an estimate may come as a list of lines.
  if (field === 'work' && Array.isArray(value)) return value.map(String).join('\n');
  return JSON.stringify(value);
}

async function main() {
  const args = process.argv.slice(2);
  const flags = args.filter((a) => a.startsWith('--'));
  const positional = args.filter((a) => !a.startsWith('--'));
  const unknown = flags.filter((f) => f !== '--json');
  if (positional.length !== 2 || unknown.length) fail(unknown.length ? `unknown option ${unknown.join(', ')}\n${USAGE}` : USAGE);
  const [id, file] = positional;
  if (!listProblemIds().includes(id)) fail(`unknown question "${id}"\n${USAGE}`);
  const loaded = loadProblemFolder(id);
  if (!loaded.problem) fail(`question "${id}" is invalid:\n${loaded.errors.join('\n')}`);
  if (!(ANSWER_KINDS as readonly string[]).includes(loaded.problem.kind)) fail(`"${id}" is a ${loaded.problem.kind} item, not a trace, api or estimate question`);
  const question = loaded.problem as AnswerQuestion;

  let parsed: unknown;
  try {
    parsed = JSON.parse(readUserFile(file));
  } catch (e) {
    fail(`${file} is not valid JSON: ${(e as Error).message}`);
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) fail(`${file} must be a JSON object mapping field ids to answers, e.g. {"${answerFieldIds(question)[0]}": "…"}`);
  const fieldIds = answerFieldIds(question);
  const strange = Object.keys(parsed).filter((k) => !fieldIds.includes(k));
  if (strange.length) fail(`${file}: unknown field${strange.length > 1 ? 's' : ''} ${strange.map((s) => `"${s}"`).join(', ')}; "${id}" has ${fieldIds.map((s) => `"${s}"`).join(', ')}`);
  const answers = Object.fromEntries(Object.entries(parsed).map(([k, v]) => [k, v === null || v === undefined ? undefined : typedText(k, v)]));

  const client = createNodeJudgeClient();
  const result = await gradeAnswer(client, question, answers);
  client.dispose();

  if (flags.includes('--json')) {
    process.stdout.write(`${JSON.stringify({ question: id, kind: question.kind, ...result }, null, 2)}\n`);
  } else {
    const lines = result.fields.map((f) => `${f.advice ? '·' : f.right ? '✓' : '✗'} ${f.id}: ${f.message}${!f.right && f.expected ? `\n    expected: ${f.expected}` : ''}`);
    process.stdout.write(`${lines.join('\n')}\n\n${result.verdict.toUpperCase()} (${id})\n`);
  }
  process.exitCode = result.verdict === 'right' ? 0 : 1;
}

function internal(e: unknown): never {
  process.stderr.write(`internal error: the checker itself failed (${String((e as Error)?.message ?? e).slice(0, 2000)}). This is a bug in Techscreen, not in your answer.\n`);
  process.exit(2);
}
process.on('uncaughtException', internal);
process.on('unhandledRejection', internal);
main().catch(internal);
