import type { CodingProblemMeta, ComplexityClass } from '../problems/schema';
import { COMPLEXITY_CLASSES } from '../problems/schema';
import { compareClasses, parseClaim, type ParsedBound, type ParsedClaim } from './complexity-claim';
import { readCode, SCANNING, type CodeFacts, type Sighting, type StructureId } from './complexity-code';
import { namedThings, SCAN_MEANING, type NamedThing } from './complexity-words';

export type CheckId = 'read' | 'stated' | 'variables' | 'expected' | 'measured' | 'space' | 'justification' | 'qualifiers' | 'scale';

export type ReviewCheck = {
  id: CheckId;
  status: 'pass' | 'fail' | 'info';
  /** One line of plain feedback, written for a PM. */
  message: string;
  /** What the check saw: the words quoted from the text, the line of code, the measured numbers. */
  evidence?: string;
};

/** Which way a claim is wrong, each with its own advice. */
export type Direction = 'better-than-possible' | 'better-than-code' | 'worse-than-code' | 'worse-than-needed';

/** A line that does much of the work, with what it is and why it costs what it costs. */
export type HotLineNote = { line: number; share: number; text: string; note: string };

/** What the measurement found, as the engine's growth summary reports it (structural, so review stays pure). */
export type MeasuredGrowth = {
  time?: ComplexityClass;
  between?: [ComplexityClass, ComplexityClass];
  evidence?: string;
  space?: { class?: ComplexityClass; between?: [ComplexityClass, ComplexityClass]; evidence: string; includesOutput: boolean };
  hotLines?: { line: number; share: number; factor?: number }[];
};

export type ComplexityReview = {
  claim: ParsedClaim;
  /** The claimed total time class (a per-operation claim multiplied out), or null. */
  time: ComplexityClass | null;
  space: ComplexityClass | null;
  /** "We read: time O(n), space O(1)", so a misreading is visible. */
  readBack: string;
  checks: ReviewCheck[];
  /**
   * 'does-not-match-code' when the code grows differently from the claim (time or space), whatever the
   * best class is, because that is the first thing to fix.
   */
  verdict: 'matches' | 'worse-than-needed' | 'better-than-possible' | 'does-not-match-code' | 'unclear';
  /** For time: which way the claim is off, when it is. */
  direction?: Direction;
  /** The lines that do the work, described. */
  hotLines: HotLineNote[];
};

export type ComplexityReviewInput = {
  text: string;
  complexity: CodingProblemMeta['complexity'];
  /** The class measured from the user's own code (shorthand for growth.time). */
  measured?: ComplexityClass;
  growth?: MeasuredGrowth;
  /** Why measuring stopped early or failed, in words, e.g. "too slow to measure beyond n = 512". */
  measuredNote?: string;
  /** The user's code, so named structures can be looked for and hot lines described. */
  source?: string;
  language?: 'javascript' | 'typescript';
};

type Complexity = CodingProblemMeta['complexity'];

const HASH_WORDS = /\b(?:hash\w*|sets?|maps?|dictionar(?:y|ies)|dicts?|lookup tables?|object keys?)\b/i;
const QUALIFIED = /\b(?:on average|average(?:[\s-]case)?|avg|amorti[sz]ed|expected)\b/i;
const SCALE =
  /\b10\s*(?:\^|\*\*)\s*\d+|\b10[⁰¹²³⁴⁵⁶⁷⁸⁹]+|\b\d+(?:\.\d+)?e\d+\b|\b\d{1,3}(?:[, ]\d{3})+\b|\b\d{4,}\b|\b\d+(?:\.\d+)?\s*(?:k|thousand|million|billion|bn)\b|\b(?:a|one|ten|a hundred)\s+(?:thousand|million|billion)\b/i;
const OUTPUT_WORDS = /\b(?:output|result|returned|return value|answer)s?\b/i;

const STEPS_AT_100K: Record<ComplexityClass, string> = {
  'O(1)': 'a handful of steps',
  'O(log n)': 'about 17 steps',
  'O(n)': '10^5 steps',
  'O(n log n)': 'about 1.7 × 10^6 steps',
  'O(n^2)': '10^10 steps',
  'O(n^3)': '10^15 steps',
  'O(2^n)': 'more steps than there are atoms in the universe',
};

const rank = (c: ComplexityClass) => COMPLEXITY_CLASSES.indexOf(c);
const quote = (s: string) => `"${s.trim()}"`;

/** n operations of the given cost each. */
function timesN(perOp: ComplexityClass): ComplexityClass | undefined {
  const table: Partial<Record<ComplexityClass, ComplexityClass>> = { 'O(1)': 'O(n)', 'O(log n)': 'O(n log n)', 'O(n)': 'O(n^2)', 'O(n^2)': 'O(n^3)' };
  return table[perOp];
}

type TimeClaim = { bound: ParsedBound; class: ComplexityClass | undefined; perOperation?: string };

/**
 * Reviews a written complexity explanation against the problem, the growth measured on the user's own
 * code and the code itself. Every pass says what it saw; what cannot be told is an info line, never a
 * tick. Pure; never throws on any text.
 */
export function reviewComplexity(input: ComplexityReviewInput): ComplexityReview {
  const { complexity, measuredNote } = input;
  const text = typeof input.text === 'string' ? input.text : '';
  const knownTexts = [complexity.timeText, complexity.spaceText].filter((t): t is string => typeof t === 'string');
  const claim = parseClaim(text, complexity.variables, { knownTexts });
  const growth: MeasuredGrowth = { ...(input.growth ?? {}), ...(input.measured && !input.growth?.time ? { time: input.measured } : {}) };
  const facts = input.source ? readCode(input.source, input.language) : undefined;
  const hotLines = describeHotLines(growth, facts);

  const time = timeClaimOf(claim, complexity);
  const spaceClass = claim.space?.class;
  const expected = checkExpected(time, complexity, growth, hotLines);
  const measured = checkMeasured(time, claim, growth, measuredNote, hotLines, facts);
  const space = checkSpace(claim, complexity, growth, facts, text);
  const checks: ReviewCheck[] = [
    checkRead(claim, time),
    checkStated(claim, time),
    checkVariables(claim, complexity),
    expected.check,
    measured.check,
    space.check,
    checkJustification(text, facts, hotLines, complexity.keywords),
    ...checkQualifiers(text, time, facts),
    checkScale(text, time?.class, complexity),
  ].filter((c): c is ReviewCheck => c !== undefined);

  const direction = expected.direction === 'better-than-possible' ? expected.direction : (measured.direction ?? expected.direction);
  let verdict: ComplexityReview['verdict'] = 'unclear';
  if (time?.class) {
    if (direction === 'better-than-possible') verdict = 'better-than-possible';
    else if (direction === 'better-than-code' || direction === 'worse-than-code' || space.mismatch) verdict = 'does-not-match-code';
    else if (direction === 'worse-than-needed') verdict = 'worse-than-needed';
    else verdict = 'matches';
  }
  return {
    claim,
    time: time?.class ?? null,
    space: spaceClass ?? null,
    readBack: readBack(claim, time),
    checks,
    verdict,
    ...(direction ? { direction } : {}),
    hotLines,
  };
}

function timeClaimOf(claim: ParsedClaim, complexity: Complexity): TimeClaim | undefined {
  if (claim.time) return { bound: claim.time, class: claim.time.class };
  if (!complexity.perOperation) return undefined;
  const step = claim.bounds.find((b) => b.label === 'per-operation' && b.class);
  if (!step?.class) return undefined;
  return { bound: step, class: timesN(step.class), perOperation: complexity.perOperation.unit };
}

function readBack(claim: ParsedClaim, time: TimeClaim | undefined): string {
  const parts: string[] = [];
  if (time) parts.push(time.perOperation ? `time ${time.bound.normalized} per ${time.perOperation}, so ${time.class ?? '?'} for n of them` : `time ${time.bound.normalized}${time.bound.qualifier ? ` (${time.bound.qualifier})` : ''}`);
  if (claim.space) parts.push(`space ${claim.space.normalized}`);
  return parts.length > 0 ? `We read: ${parts.join(', ')}.` : 'We read no time or space bound.';
}

// 0. What we understood, so a misreading is visible, and what we could not read.
function checkRead(claim: ParsedClaim, time: TimeClaim | undefined): ReviewCheck {
  const notes: string[] = [readBack(claim, time)];
  for (const u of claim.unread) notes.push(`We could not read ${quote(u)} as a class.`);
  const others = claim.bounds.filter((b) => b.label === 'alternative');
  if (others.length > 0) notes.push(`We took ${others.map((b) => quote(b.raw)).join(', ')} as another approach, not your claim.`);
  const evidence = [time ? `time from ${quote(time.bound.raw)}` : '', claim.space ? `space from ${quote(claim.space.raw)}` : ''].filter(Boolean).join('; ');
  return { id: 'read', status: 'info', message: notes.join(' '), ...(evidence ? { evidence } : {}) };
}

// 1. Time and space both stated.
function checkStated(claim: ParsedClaim, time: TimeClaim | undefined): ReviewCheck {
  const space = claim.space;
  if (time && space) return { id: 'stated', status: 'pass', message: 'You stated both time and space.', evidence: `time ${quote(time.bound.raw)}, space ${quote(space.raw)}` };
  if (time) {
    return {
      id: 'stated',
      status: 'fail',
      message: 'Now add space: how much extra memory does your solution keep as the input grows? For example "Space O(1): only two counters" or "Space O(n) for the Set".',
      evidence: `time ${quote(time.bound.raw)}; no space bound found`,
    };
  }
  if (space) return { id: 'stated', status: 'fail', message: 'You gave space; now add time: how does the running time grow with the input? For example "Time O(n): one pass".', evidence: `space ${quote(space.raw)}; no time bound found` };
  const step = claim.bounds.find((b) => b.label === 'per-operation');
  if (step) {
    return {
      id: 'stated',
      status: 'fail',
      message: `${quote(step.raw)} is the cost of one step; state the cost of the whole solution too, for example "Time O(n) because …; space O(n) for …".`,
    };
  }
  return { id: 'stated', status: 'fail', message: 'We could not find a time or space bound. Write them like "Time O(n) because …; space O(1) because …".' };
}

// 2. Variables: defined only when the text says what they are.
function checkVariables(claim: ParsedClaim, complexity: Complexity): ReviewCheck | undefined {
  const bounds = [claim.time, claim.space, ...claim.bounds.filter((b) => b.label === 'per-operation')].filter((b): b is ParsedBound => b !== undefined);
  if (bounds.length === 0) return undefined;
  const sizes = complexity.variables.map((v) => `${v.name} = ${v.meaning}`).join(', ');
  const used = [...new Set(bounds.flatMap((b) => b.variables))];
  const declared = (name: string) => complexity.variables.find((v) => v.name === name) ?? complexity.variables.find((v) => v.name.toLowerCase() === name.toLowerCase());
  const V = complexity.variables.find((v) => v.name === 'V');
  const E = complexity.variables.find((v) => v.name === 'E');
  if (V && E && used.length === 1 && /^n$/i.test(used[0]) && !declared(used[0])) {
    const definition = claim.definedInText[used[0]] ?? '';
    const edgeWords = E.meaning.toLowerCase().match(/[a-z]{4,}/g) ?? [];
    const coversBoth = /\b(?:edges?|plus|and|both|total)\b|\+/i.test(definition) || edgeWords.some((w) => definition.toLowerCase().includes(w));
    if (!coversBoth) {
      return {
        id: 'variables',
        status: 'fail',
        message: `This graph has two sizes, V = ${V.meaning} and E = ${E.meaning}, and n hides one of them: write the bound in both, e.g. O(V + E) when each is handled once.`,
      };
    }
  }
  const unknown = [...new Set(bounds.flatMap((b) => b.unknownVariables))];
  if (unknown.length > 0) {
    const names = unknown.map((v) => (v.length > 1 ? quote(v) : v)).join(' and ');
    return {
      id: 'variables',
      status: 'fail',
      message: `Say what ${names} ${unknown.length > 1 ? 'are' : 'is'}, e.g. "where ${unknown[0]} is the number of …", or use this problem's sizes: ${sizes}.`,
    };
  }
  const growing = bounds.some((b) => b.class && b.class !== 'O(1)');
  if (used.length === 0) {
    if (!growing) return undefined;
    return { id: 'variables', status: 'info', message: `Linear in what? Say what grows, e.g. "where n is the ${complexity.variables[0]?.meaning ?? 'input size'}": an interviewer will ask.` };
  }
  const undefinedInText = used.filter((v) => claim.definedInText[v] === undefined && claim.definedInText[v.toLowerCase()] === undefined && claim.definedInText[v.toUpperCase()] === undefined);
  if (undefinedInText.length > 0) {
    const meaning = undefinedInText.map((v) => `${v} = ${declared(v)?.meaning ?? '?'}`).join(', ');
    return { id: 'variables', status: 'info', message: `An interviewer will ask "what is ${undefinedInText[0]}?": say it in your answer (here ${meaning}).` };
  }
  const meanings = used.map((v) => `${v} = ${claim.definedInText[v] ?? claim.definedInText[v.toLowerCase()] ?? claim.definedInText[v.toUpperCase()]}`);
  return { id: 'variables', status: 'pass', message: 'You said what each variable is.', evidence: meanings.join('; ') };
}

// 3. The claimed time against what is possible and what the reference achieves.
function checkExpected(
  time: TimeClaim | undefined,
  complexity: Complexity,
  growth: MeasuredGrowth,
  hot: HotLineNote[],
): { check: ReviewCheck; direction?: Direction } {
  if (!time) return { check: { id: 'expected', status: 'info', message: 'Nothing to compare yet: state your time bound.' } };
  if (!time.class) {
    return {
      check: {
        id: 'expected',
        status: 'info',
        message: `We could not place ${quote(time.bound.raw)} among the usual classes (O(1), O(log n), O(n), O(n log n), O(n^2), O(n^3), O(2^n)); write it like one of them so we can compare.`,
      },
    };
  }
  const claimed = time.class;
  const best = complexity.time;
  const bestText = complexity.timeText && complexity.timeText !== best ? `${complexity.timeText}, which is ${best} here` : best;
  const lower = complexity.lowerBound;
  if (lower && rank(claimed) < rank(lower.time)) {
    return {
      check: {
        id: 'expected',
        status: 'fail',
        message: `No correct solution can be ${claimed}: ${lower.reason}, which is already ${lower.time}. Count that pass in your bound.`,
        evidence: `the problem's lower bound: ${lower.time}`,
      },
      direction: 'better-than-possible',
    };
  }
  if (rank(claimed) < rank(best)) {
    return {
      check: {
        id: 'expected',
        status: 'info',
        message: `That is faster than our reference solution (${bestText}). Another approach can be, so the measurement of your code decides.`,
      },
    };
  }
  if (claimed === best) {
    const also = complexity.timeText && complexity.timeText !== time.bound.normalized ? ` (the reference writes it as ${complexity.timeText})` : '';
    return { check: { id: 'expected', status: 'pass', message: `${time.bound.normalized} is the best time this problem allows: the reference solution's${also}. Whether your code reaches it is the next check.`, evidence: `reference: ${bestText}` } };
  }
  // Worse than the reference. If the code itself is better than the claim, the claim is the problem, not the code.
  if (growth.time && rank(growth.time) < rank(claimed)) {
    return { check: { id: 'expected', status: 'info', message: `${bestText} is possible, and your code measured ${growth.time}: see below why your bound may be too high.` } };
  }
  const top = hot[0];
  const where = top?.note ? ` The work to remove is on line ${top.line} (${top.note}).` : complexity.naive === claimed ? ' That is the common first approach: look for work you repeat for every item.' : ' Look for work you repeat for every item.';
  return {
    check: { id: 'expected', status: 'fail', message: `${claimed} works, but ${bestText} is possible.${where}`, evidence: `reference: ${bestText}` },
    direction: 'worse-than-needed',
  };
}

// 4. The claimed time against the growth measured on the user's code.
function checkMeasured(
  time: TimeClaim | undefined,
  claim: ParsedClaim,
  growth: MeasuredGrowth,
  note: string | undefined,
  hot: HotLineNote[],
  facts: CodeFacts | undefined,
): { check: ReviewCheck; direction?: Direction } {
  const stopped = note ? ` (Measuring stopped early: ${note}.)` : '';
  const evidence = growth.evidence;
  const measured = growth.time;
  if (!measured && !growth.between) {
    return { check: { id: 'measured', status: 'info', message: `We could not measure your code's growth${note ? ` (${note})` : ''}, so this checks your reasoning only.` } };
  }
  const claimed = time?.class;
  const shown = measured ?? `between ${growth.between![0]} and ${growth.between![1]}`;
  if (!claimed) return { check: { id: 'measured', status: 'info', message: `Your code measured ${shown}. Write your time bound like O(n) so we can compare.${stopped}`, ...(evidence ? { evidence } : {}) } };
  if (!measured && growth.between) {
    const [lo, hi] = growth.between;
    if (claimed === lo || claimed === hi) {
      return { check: { id: 'measured', status: 'info', message: `Your code's growth lies between ${lo} and ${hi} on our inputs, so we cannot confirm ${claimed} either way. ${betweenInWords(lo, hi, 'work')}${stopped}`, ...(evidence ? { evidence } : {}) } };
    }
    const direction: Direction = rank(claimed) < rank(lo) ? 'better-than-code' : 'worse-than-code';
    return { check: { id: 'measured', status: 'fail', message: `You wrote ${claimed}, but your code grows between ${lo} and ${hi}. ${betweenInWords(lo, hi, 'work')}${hotSentence(hot)}${stopped}`, ...(evidence ? { evidence } : {}) }, direction };
  }
  const m = measured!;
  if (m === claimed) return { check: { id: 'measured', status: 'pass', message: `Your code measured ${m}, as you wrote.${stopped}`, ...(evidence ? { evidence } : {}) } };
  if (rank(m) > rank(claimed)) {
    return {
      check: { id: 'measured', status: 'fail', message: `You wrote ${claimed}, but your code grows as ${m}.${hotSentence(hot)} ${tooLowAdvice(claimed, m, hot, facts)}${stopped}`, ...(evidence ? { evidence } : {}) },
      direction: 'better-than-code',
    };
  }
  // Measured faster than claimed: a worst case our inputs never hit is a fair reason, so only a note then.
  if (claim.time?.qualifier === 'worst') {
    return { check: { id: 'measured', status: 'info', message: `Your code measured ${m} on our inputs; your worst case of ${claimed} may need inputs we did not try.${stopped}`, ...(evidence ? { evidence } : {}) } };
  }
  return {
    check: { id: 'measured', status: 'fail', message: `Your code measured ${m}, better than the ${claimed} you wrote.${hotSentence(hot)} ${tooHighAdvice(claimed, m, facts)}${stopped}`, ...(evidence ? { evidence } : {}) },
    direction: 'worse-than-code',
  };
}

/**
 * What "between O(a) and O(b)" means, for someone who has not met growth classes: faster than one,
 * slower than the other, and the usual reasons no single class fits.
 */
export function betweenInWords(lo: ComplexityClass, hi: ComplexityClass, what: 'work' | 'memory'): string {
  return `That means: as the input grew, the ${what} grew faster than ${lo} would but slower than ${hi} would, and no single one of the usual classes matched every size we tried. This happens when the cost has two parts that take turns to dominate (for example a fixed set-up cost on small inputs), when it depends on how the random test data falls, or when the real growth sits between two classes (such as n × √n).`;
}

/** "92% of the work is on line 3, `seen.indexOf(x)`, inside the loop on line 2; indexOf scans the list, so this costs O(n) per item." */
function hotSentence(hot: HotLineNote[]): string {
  const top = hot[0];
  if (!top) return '';
  return ` ${Math.round(top.share * 100)}% of the work is on line ${top.line}, \`${top.text}\`${top.note ? `, ${top.note}` : ''}.`;
}

/** The claim is lower than the code: name what was not counted. */
function tooLowAdvice(claimed: ComplexityClass, measured: ComplexityClass, hot: HotLineNote[], facts: CodeFacts | undefined): string {
  const top = hot[0];
  const lines = facts?.lines;
  const topFacts = top ? lines?.get(top.line) : undefined;
  const scan = topFacts?.calls.find((c) => SCANNING.has(c) && c in SCAN_MEANING);
  if (scan && (topFacts?.insideLoop || topFacts?.isLoop)) return `Count that ${scan} in your bound, or replace it with a Set or Map lookup (O(1) on average).`;
  if (topFacts?.calls.some((c) => c === 'sort' || c === 'toSorted') || (measured === 'O(n log n)' && facts?.structures.sort)) return 'The sort costs O(n log n) on its own: include it in your bound.';
  if (rank(claimed) <= rank('O(log n)') && measured === 'O(n)') return 'Your code reads every item, so it is at least O(n): count the pass over the input.';
  if (facts?.structures['nested-loop'] && rank(measured) >= rank('O(n^2)')) {
    const s = facts.structures['nested-loop'];
    return `The loop on line ${s.line} runs inside another loop: multiply their counts.`;
  }
  return 'Count every step your code repeats per item, including the work inside built-in methods.';
}

/** The claim is higher than the code: say why the code is cheaper than it looks. */
function tooHighAdvice(claimed: ComplexityClass, measured: ComplexityClass, facts: CodeFacts | undefined): string {
  const s = facts?.structures;
  if (s?.['nested-loop'] && rank(claimed) >= rank('O(n^2)') && rank(measured) <= rank('O(n log n)')) {
    return `The inner loop on line ${s['nested-loop'].line} does not run n times for every outer step: count the total work across the whole run.`;
  }
  const hash = s?.set ?? s?.map ?? s?.['object-map'];
  if (hash) return `A lookup in the ${s?.set ? 'Set' : s?.map ? 'Map' : 'object'} on line ${hash.line} is O(1) on average, not a scan.`;
  return 'Recount the steps: your code does less work per item than your bound says.';
}

// 5. Space: the claim against the memory the code held, and against what the code does.
function checkSpace(claim: ParsedClaim, complexity: Complexity, growth: MeasuredGrowth, facts: CodeFacts | undefined, text: string): { check?: ReviewCheck; mismatch: boolean } {
  const bound = claim.space;
  const measured = growth.space;
  if (!bound) {
    if (measured?.class) return { check: { id: 'space', status: 'info', message: `Your code holds ${measured.class} extra memory as the input grows: say so in your answer.`, evidence: measured.evidence }, mismatch: false };
    return { mismatch: false };
  }
  const claimed = bound.class;
  const around = text.slice(bound.index, bound.index + bound.raw.length + 60);
  const countsOutput = OUTPUT_WORDS.test(around) && !complexity.outputCountsAsSpace;
  const inPlace = /in[\s-]place/i.test(bound.raw);
  const copy = facts?.structures['sorted-copy'];
  if (inPlace && copy) {
    return {
      check: { id: 'space', status: 'fail', message: `Line ${copy.line} sorts a copy (\`${copy.text}\`), which holds n more items: that is O(n) extra space, not in place.`, evidence: `line ${copy.line}: ${copy.text}` },
      mismatch: true,
    };
  }
  if (!measured || (!measured.class && !measured.between)) {
    return { check: { id: 'space', status: 'info', message: `We could not measure your code's memory${measured?.evidence ? ` (${measured.evidence})` : ''}, so your space claim is not checked.` }, mismatch: false };
  }
  if (!claimed) return { check: { id: 'space', status: 'info', message: `We could not place ${quote(bound.raw)} among the usual classes; your code holds ${measured.class ?? 'an unclear amount of'} extra memory.`, evidence: measured.evidence }, mismatch: false };
  const outputNote = countsOutput ? ' The returned output does not count as extra space here.' : '';
  if (!measured.class && measured.between) {
    const [lo, hi] = measured.between;
    if (claimed === lo || claimed === hi) return { check: { id: 'space', status: 'info', message: `Your code's memory grows between ${lo} and ${hi} on our inputs, so we cannot confirm ${claimed}. ${betweenInWords(lo, hi, 'memory')}${outputNote}`, evidence: measured.evidence }, mismatch: false };
  }
  const m = measured.class;
  if (m === claimed) {
    if (countsOutput) return { check: { id: 'space', status: 'info', message: `Your code holds ${m} extra memory, as you wrote, but for another reason than the output:${outputNote} Name what it keeps.`, evidence: measured.evidence }, mismatch: false };
    return { check: { id: 'space', status: 'pass', message: `Your code holds ${m} extra memory, as you wrote.`, evidence: measured.evidence }, mismatch: false };
  }
  if (!m) return { check: { id: 'space', status: 'info', message: `We could not tell how your code's memory grows.`, evidence: measured.evidence }, mismatch: false };
  if (rank(m) > rank(claimed)) {
    const holder = holderOf(facts);
    return {
      check: { id: 'space', status: 'fail', message: `You wrote ${claimed} space, but the memory your code holds grows as ${m}.${holder ? ` ${holder}` : ''}${outputNote}`, evidence: measured.evidence },
      mismatch: true,
    };
  }
  return {
    check: { id: 'space', status: 'fail', message: `Your code holds only ${m} extra memory, less than the ${claimed} you wrote.${outputNote || (complexity.outputCountsAsSpace ? '' : ' Count only what your code keeps beyond the input and the answer (the value you return does not count here).')}`, evidence: measured.evidence },
    mismatch: true,
  };
}

function holderOf(facts: CodeFacts | undefined): string | undefined {
  const s = facts?.structures;
  if (!s) return undefined;
  const found: [StructureId, string][] = [['set', 'Set'], ['map', 'Map'], ['object-map', 'object used as a map'], ['sorted-copy', 'sorted copy'], ['copy', 'copy'], ['memo', 'memo']];
  for (const [id, name] of found) {
    const seen = s[id];
    if (seen) return `The ${name} on line ${seen.line} (\`${seen.text}\`) grows with the input.`;
  }
  return undefined;
}

/** Built-ins that walk their whole input (a string or a list): each is a pass, as a loop is. */
const WALKING_BUILT_INS = new Set([...SCANNING, 'split', 'trim', 'trimStart', 'trimEnd', 'toLowerCase', 'toUpperCase', 'replace', 'replaceAll', 'match', 'matchAll', 'normalize', 'sort', 'toSorted', 'from', 'keys', 'values', 'entries']);
/** Built-ins that use a regular expression when given one. */
const PATTERN_BUILT_INS = new Set(['split', 'replace', 'replaceAll', 'match', 'matchAll', 'search', 'test', 'exec']);

/**
 * The line of a built-in call that does what a named word says: the call itself ("split" and
 * `.split(…)`), a regular expression ("regex" and `.replace(/\s+/g, …)`), or, for a pass or loop, any
 * call that walks its whole input (`q.trim().split(…).join(' ')` is a chain of passes).
 */
function builtInBacking(named: NamedThing, facts: CodeFacts): Sighting | undefined {
  const word = named.word.toLowerCase().replace(/\W+/g, '');
  const matches = (call: string) =>
    call.toLowerCase() === word ||
    (/^(?:regex|regexp|regularexpression|pattern)s?$/.test(word) && PATTERN_BUILT_INS.has(call)) ||
    (named.label === 'a loop' && WALKING_BUILT_INS.has(call));
  for (const facts_ of facts.lines.values()) if (facts_.calls.some(matches)) return { line: facts_.line, text: facts_.text };
  return undefined;
}

// 6. The justification: what the text names, looked for in the code.
function checkJustification(text: string, facts: CodeFacts | undefined, hot: HotLineNote[], keywords: string[]): ReviewCheck {
  const named = namedThings(text);
  // The problem's own words for its operations ("refill", "each task") name the work too; any loop backs them.
  const keyword = keywords.find((k) => mentionsKeyword(text, k));
  if (keyword && !named.some((n) => n.label === 'a loop')) named.push({ word: keyword, label: 'a loop', backedBy: ['loop', 'nested-loop', 'scan-in-loop', 'recursion', 'sort', 'set', 'map', 'object-map'], lookedFor: 'the step you describe' });
  const suggestion = hot[0] ? ` Here most of the work is on line ${hot[0].line}${hot[0].note ? ` (${hot[0].note})` : ''}.` : '';
  if (named.length === 0) {
    return { id: 'justification', status: 'fail', message: `Say why: name the step that dominates the cost, such as a single pass, a hash lookup, a sort, or a nested loop.${suggestion}` };
  }
  if (!facts) {
    return { id: 'justification', status: 'info', message: `You named ${named.map((n) => quote(n.word)).join(', ')}; we could not read your code to check it.` };
  }
  const missing = named.filter((n) => !n.backedBy.some((id) => facts.structures[id]) && !builtInBacking(n, facts));
  if (missing.length > 0) {
    const first = missing[0];
    return {
      id: 'justification',
      status: 'fail',
      message: `You mention ${quote(first.word)}, but your code has no ${first.label.replace(/^an? /, '')}: we looked for ${first.lookedFor}. Explain the code you wrote.`,
    };
  }
  const seen = named.map((n) => {
    const id = n.backedBy.find((b) => facts.structures[b]);
    const s = id ? facts.structures[id]! : builtInBacking(n, facts)!;
    return `${quote(n.word)}: line ${s.line}, \`${s.text.slice(0, 50)}\``;
  });
  return { id: 'justification', status: 'pass', message: `You named what your code does, and it is there.`, evidence: seen.join('; ') };
}

// 7. Qualifiers, only where one is needed: hashing is O(1) on average.
function checkQualifiers(text: string, time: TimeClaim | undefined, facts: CodeFacts | undefined): ReviewCheck[] {
  const s = facts?.structures;
  const hashing = HASH_WORDS.test(text) || Boolean(s?.set || s?.map || s?.['object-map']);
  const needed = hashing && time?.class !== undefined;
  const q = QUALIFIED.exec(text);
  if (needed && q) return [{ id: 'qualifiers', status: 'pass', message: 'You said hash lookups are O(1) on average: that is the accurate way to put it.', evidence: quote(q[0]) }];
  if (needed) return [{ id: 'qualifiers', status: 'info', message: 'Set and Map lookups are O(1) on average, not in every case: say "on average".' }];
  return [];
}

// 8. A scale sentence (optional, never a fail).
function checkScale(text: string, claimed: ComplexityClass | undefined, complexity: Complexity): ReviewCheck {
  const m = SCALE.exec(text);
  if (m) return { id: 'scale', status: 'pass', message: 'You put numbers on it: that makes the cost concrete for the team.', evidence: quote(m[0]) };
  const best = complexity.time;
  const slow = complexity.naive && complexity.naive !== best ? complexity.naive : claimed && claimed !== best ? claimed : undefined;
  const example = slow ? `at 100,000 items, ${slow} is ${STEPS_AT_100K[slow]} while ${best} is ${STEPS_AT_100K[best]}` : `at 100,000 items, ${best} is ${STEPS_AT_100K[best]}`;
  return { id: 'scale', status: 'info', message: `Optional: add a scale sentence, e.g. "${example}".` };
}

/** The measured hot lines, with their code and why they cost what they cost. */
function describeHotLines(growth: MeasuredGrowth, facts: CodeFacts | undefined): HotLineNote[] {
  return (growth.hotLines ?? []).map((h) => {
    const f = facts?.lines.get(h.line);
    const full = f?.text ?? '';
    const scan = f?.calls.find((c) => c in SCAN_MEANING && SCANNING.has(c));
    const call = scan ? callSnippet(full, scan) : undefined;
    const loop = f?.insideLoop ? `inside the loop on line ${f.insideLoop}` : f?.isLoop && call ? `inside the loop on this line` : undefined;
    const perDoubling = h.factor ? `, its work ×${h.factor} per doubling of n` : '';
    let note = '';
    if (scan && (f?.insideLoop || f?.isLoop)) note = `${loop ? `${loop}; ` : ''}${SCAN_MEANING[scan]}, so this costs O(n) per item`;
    else if (f?.calls.some((c) => c === 'sort' || c === 'toSorted')) note = 'the sort, O(n log n)';
    else if (f?.isLoop) note = `a loop${f.insideLoop ? ` ${loop}` : ''}${perDoubling}`;
    else if (loop) note = `${loop}${perDoubling}`;
    const text = call ?? (full.length > 60 ? `${full.slice(0, 57)}…` : full);
    return { line: h.line, share: h.share, text, note };
  });
}

function callSnippet(line: string, method: string): string | undefined {
  const m = new RegExp(String.raw`[\w$.\]\[]*\.${method}\((?:[^()]|\([^()]*\))*\)`).exec(line);
  return m ? m[0].slice(0, 50) : undefined;
}

/** Does the text mention a keyword: case-insensitive, from a word start, with common endings ("sort" → "sorting"). */
export function mentionsKeyword(text: string, keyword: string): boolean {
  const k = keyword.trim();
  if (k === '') return false;
  const escaped = k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  const start = /^\w/.test(k) ? '(?<![A-Za-z0-9])' : '';
  const end = /\w$/.test(k) ? '(?:s|es|ed|d|ing|ting|ted|ped|ping|ion|ions|e|ies|y|er|ers|ly)?(?![A-Za-z0-9])' : '';
  return new RegExp(start + escaped + end, 'i').test(text);
}

/** All checks, for callers that compare classes. */
export { compareClasses };
