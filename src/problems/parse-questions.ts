import { parseJsonWith, type ParseResult, type ProblemIssue } from './parse';
import {
  QUESTION_TEXT_FILES,
  TRACE_FILES,
  apiQuestionMeta,
  estimateQuestionMeta,
  traceQuestionMeta,
  type ApiQuestionMeta,
  type EstimateQuestionMeta,
  type TraceQuestionMeta,
} from './question-schema';

/** A read-the-code question: the snippet shown, and for a buggy one its intended behaviour and a reference fix. */
export type TraceQuestion = TraceQuestionMeta & {
  snippet: string;
  /** The intended behaviour in JavaScript (bug questions only): the oracle for breaking inputs and the fix's tests. */
  intended?: string;
  /** A reference fix, in the snippet's language (bug questions only). */
  fixed?: string;
  explanation: string;
};
export type ApiQuestion = ApiQuestionMeta & { explanation: string };
export type EstimateQuestion = EstimateQuestionMeta & { explanation: string };
export type AnswerQuestion = TraceQuestion | ApiQuestion | EstimateQuestion;

export const ANSWER_KINDS = ['trace', 'api', 'estimate'] as const;
export type AnswerKind = (typeof ANSWER_KINDS)[number];

/** Snippets are short enough to read aloud in an interview. */
export const SNIPPET_LINES = { min: 8, max: 25 } as const;

const META_FILE = 'problem.json';

function requireText(files: Record<string, string>, file: string, issues: ProblemIssue[]): string {
  const text = files[file];
  if (text === undefined) issues.push({ file, message: 'file is missing' });
  else if (text.trim() === '') issues.push({ file, message: 'file is empty' });
  return text ?? '';
}

function checkIds(items: { id: string }[], field: string, issues: ProblemIssue[]) {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id)) issues.push({ file: META_FILE, field: `${field}[${i}].id`, message: `"${item.id}" is used twice: every answer field needs its own id` });
    seen.add(item.id);
  });
}

function checkFolder(folder: string, id: string, issues: ProblemIssue[]) {
  const name = folder.split('/').pop();
  if (name !== id) issues.push({ file: META_FILE, field: 'id', message: `must match the folder name "${name}"` });
}

/** Validates a `trace` folder: problem.json, the snippet (8–25 lines), and for a bug intended.js and a reference fix. */
export function parseTraceFolder(folder: string, files: Record<string, string>, metaText: string): ParseResult<TraceQuestion> {
  const issues: ProblemIssue[] = [];
  const meta = parseJsonWith(META_FILE, metaText, traceQuestionMeta);
  if (!meta.ok) return meta;
  const m = meta.value;
  checkFolder(folder, m.id, issues);
  checkIds(m.predictions, 'predictions', issues);
  const snippetFile = m.language === 'python' ? TRACE_FILES.snippetPy : TRACE_FILES.snippetJs;
  const snippet = requireText(files, snippetFile, issues);
  const lines = snippet.trimEnd().split('\n').length;
  if (snippet && (lines < SNIPPET_LINES.min || lines > SNIPPET_LINES.max)) {
    issues.push({ file: snippetFile, message: `has ${lines} lines; a snippet to read aloud has ${SNIPPET_LINES.min}–${SNIPPET_LINES.max}` });
  }
  if (snippet && !new RegExp(`\\b${m.function}\\b|\\b${m.function.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)}\\b`).test(snippet)) {
    issues.push({ file: snippetFile, message: `does not define ${m.function} (problem.json "function")` });
  }
  let intended: string | undefined;
  let fixed: string | undefined;
  if (m.bug) {
    intended = requireText(files, TRACE_FILES.intended, issues);
    fixed = requireText(files, m.language === 'python' ? TRACE_FILES.fixedPy : TRACE_FILES.fixedJs, issues);
  } else if (files[TRACE_FILES.intended] !== undefined) {
    issues.push({ file: TRACE_FILES.intended, message: 'only a snippet with a "bug" has an intended behaviour: add "bug" to problem.json or remove this file' });
  }
  const explanation = requireText(files, QUESTION_TEXT_FILES.explanation, issues);
  if (issues.length) return { ok: false, issues };
  return { ok: true, value: { ...m, snippet, intended, fixed, explanation } };
}

/** Validates an `api` folder: the exchange, and each question's reference answer against its own kind. */
export function parseApiFolder(folder: string, files: Record<string, string>, metaText: string): ParseResult<ApiQuestion> {
  const issues: ProblemIssue[] = [];
  const meta = parseJsonWith(META_FILE, metaText, apiQuestionMeta);
  if (!meta.ok) return meta;
  const m = meta.value;
  checkFolder(folder, m.id, issues);
  checkIds(m.questions, 'questions', issues);
  m.questions.forEach((q, i) => {
    if (q.answer.type !== 'choice') return;
    const options = new Set(q.answer.options.map((o) => o.id));
    q.answer.correct.forEach((c, j) => {
      if (!options.has(c)) issues.push({ file: META_FILE, field: `questions[${i}].answer.correct[${j}]`, message: `"${c}" is not the id of one of the options` });
    });
  });
  const explanation = requireText(files, QUESTION_TEXT_FILES.explanation, issues);
  if (issues.length) return { ok: false, issues };
  return { ok: true, value: { ...m, explanation } };
}

/** Validates an `estimate` folder. Whether its reference working adds up is check:problems' job (it runs the checker). */
export function parseEstimateFolder(folder: string, files: Record<string, string>, metaText: string): ParseResult<EstimateQuestion> {
  const issues: ProblemIssue[] = [];
  const meta = parseJsonWith(META_FILE, metaText, estimateQuestionMeta);
  if (!meta.ok) return meta;
  checkFolder(folder, meta.value.id, issues);
  const explanation = requireText(files, QUESTION_TEXT_FILES.explanation, issues);
  if (issues.length) return { ok: false, issues };
  return { ok: true, value: { ...meta.value, explanation } };
}

/**
 * The answer fields of a question, in the order the page shows them: ids the CLI's answer.json uses.
 * (An estimate's result also grades each factor it needs, as `needs-peak`, `needs-replication`, `needs-headroom`.)
 */
export function answerFieldIds(question: AnswerQuestion): string[] {
  if (question.kind === 'trace') return [...question.predictions.map((p) => p.id), ...(question.bug ? ['breaking-input', 'fix'] : []), 'explain'];
  if (question.kind === 'api') return question.questions.map((q) => q.id);
  return ['work', 'figure'];
}
