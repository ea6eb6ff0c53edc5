import type { ApiQuestion } from '../../problems/parse-questions';
import type { ApiAnswerSpec, ApiQuestionItem } from '../../problems/question-schema';
import { readQuantity } from './read-quantity';
import { sentence, unanswered, verdictOf, type AnswerResult, type FieldResult } from './result';

/** Reason phrases people type instead of the code, mapped to it. */
const STATUS_WORDS: [RegExp, number][] = [
  [/\bno content\b/, 204],
  [/\bnot modified\b/, 304],
  [/\bprecondition (failed|required)\b/, 412],
  [/\btoo many requests\b|\brate.?limited\b/, 429],
  [/\bnot found\b/, 404],
  [/\bconflict\b/, 409],
  [/\bunprocessable\b/, 422],
  [/\bbad request\b/, 400],
  [/\bunauthori[sz]ed\b/, 401],
  [/\bforbidden\b/, 403],
  [/\bgone\b/, 410],
  [/\bservice unavailable\b/, 503],
  [/\binternal server error\b/, 500],
  [/\bcreated\b/, 201],
  [/\baccepted\b/, 202],
  [/\bok\b/, 200],
];

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** "38", "38 s", "1,000", "2k", "two" → the number, as written with its magnitude (no unit conversion). */
export function readNumber(typed: string): number | undefined {
  const q = readQuantity(typed);
  if (q) return q.nominal;
  const first = typed.trim().toLowerCase().split(/\s+/)[0] ?? '';
  if (first === 'none' || first === 'no') return 0;
  const word = NUMBER_WORDS.indexOf(first);
  return word >= 0 ? word : undefined;
}

/** "409", "409 Conflict", "HTTP/1.1 409", "conflict" → 409. */
export function readStatus(typed: string): number | undefined {
  const code = /(?<![\d.])([1-5]\d\d)(?![\d.])/.exec(typed);
  if (code) return Number(code[1]);
  const text = typed.toLowerCase();
  return STATUS_WORDS.find(([pattern]) => pattern.test(text))?.[1];
}

const normaliseText = (s: string, caseSensitive: boolean) => {
  const t = s
    .trim()
    .replace(/^["'`“‘]+|["'`”’]+$/g, '')
    .replace(/\s+/g, ' ')
    .replace(/[.;]$/, '')
    .replace(/(?<=.)\/$/, '')
    .trim();
  return caseSensitive ? t : t.toLowerCase();
};

/** The options a candidate named: by id, by full label, or by letter (a, b, c…) or number (1, 2, 3…) in the order shown. */
export function readChoices(typed: string, options: { id: string; label: string }[]): Set<string> {
  const chosen = new Set<string>();
  const text = typed.toLowerCase();
  const tokens = text.split(/[\s,;/&+]+|\band\b/).map((t) => t.replace(/^[("'[]+|[)"'\].:]+$/g, '')).filter(Boolean);
  // Letters and numbers name options only in a short answer ("a, c", "B", "1 and 3"), never inside a sentence.
  const short = tokens.every((t) => t.length <= 2 || ['and', 'or', 'only', 'both', 'option', 'options'].includes(t));
  options.forEach((o, i) => {
    const letter = String.fromCharCode(97 + i);
    const label = o.label.toLowerCase().replace(/[.\s]+$/, '');
    const idPattern = new RegExp(`(^|[^a-z0-9-])${o.id.replace(/[-]/g, '[- ]?')}($|[^a-z0-9-])`);
    if (idPattern.test(text) || (label.length > 3 && text.includes(label)) || (short && (tokens.includes(letter) || tokens.includes(String(i + 1))))) chosen.add(o.id);
  });
  if (short || /\bnot\b|n't\b|\bnever\b|\bexcept\b|\bnone\b|\bwithout\b/.test(text)) return chosen;
  // A sentence: a word that appears in exactly one option's label names that option ("the GET", "same key").
  const words = (s: string) => new Set(s.toLowerCase().split(/[^a-z0-9_]+/).filter((w) => w.length >= 3 && !STOP_WORDS.has(w)));
  const labelWords = options.map((o) => words(o.label));
  for (const w of words(typed)) {
    const owners = labelWords.flatMap((ws, i) => (ws.has(w) ? [i] : []));
    if (owners.length === 1) chosen.add(options[owners[0]].id);
  }
  return chosen;
}

const STOP_WORDS = new Set(['the', 'and', 'with', 'that', 'this', 'for', 'from', 'are', 'was', 'one', 'only', 'both', 'call', 'calls', 'option', 'options']);

/** The reference answer as the candidate would write it. */
export function expectedText(answer: ApiAnswerSpec): string {
  switch (answer.type) {
    case 'status':
      return String(answer.value);
    case 'number':
      return `${answer.value}${answer.unit ? ` ${answer.unit}` : ''}`;
    case 'text':
      return answer.accept[0];
    case 'choice':
      return answer.options.filter((o) => answer.correct.includes(o.id)).map((o) => o.label).join('; ');
  }
}

type Match = { right: true } | { right: false; unreadable?: string; detail?: string };

function matches(answer: ApiAnswerSpec, typed: string): Match {
  switch (answer.type) {
    case 'status': {
      const status = readStatus(typed);
      if (status === undefined) return { right: false, unreadable: 'no status code could be read: type the number, e.g. 409' };
      return status === answer.value ? { right: true } : { right: false };
    }
    case 'number': {
      const n = readNumber(typed);
      if (n === undefined) return { right: false, unreadable: 'no number could be read' };
      return Math.abs(n - answer.value) <= 1e-9 * Math.max(1, Math.abs(answer.value)) ? { right: true } : { right: false };
    }
    case 'text': {
      const cs = answer.caseSensitive ?? false;
      const t = normaliseText(typed, cs);
      // "Retry-After: 30" for an answer of "30": a header name typed before its value is fine.
      const value = normaliseText(typed.replace(/^[\w-]+:\s*/, ''), cs);
      return answer.accept.some((a) => normaliseText(a, cs) === t || normaliseText(a, cs) === value) ? { right: true } : { right: false };
    }
    case 'choice': {
      const chosen = readChoices(typed, answer.options);
      if (chosen.size === 0) return { right: false, unreadable: `name the option${answer.correct.length > 1 ? 's' : ''} by letter or by what it says` };
      const label = (id: string) => answer.options.find((o) => o.id === id)!.label;
      const missing = answer.correct.filter((c) => !chosen.has(c));
      const extra = [...chosen].filter((c) => !answer.correct.includes(c));
      if (!missing.length && !extra.length) return { right: true };
      const parts = [extra.length ? `Not ${extra.map(label).join(', nor ')}` : '', missing.length ? `${extra.length ? 'and you' : 'You'} left out ${missing.map(label).join(' and ')}` : ''];
      return { right: false, detail: parts.filter(Boolean).join('; ') };
    }
  }
}

function gradeQuestion(q: ApiQuestionItem, typed: string | undefined): FieldResult {
  const expected = expectedText(q.answer);
  if (typed === undefined || typed.trim() === '') return unanswered(q.id, expected, q.why);
  const m = matches(q.answer, typed);
  if (m.right) return { id: q.id, right: true, expected, message: sentence(`Right. ${q.why}`) };
  for (const w of q.wrong ?? []) {
    if (w.answers.some((a) => matches(q.answer, a).right === false && sameTyped(q.answer, a, typed))) {
      return { id: q.id, right: false, expected, message: sentence(`${sentence(w.message)} The answer is ${expected}: ${q.why}`) };
    }
  }
  if (m.unreadable) return { id: q.id, right: false, expected, message: `Could not read your answer: ${m.unreadable}.` };
  return { id: q.id, right: false, expected, message: sentence(`${m.detail ? `${sentence(m.detail)} ` : ''}The answer is ${expected}: ${q.why}`) };
}

/** Two typed answers mean the same thing under this kind of answer (so a typical wrong answer is recognised in any spelling). */
function sameTyped(answer: ApiAnswerSpec, a: string, b: string): boolean {
  switch (answer.type) {
    case 'status':
      return readStatus(a) !== undefined && readStatus(a) === readStatus(b);
    case 'number': {
      const x = readNumber(a);
      const y = readNumber(b);
      return x !== undefined && y !== undefined && Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x));
    }
    case 'text':
      return normaliseText(a, answer.caseSensitive ?? false) === normaliseText(b, answer.caseSensitive ?? false);
    case 'choice': {
      const x = readChoices(a, answer.options);
      const y = readChoices(b, answer.options);
      return x.size > 0 && x.size === y.size && [...x].every((c) => y.has(c));
    }
  }
}

/** Grades a read-the-API answer: `answers` maps each question's id to what the candidate typed. */
export function gradeApi(question: ApiQuestion, answers: Record<string, string | undefined>): AnswerResult {
  const fields = question.questions.map((q) => gradeQuestion(q, answers[q.id]));
  return { verdict: verdictOf(fields), fields };
}
