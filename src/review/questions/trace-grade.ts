import type { TraceQuestion } from '../../problems/parse-questions';
import { readValue, sameValue, showValue, type Value } from './read-value';
import { sentence, unanswered, verdictOf, type AnswerResult, type FieldResult } from './result';

/** What one call of the snippet (or its intended version) did, as the sandbox reported it. */
export type CallResult = { kind: 'value'; value: Value } | { kind: 'error'; message: string };

/** How a candidate's fix did on the question's hidden fix tests. */
export type FixRun = {
  passed: number;
  total: number;
  /** The code did not compile or load, with QuickJS's or the pseudocode translator's message. */
  compileError?: string;
  firstFailure?: { name: string; message: string };
};

/** Everything the sandbox computed for one trace answer. The grader itself runs nothing. */
export type TraceRuns = {
  /** The snippet's result for each prediction, by prediction id. */
  predictions: Record<string, CallResult>;
  /** The candidate's breaking input, run through the snippet and the intended version. */
  breaking?: { args: Value[]; snippet: CallResult; intended: CallResult };
  fix?: FixRun;
};

const ERROR_WORDS = /\b(error|errors|throws?|thrown|raises?|raised|exception|crash(es)?|fails?|typeerror|valueerror|keyerror|indexerror|rangeerror)\b/i;

/** How the candidate should read a result back, in the snippet's language. */
export function showResult(result: CallResult, language: TraceQuestion['language']): string {
  return result.kind === 'value' ? showValue(result.value, language) : `an error (${result.message.split('\n')[0]})`;
}

/**
 * Reads the arguments a candidate typed for "an input on which it goes wrong". With one parameter the
 * text is that one value; with several, the values separated by commas, with or without parentheses.
 */
export function readArguments(typed: string, arity: number): { ok: true; args: Value[] } | { ok: false; message: string } {
  let text = typed.trim();
  // "discountedTotal(15000)" or "charge_with_retry([503, 503], 3)": the call written out.
  const call = /^[A-Za-z_$][\w$]*\s*\(([\s\S]*)\)$/.exec(text);
  if (call) text = call[1].trim();
  // "responses=[503, 503], max_attempts=3": arguments by name, in order.
  if (/^[A-Za-z_]\w*\s*=(?!=)/.test(text)) text = text.replace(/(^|,\s*)[A-Za-z_]\w*\s*=(?!=)\s*/g, '$1');
  if (text === '') return { ok: false, message: 'nothing was typed' };
  if (arity === 1) {
    const one = readValue(text);
    return one.ok ? { ok: true, args: [one.value] } : one;
  }
  const bracketed = /^\(.*\)$/s.test(text) ? text.slice(1, -1) : text;
  const all = readValue(`[${bracketed}]`);
  if (all.ok && Array.isArray(all.value)) {
    if (all.value.length === arity) return { ok: true, args: all.value };
    if (all.value.length === 1 && Array.isArray(all.value[0]) && all.value[0].length === arity) return { ok: true, args: all.value[0] };
    return { ok: false, message: `the function takes ${arity} arguments; ${all.value.length} were read. Separate them with commas` };
  }
  return { ok: false, message: all.ok ? 'the arguments could not be read' : all.message };
}

/** Why a predicted value differs from the real one, when the difference has a familiar shape. */
function diagnose(typed: Value, actual: Value): string | undefined {
  if (typeof typed === 'number' && typeof actual === 'number') {
    if (Math.abs(typed - actual) === 1) return 'Off by one: check where the loop starts and stops, and whether the comparison is < or <=.';
    if (actual !== 0 && sameValue(typed, -actual)) return 'Right size, wrong sign.';
  }
  if (typeof typed === 'boolean' && typeof actual === 'boolean') return 'The opposite: follow the condition that decides it.';
  if (typeof actual === 'number' && typeof typed === 'string' && typed.trim() !== '' && Number(typed) === actual) {
    return `The code returns the number ${actual}, not the text "${typed}".`;
  }
  if (typeof actual === 'string' && typeof typed === 'number' && String(typed) !== actual && Number(actual) === typed) {
    return `The code returns the text "${actual}", not the number ${typed}.`;
  }
  if (Array.isArray(typed) && Array.isArray(actual)) {
    if (typed.length === actual.length - 1 && (sameValue(typed, actual.slice(0, -1)) || sameValue(typed, actual.slice(1)))) {
      return 'One item short: the loop does visit that item (an off-by-one in your reading).';
    }
    if (typed.length === actual.length + 1 && (sameValue(typed.slice(0, -1), actual) || sameValue(typed.slice(1), actual))) {
      return 'One item too many: the loop stops before that item (an off-by-one in your reading).';
    }
    const key = (xs: Value[]) => xs.map((x) => JSON.stringify(x)).sort().join('\n');
    if (typed.length === actual.length && key(typed) === key(actual)) return 'The right items in the wrong order.';
  }
  return undefined;
}

function gradePrediction(question: TraceQuestion, index: number, typed: string | undefined, actual: CallResult | undefined): FieldResult {
  const p = question.predictions[index];
  const expected = actual ? showResult(actual, question.language) : undefined;
  if (!actual) return { id: p.id, right: false, message: 'The snippet could not be run for this input, so this answer was not graded.' };
  if (typed === undefined || typed.trim() === '') return unanswered(p.id, expected, p.why);
  if (actual.kind === 'error') {
    if (ERROR_WORDS.test(typed)) return { id: p.id, right: true, expected, message: sentence(`Right: it fails. ${p.why}`) };
    return { id: p.id, right: false, expected, message: sentence(`It never returns: it fails with ${actual.message.split('\n')[0]}. ${p.why}`) };
  }
  let read = readValue(typed);
  // "Ann, Bo" for a list, "an empty list" for []: how people say a list out loud.
  if (Array.isArray(actual.value) && !/^\s*[[(]/.test(typed)) {
    if (/^\s*(an?\s+)?empty(\s+(list|array|tuple))?\s*$/i.test(typed)) read = { ok: true, value: [], quoted: false };
    else if (!read.ok || !Array.isArray(read.value)) {
      const asList = readValue(`[${typed}]`);
      if (asList.ok) read = asList;
    }
  }
  if (typeof actual.value === 'string' && actual.value === '' && /^\s*(an?\s+)?empty(\s+(string|text))?\s*$/i.test(typed)) read = { ok: true, value: '', quoted: true };
  if (!read.ok) {
    if (ERROR_WORDS.test(typed)) return { id: p.id, right: false, expected, message: sentence(`It does not fail: it returns ${expected}. ${p.why}`) };
    return { id: p.id, right: false, expected, message: `Could not read your answer (${read.message}). Write it as in code, e.g. [1, 2], "ab", true or None.` };
  }
  let typedValue = read.value;
  // Unquoted, a number typed for a text result is what people do: accept 10 for "10".
  if (!read.quoted && typeof actual.value === 'string' && typeof typedValue !== 'string' && String(typed.trim()) === actual.value) typedValue = actual.value;
  if (sameValue(typedValue, actual.value)) return { id: p.id, right: true, expected, message: sentence(`Right. ${p.why}`) };
  for (const wrong of p.typicalWrong ?? []) {
    if (wrong.answers.some((a) => { const w = readValue(a); return w.ok && sameValue(w.value, typedValue); })) {
      return { id: p.id, right: false, expected, message: sentence(`${sentence(wrong.message)} It returns ${expected}.`) };
    }
  }
  const why = diagnose(typedValue, actual.value);
  return { id: p.id, right: false, expected, message: sentence(`${why ? `${why} ` : ''}It returns ${expected}, not ${showValue(typedValue, question.language)}. ${p.why}`) };
}

function gradeBreaking(question: TraceQuestion, typed: string | undefined, runs: TraceRuns): FieldResult {
  const bug = question.bug!;
  const expected = bug.breakingInput.map((a) => showValue(a, question.language)).join(', ');
  if (typed === undefined || typed.trim() === '') return unanswered('breaking-input', expected, bug.why);
  const arity = question.predictions[0].args.length;
  const read = readArguments(typed, arity);
  if (!read.ok) return { id: 'breaking-input', right: false, expected, message: `Could not read your input (${read.message}). Type the argument${arity > 1 ? 's' : ''} as in code, e.g. ${expected}.` };
  const b = runs.breaking;
  if (!b) return { id: 'breaking-input', right: false, expected, message: 'Your input could not be run, so it was not graded.' };
  const shown = (r: CallResult) => showResult(r, question.language);
  if (b.intended.kind === 'error') {
    return { id: 'breaking-input', right: false, expected, message: `That input is outside what the function is meant to handle: even the intended version fails on it (${b.intended.message.split('\n')[0]}). Pick an input of the kind the examples use.` };
  }
  const same = b.snippet.kind === 'value' && sameValue(b.snippet.value, b.intended.value);
  if (same) return { id: 'breaking-input', right: false, expected, message: `On that input the code returns ${shown(b.snippet)}, which is what it should: it does not go wrong there. Look for the case the bug needs (one is ${expected}).` };
  return { id: 'breaking-input', right: true, expected, message: sentence(`Right: on that input the code gives ${shown(b.snippet)} where it should give ${shown(b.intended)}. ${bug.why}`) };
}

function gradeFix(question: TraceQuestion, typed: string | undefined, fix: FixRun | undefined): FieldResult {
  const bug = question.bug!;
  if (typed === undefined || typed.trim() === '') return unanswered('fix', undefined, 'Edit the snippet so it does what it was meant to do.');
  if (typed.trim() === question.snippet.trim()) return { id: 'fix', right: false, message: 'This is the snippet as given: change it so the bug is gone.' };
  if (!fix) return { id: 'fix', right: false, message: 'Your fix could not be run, so it was not graded.' };
  if (fix.compileError) return { id: 'fix', right: false, message: `Your fix does not run: ${fix.compileError}` };
  if (fix.passed === fix.total) return { id: 'fix', right: true, message: `Fixed: all ${fix.total} hidden tests pass. ${sentence(bug.why)}` };
  const first = fix.firstFailure ? ` First failing test: "${fix.firstFailure.name}" (${fix.firstFailure.message.replace(/\.$/, '')}).` : '';
  return { id: 'fix', right: false, message: `${fix.passed} of ${fix.total} hidden tests pass.${first}` };
}

/**
 * Grades a read-the-code answer. `answers` maps field ids (each prediction's id, `breaking-input`,
 * `fix`, `explain`) to what the candidate typed; `runs` holds what the sandbox computed. The
 * `explain` field is advice only and is read elsewhere (the answer reader).
 */
export function gradeTrace(question: TraceQuestion, answers: Record<string, string | undefined>, runs: TraceRuns): AnswerResult {
  const fields = question.predictions.map((p, i) => gradePrediction(question, i, answers[p.id], runs.predictions[p.id]));
  if (question.bug) {
    fields.push(gradeBreaking(question, answers['breaking-input'], runs));
    fields.push(gradeFix(question, answers.fix, runs.fix));
  }
  return { verdict: verdictOf(fields), fields };
}
