/**
 * The concept-answer review CLI, for authors and tests:
 *   npm run concept -- <question-id> <answer.md> [--json]
 * JSON: { question, points: [{ id, status, unsure?, evidence?, message }], bareLists, words, notes }.
 * Exit codes: 0 every key point explained, 1 otherwise, 2 bad usage, an unknown question or an unreadable file.
 */
import { fail, readUserFile } from './cli-io';
import { listProblemIds, loadProblemFolder } from './load-problems';
import { reviewConceptAnswer } from '../review/concept-review';

const USAGE = 'usage: npm run concept -- <question-id> <answer.md> [--json]';
const ICON = { explained: '✓', mentioned: '~', contradicted: '✗', missed: '✗' } as const;

function main() {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const unknown = args.find((a) => a.startsWith('--') && a !== '--json');
  if (unknown) fail(`unknown option ${unknown}\n${USAGE}`);
  const positional = args.filter((a) => !a.startsWith('--'));
  if (positional.length !== 2) fail(USAGE);
  const [questionId, answerFile] = positional;
  if (!listProblemIds().includes(questionId)) fail(`unknown concept question "${questionId}"`);
  const loaded = loadProblemFolder(questionId);
  if (!loaded.problem) fail(`question "${questionId}" is invalid:\n${loaded.errors.join('\n')}`);
  if (loaded.problem.kind !== 'concept') fail(`"${questionId}" is a ${loaded.problem.kind} item, not a concept question`);
  const text = readUserFile(answerFile);
  const question = loaded.problem;
  const review = reviewConceptAnswer(text, question.keyPoints);
  const report = {
    question: question.id,
    points: review.findings.map((f) => ({ id: f.point.id, status: f.status, ...(f.unsure ? { unsure: true } : {}), ...(f.evidence ? { evidence: f.evidence } : {}), message: f.message })),
    bareLists: review.bareLists,
    words: review.wordCount,
    notes: review.notes,
  };
  if (json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  else {
    const out = [`${question.title}: ${review.met} of ${review.total} key points explained (${review.wordCount} words)`];
    for (const f of review.findings) {
      out.push(`${f.unsure && f.status !== 'explained' ? '?' : ICON[f.status]} ${f.point.label} — ${f.unsure && f.status !== 'explained' ? 'could not tell' : f.status}`);
      if (f.evidence) out.push(`    ${f.evidence}`);
      if (f.status !== 'explained') out.push(`    ${f.message}`);
    }
    for (const l of review.bareLists) out.push(`only a list of terms: “${l}”`);
    out.push(...review.notes);
    process.stdout.write(`${out.join('\n')}\n`);
  }
  process.exit(review.met === review.total ? 0 : 1);
}

main();
