import type { EstimateQuestion } from '../../problems/parse-questions';
import type { EstimateUnit } from '../../problems/question-schema';
import { formatNumber, formatQuantity, quantityOf, readNumberAt, readQuantity, readTail, SECONDS, TIME_WORDS, type Quantity } from './read-quantity';
import { sentence, unanswered, verdictOf, type AnswerResult, type FieldResult } from './result';

/**
 * Re-does a candidate's back-of-envelope working line by line and grades the final figure against
 * a band around the reference. Pure.
 *
 * A line is assumptions ("50M daily users, 2 orders a day each") or steps ("50M × 2 = 100M orders/day",
 * "÷ 86,400 s ≈ 1,160/s", "× 3 for peak"). A line that starts with an operator continues from the
 * previous line's result. Each "=" (or ≈, ~, →) is checked: a step more than 10% off is flagged,
 * and so is a unit slip (a per-day number labelled per second, bits taken for bytes).
 */

export type StepFlag = { line: number; kind: 'arithmetic' | 'unit'; message: string };

export type EstimateWorking = {
  flags: StepFlag[];
  /** How many "=" steps were re-done. */
  steps: number;
  /** The value the last line comes to, if any. */
  result?: Quantity;
};

type Op = '*' | '/' | '+' | '-';
type Term = { q: Quantity; op?: Op };

const TOLERANCE = 0.1;

const EQ = /(=>|->|→|≈|~=|≃|=|~|\bequals\b|\bis (?:about|roughly|approximately|around)\b|\bcomes to\b|\bgives\b)/i;
const APPROX = /≈|~|≃|about|roughly|approximately|around/i;
const MUL = /×|\*|·|⋅|(?<![a-z])x(?![a-z])|\btimes\b|\bmultiplied by\b/i;
const ADD = /\+|\bplus\b/i;
const SUB = /\s[-−–]\s|\bminus\b/i;

/** The operator written between two numbers; "per" counts only right before the second ("100M per 86,400 s"). */
function opIn(text: string): Op | undefined {
  if (MUL.test(text)) return '*';
  if (/÷|\/|\bdivided by\b|\bover\b/i.test(text) || /\bper\s*$/i.test(text)) return '/';
  if (ADD.test(text)) return '+';
  if (SUB.test(text)) return '-';
  return undefined;
}

function combine(a: Quantity, op: Op, b: Quantity): Quantity {
  switch (op) {
    case '*':
      return { si: a.si * b.si, nominal: a.nominal * b.nominal, data: a.data + b.data, time: a.time + b.time, bits: a.bits || b.bits, timeUnit: a.timeUnit ?? b.timeUnit, conversion: false };
    case '/':
      return { si: a.si / b.si, nominal: a.nominal / b.nominal, data: a.data - b.data, time: a.time - b.time, bits: a.bits || b.bits, timeUnit: a.timeUnit ?? b.timeUnit, conversion: false };
    case '+':
      return { ...a, si: a.si + b.si, nominal: a.nominal + b.nominal, conversion: false };
    case '-':
      return { ...a, si: a.si - b.si, nominal: a.nominal - b.nominal, conversion: false };
  }
}

/** Evaluates terms with × and ÷ before + and −. */
function evaluate(terms: Term[]): Quantity {
  const sums: { q: Quantity; op?: Op }[] = [];
  for (const t of terms) {
    const last = sums[sums.length - 1];
    if (last && (t.op === '*' || t.op === '/')) last.q = combine(last.q, t.op, t.q);
    else sums.push({ q: t.q, op: t.op });
  }
  return sums.slice(1).reduce((acc, s) => combine(acc, s.op ?? '+', s.q), sums[0].q);
}

const close = (a: number, b: number) => Math.abs(a - b) <= TOLERANCE * Math.max(Math.abs(a), Math.abs(b));

/** "≈ 1,000" for 1,157 is fair rounding: to one or two significant figures. */
function roundsTo(exact: number, written: number): boolean {
  if (exact === 0 || written === 0) return exact === written;
  return [1, 2].some((digits) => {
    const r = Number(exact.toPrecision(digits));
    return close(r, written) || Math.abs(r - written) < 1e-9 * Math.abs(written);
  });
}

const hasUnits = (q: Quantity) => q.data !== 0 || q.time !== 0;

/** The familiar reason a step or a figure is off by this ratio, if there is one. */
export function ratioReason(ratio: number): { kind: 'unit' | 'arithmetic'; text: string } | undefined {
  const near = (x: number) => Math.abs(Math.log(ratio / x)) < Math.log(1.15) || Math.abs(Math.log(ratio * x)) < Math.log(1.15);
  if (near(86_400) || near(100_000)) return { kind: 'unit', text: 'that is the gap between per day and per second (86,400 seconds in a day)' };
  if (near(3600)) return { kind: 'unit', text: 'that is the gap between per hour and per second (3,600 seconds in an hour)' };
  if (near(SECONDS.month) || near(SECONDS.year)) return { kind: 'unit', text: 'that is the gap between per month or year and per second' };
  if (near(8)) return { kind: 'unit', text: 'that is the gap between bits and bytes (8 bits in a byte)' };
  if (near(1000) || near(1e6) || near(1e9)) return { kind: 'arithmetic', text: 'a slip of a thousand (K, M, G)' };
  if (near(24) || near(60) || near(365) || near(30)) return { kind: 'unit', text: 'a time conversion missed or done twice' };
  if (near(10)) return { kind: 'arithmetic', text: 'a zero too many or too few' };
  return undefined;
}

/** For a step: ratio = what the left side comes to ÷ what the line says. */
function timesWord(ratio: number): string {
  const r = ratio >= 1 ? ratio : 1 / ratio;
  return `${formatNumber(r)}× too ${ratio >= 1 ? 'low' : 'high'}`;
}

/** Re-does every step of the working. Lines that are only assumptions are read for their numbers, never flagged. */
export function checkWorking(text: string): EstimateWorking {
  const flags: StepFlag[] = [];
  let steps = 0;
  let previous: { q: Quantity; single: boolean } | undefined;
  text.split(/\r?\n/).forEach((raw, index) => {
    // List markers ("- ", "• ", "1. ") are not arithmetic; "* 3" and "- 20%" at the start are.
    const line = raw.replace(/^\s*(?:•\s*|-\s+(?=[^\d\s])|\d+[.)]\s+(?=\D))/, '');
    const lineNo = index + 1;
    let terms: Term[] = [];
    let converts = false;
    let left: { q: Quantity; single: boolean; converts: boolean; approx: boolean; from: number; to: number } | undefined;
    let pendingOp: Op | undefined;
    let exprStart = 0;
    let cursor = 0;
    let i = 0;
    const closeGroup = () => {
      if (terms.length) previous = { q: evaluate(terms), single: terms.length === 1 };
    };
    const between = (from: number, to: number) => line.slice(from, to).replace(/[()[\]]/g, ' ');
    while (i < line.length) {
      const startsNumber = /[\d.]/.test(line[i]) || /[aeotfOTFAE]/.test(line[i]);
      const n = startsNumber ? readNumberAt(line, i) : undefined;
      if (!n) {
        i++;
        continue;
      }
      const tail = readTail(line.slice(i + n.length));
      const q = quantityOf(n.value, tail);
      const gap = between(cursor, i);
      const eq = EQ.exec(gap);
      const op = opIn(eq ? gap.slice(eq.index + eq[0].length) : gap);
      if (eq) {
        // A step: compare what came before with this number.
        // "= 1,160/s" opening a line continues the previous line; "Peak = 3x average" states something new.
        const opensLine = cursor === 0 && gap.slice(0, eq.index).trim() === '';
        const before = terms.length ? { q: evaluate(terms), single: terms.length === 1 } : opensLine ? previous : undefined;
        if (before) left = { ...before, converts, approx: APPROX.test(eq[0]), from: exprStart, to: cursor + eq.index };
        terms = [];
        converts = false;
        exprStart = i;
      } else if (terms.length === 0 && op && op !== '-' && previous && cursor === 0) {
        // "× 3 for peak": continues from the previous line.
        terms = [{ q: previous.q }];
        pendingOp = op;
        exprStart = 0;
      } else if (terms.length && !op) {
        // Two numbers with nothing between them: a new assumption starts.
        closeGroup();
        terms = [];
        converts = false;
        exprStart = i;
      }
      if (left) {
        steps++;
        const rightText = line.slice(i).split(/[=≈~→;(]|,(?!\d{3})|\s[x×*÷/+]\s|\s(?:for|at|so|which|because)\s/)[0].trim();
        const flag = compareStep(left, q, lineNo, line.slice(left.from, left.to).trim(), rightText);
        if (flag) flags.push(flag);
        left = undefined;
      }
      const useOp = pendingOp ?? (terms.length ? op : undefined);
      pendingOp = undefined;
      if (q.conversion || q.time > 0) converts = true;
      terms.push({ q, op: terms.length ? (useOp ?? '*') : undefined });
      i += n.length + tail.length;
      cursor = i;
    }
    if (terms.length) closeGroup();
  });
  return { flags, steps, result: previous?.q };
}

function compareStep(left: { q: Quantity; single: boolean; converts: boolean; approx: boolean }, right: Quantity, line: number, leftText: string, rightText: string): StepFlag | undefined {
  const L = left.q;
  const sameDims = L.data === right.data && L.time === right.time;
  // A lone number followed by "=" is a new statement unless it is a unit conversion ("100M a day = 1,160/s").
  if (left.single && !(hasUnits(L) && hasUnits(right) && sameDims)) return undefined;
  if (!leftText || /^[=≈~→>-]*$/.test(leftText)) leftText = `the line before (${formatQuantity(L)})`;
  const near = (a: number, b: number) => close(a, b) || (left.approx && roundsTo(a, b)) || roundsTo(a, b);
  let computed: number;
  if (!hasUnits(right)) {
    if (near(L.nominal, right.nominal) || near(L.si, right.si)) return undefined;
    computed = L.nominal;
  } else if (sameDims) {
    if (near(L.si, right.si)) return undefined;
    const written = near(L.nominal, right.nominal);
    if (written && left.converts) return undefined;
    if (written) {
      const what = L.bits !== right.bits ? `${L.bits ? 'bits' : 'bytes'} written as ${right.bits ? 'bits' : 'bytes'}: divide bits by 8 to get bytes` : `a figure per ${TIME_WORDS[L.timeUnit ?? 's']} written as per ${TIME_WORDS[right.timeUnit ?? 's']}: convert it (${formatQuantity(L, right.timeUnit)})`;
      return { line, kind: 'unit', message: `Line ${line}: ${leftText} is not ${rightText}: ${what}.` };
    }
    computed = right.nominal === 0 ? L.si : L.si / (right.si / right.nominal);
  } else {
    if (near(L.nominal, right.nominal) || near(L.si, right.si)) return undefined;
    computed = L.nominal;
  }
  const ratio = right.nominal === 0 ? Infinity : computed / right.nominal;
  const reason = Number.isFinite(ratio) && ratio > 0 ? ratioReason(ratio) : undefined;
  const shown = sameDims && hasUnits(right) ? formatQuantity({ ...L }, right.timeUnit) : hasUnits(L) && L.data ? formatQuantity(L) : formatNumber(computed);
  return {
    line,
    kind: reason?.kind ?? 'arithmetic',
    message: `Line ${line}: ${leftText} comes to ${shown}, not ${rightText}${Number.isFinite(ratio) && ratio > 0 ? ` (${timesWord(ratio)}${reason ? `: ${reason.text}` : ''})` : ''}.`,
  };
}

const UNIT_DIMS: Record<EstimateUnit, { data: number; time: number }> = {
  'per-second': { data: 0, time: -1 },
  bytes: { data: 1, time: 0 },
  'bytes-per-second': { data: 1, time: -1 },
  count: { data: 0, time: 0 },
};

/** The figure in the question's unit (a bare number is taken in the unit asked), or why it cannot be. */
export function figureValue(q: Quantity, unit: EstimateUnit): { value: number; convertedFrom?: string } | { mismatch: string } {
  const want = UNIT_DIMS[unit];
  if (!hasUnits(q)) return { value: q.nominal };
  if (q.data === want.data && q.time === want.time) {
    const convertedFrom = q.time === -1 && q.timeUnit && q.timeUnit !== 's' ? `a ${q.timeUnit}` : undefined;
    return { value: q.si, ...(convertedFrom ? { convertedFrom } : {}) };
  }
  // A count with a rate word ("3k QPS") asked as a count, or bytes with no unit: keep the number.
  if (q.data === want.data && want.time === 0 && q.time === -1) return { mismatch: 'a rate (per unit of time); the question asks for a total' };
  if (q.data === want.data && want.time === -1 && q.time === 0) return { value: q.nominal };
  if (want.data === 1 && q.data === 0) return { value: q.nominal };
  return { mismatch: q.data ? 'an amount of data' : 'a count' };
}

const HEADROOM = /\bheadroom|\butili[sz]ation|\btarget load|\d\s*%|\b0?\.\d+\b|\bbuffer\b|\bspare\b/i;
const PEAK = /\bpeak|\bbusiest|\bburst|\bspike|\bprime day|\bblack friday|\bholiday|\brush\b|\bmax(imum)?\s+(load|traffic|rate)|\bworst[- ]case/i;
const REPLICATION = /\breplica|\breplicat|\bcop(y|ies)\b|\brf\s*=?\s*\d|\bredundan|\bmirror/i;

/** The factors a question needs that the working never mentions. */
export function missingFactors(question: EstimateQuestion, working: string): NonNullable<EstimateQuestion['needs']> {
  const pattern = { peak: PEAK, replication: REPLICATION, headroom: HEADROOM } as const;
  const said = (n: NonNullable<EstimateQuestion['needs']>[number]) => pattern[n.factor].test(working) || (n.words ?? []).some((w) => new RegExp(`(^|[^\\w])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\w])`, 'i').test(working));
  return (question.needs ?? []).filter((n) => !said(n));
}

const FACTOR_WORDS = { peak: 'peak factor', replication: 'replication', headroom: 'headroom' } as const;
const TYPICAL_FACTOR = { peak: 3, replication: 3, headroom: 1.7 } as const;

/** Unit slips that put a final figure off by a known factor, for the units where each can happen. */
const SLIPS: { factor: number; units: EstimateUnit[]; text: string; /** Only named when the candidate's own words make it likely. */ when?: RegExp }[] = [
  { factor: 86_400, units: ['per-second', 'bytes-per-second'], text: 'it looks like a per-day figure given per second (a day has 86,400 seconds)' },
  { factor: 3600, units: ['per-second', 'bytes-per-second'], text: 'it looks like a per-hour figure given per second (an hour has 3,600 seconds)', when: /hour|\bh\b|\bhr/i },
  { factor: 8, units: ['bytes', 'bytes-per-second'], text: 'it looks like bits taken for bytes, or bytes for bits (8 bits in a byte)', when: /\d\s*[kKMGT]?b(ps)?\b|bits?\b|bps\b/ },
  { factor: 1000, units: ['bytes', 'bytes-per-second', 'per-second', 'count'], text: 'it looks like a slip of a thousand (K, M, G)' },
  { factor: 365, units: ['bytes'], text: 'it looks like a day\'s data given for a year, or the reverse', when: /day|daily/i },
  { factor: 12, units: ['bytes'], text: 'it looks like a month\'s data given for a year, or the reverse', when: /month|30\s*days/i },
];

/** The figure in the question's unit, e.g. "4.4 TB", "15 GB/s", "35k". */
function formatFigure(value: number, unit: EstimateUnit): string {
  if (unit === 'bytes') return formatQuantity({ si: value, data: 1, time: 0, bits: false });
  if (unit === 'bytes-per-second') return formatQuantity({ si: value, data: 1, time: -1, bits: false, timeUnit: 's' });
  return formatNumber(value);
}

/** Grades an estimate: `work` (the working, line by line) and `figure` (the final figure with its unit). */
export function gradeEstimate(question: EstimateQuestion, answers: Record<string, string | undefined>): AnswerResult {
  const band = question.band ?? 3;
  const reference = readQuantity(question.reference.figure);
  const refValue = reference ? figureValue(reference, question.unit) : undefined;
  const ref = refValue && 'value' in refValue ? refValue.value : NaN;
  const refText = `${question.reference.figure} (anything within ${band}× counts)`;
  const workText = answers.work ?? '';
  const working = checkWorking(workText);
  const missing = missingFactors(question, workText);
  const fields: FieldResult[] = [];

  if (!workText.trim()) fields.push(unanswered('work', undefined, 'Write your assumptions and each step, one per line, so the interviewer can follow them.'));
  else {
    const problems = working.flags.map((f) => f.message);
    const message = problems.length
      ? problems.join(' ')
      : working.steps
        ? working.steps === 1 ? 'Your step adds up.' : `Each of your ${working.steps} steps adds up.`
        : 'Your assumptions are read, but there is no step to re-do: write each step as "a × b = c" so the arithmetic shows.';
    fields.push({ id: 'work', right: problems.length === 0, message });
  }
  // Each factor the question needs is graded on its own: forgetting replication is one gap, not a failed estimate.
  for (const need of question.needs ?? []) {
    const absent = missing.includes(need);
    fields.push({
      id: `needs-${need.factor}`,
      right: !absent,
      message: absent ? sentence(`No ${FACTOR_WORDS[need.factor]}: ${need.why}`) : sentence(`${FACTOR_WORDS[need.factor][0].toUpperCase()}${FACTOR_WORDS[need.factor].slice(1)} is in your working`),
    });
  }

  const figureText = answers.figure?.trim() ? answers.figure : undefined;
  const typed = figureText ? readQuantity(figureText) : working.result;
  const fromLast = !figureText && typed ? ' (read from your last line)' : '';
  if (!typed) {
    fields.push(figureText ? { id: 'figure', right: false, expected: refText, message: 'No number could be read in your figure: write it with its unit, e.g. "3.5k requests/s".' } : unanswered('figure', refText, 'Give one final figure with its unit.'));
    return { verdict: 'wrong', fields };
  }
  const value = figureValue(typed, question.unit);
  if ('mismatch' in value) {
    fields.push({ id: 'figure', right: false, expected: refText, message: `Your figure${fromLast} is ${value.mismatch}; the question asks for ${question.unitLabel}.` });
    return { verdict: 'wrong', fields };
  }
  const ratio = value.value / ref;
  const inBand = (x: number) => x / ref >= 1 / band && x / ref <= band;
  const shown = `${formatFigure(value.value, question.unit)}${question.unit === 'count' || question.unit === 'per-second' ? ` ${question.unitLabel}` : ''}`;
  if (inBand(value.value)) {
    const note = value.convertedFrom ? ` (converted from your figure per ${value.convertedFrom.replace(/^a /, '')}; say it ${question.unitLabel} as asked)` : '';
    fields.push({ id: 'figure', right: true, expected: refText, message: sentence(`Within range: ${shown}${fromLast}${note}, against a reference of ${question.reference.figure}`) });
  } else {
    const reasons: string[] = [];
    const written = `${workText}\n${figureText ?? ''}`;
    // The one slip whose correction lands closest to the reference, if any lands in the band.
    let best: { text: string; fixed: number; distance: number } | undefined;
    for (const slip of SLIPS) {
      if (!slip.units.includes(question.unit) || (slip.when && !slip.when.test(written))) continue;
      // A slip may come with a missing factor ("100M a day" given per second, and no peak): try both.
      const extra = [1, ...missing.map((m) => TYPICAL_FACTOR[m.factor])];
      for (const fixed of extra.flatMap((x) => [(value.value / slip.factor) * x, value.value * slip.factor * x])) {
        const distance = Math.abs(Math.log(fixed / ref));
        if (inBand(fixed) && (!best || distance < best.distance)) best = { text: slip.text, fixed, distance };
      }
    }
    if (best) reasons.push(`${best.text}; corrected it would be about ${formatFigure(best.fixed, question.unit)}`);
    for (const m of missing) {
      if (ratio < 1 && inBand(value.value * TYPICAL_FACTOR[m.factor])) reasons.push(`there is no ${FACTOR_WORDS[m.factor]}: ${m.why}`);
    }
    if (!reasons.length) reasons.push(`${formatNumber(ratio >= 1 ? ratio : 1 / ratio)}× too ${ratio >= 1 ? 'high' : 'low'}; compare your assumptions and steps with the model working`);
    fields.push({ id: 'figure', right: false, expected: refText, message: sentence(`${shown}${fromLast} is outside the range: ${reasons.join('; and ')}`) });
  }
  return { verdict: estimateVerdict(fields, value.value / ref, band), fields };
}

/**
 * Right when every field is; when the figure is out of range, partly only if a factor the question
 * needs explains the gap and the arithmetic holds (the method was sound), otherwise wrong: the number
 * is what the interviewer asked for. A figure in range with a slip or a missing factor is partly.
 */
function estimateVerdict(fields: FieldResult[], ratio: number, band: number): AnswerResult['verdict'] {
  const figure = fields.find((f) => f.id === 'figure');
  if (figure?.right) return verdictOf(fields);
  const work = fields.find((f) => f.id === 'work');
  const missing = fields.filter((f) => f.id.startsWith('needs-') && !f.right).map((f) => f.id.slice('needs-'.length) as keyof typeof TYPICAL_FACTOR);
  const explained = missing.some((m) => ratio < 1 && ratio * TYPICAL_FACTOR[m] >= 1 / band) || (missing.length > 1 && ratio * missing.reduce((p, m) => p * TYPICAL_FACTOR[m], 1) >= 1 / band);
  return work?.right && explained ? 'partly' : 'wrong';
}
