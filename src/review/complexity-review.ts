import type { CodingProblemMeta, ComplexityClass } from '../problems/schema';
import { compareClasses, parseClaim, type ParsedClaim } from './complexity-claim';

export type ReviewCheck = {
  id: 'stated' | 'variables' | 'expected' | 'measured' | 'justification' | 'qualifiers' | 'scale';
  status: 'pass' | 'fail' | 'info';
  message: string;
};

export type ComplexityReview = {
  claim: ParsedClaim;
  checks: ReviewCheck[];
  /** The claim against the best possible class, and against the code's measured growth when known. */
  verdict: 'matches' | 'worse-than-needed' | 'better-than-possible' | 'does-not-match-code' | 'unclear';
};

type Input = {
  text: string;
  complexity: CodingProblemMeta['complexity'];
  /** The class measured from the user's own code, if the measurement could tell. */
  measured?: ComplexityClass;
  /** Why measuring stopped early, in words, e.g. "too slow to measure beyond n = 512". */
  measuredNote?: string;
};

const HASHING = /\b(set|map|hash|dictionar(y|ies)|object keys?|lookup table)\b/i;
const QUALIFIED = /\b(average|amortized|amortised|expected|on avg)\b/i;
const SCALE = /10\s*\^\s*\d|10[⁰¹²³⁴⁵⁶⁷⁸⁹]+|1e\d|\b\d{1,3}(,\d{3})+\b|\b\d+\s*(k|thousand|million|billion|m)\b|\b\d{5,}\b/i;

/**
 * Reviews a written complexity explanation, one line of feedback per check (CATALOG.md §3):
 * stated, variables, expected class, measured growth, justification, qualifiers, scale.
 */
export function reviewComplexity({ text, complexity, measured, measuredNote }: Input): ComplexityReview {
  const claim = parseClaim(text, complexity.variables);
  const checks: ReviewCheck[] = [];
  const best = complexity.timeText ?? complexity.time;
  const declared = complexity.variables.map((v) => `${v.name} = ${v.meaning}`).join(', ');

  // 1. Both stated.
  if (!claim.time) checks.push({ id: 'stated', status: 'fail', message: 'State the time complexity, e.g. "O(n) time", and the space it needs.' });
  else if (!claim.space) checks.push({ id: 'stated', status: 'fail', message: `You gave time${claim.timeWasUnlabelled ? ' (we read your bound as time)' : ''}; now say how much extra space it needs, e.g. "O(n) space for the Set".` });
  else checks.push({ id: 'stated', status: 'pass', message: `Time ${claim.time.normalized} and space ${claim.space.normalized} are both stated.` });

  // 2. Variables defined.
  const bounds = [claim.time, claim.space].filter((b) => b !== undefined);
  const unknown = [...new Set(bounds.flatMap((b) => b.unknownVariables))];
  const usesGraphVariables = complexity.variables.some((v) => v.name === 'V') && complexity.variables.some((v) => v.name === 'E');
  if (unknown.length > 0) {
    const graphHint = usesGraphVariables && unknown.includes('n') ? ' For a graph, give it in V and E: O(V + E) says you visit each task and each dependency once.' : '';
    checks.push({ id: 'variables', status: 'fail', message: `Say what ${unknown.join(', ')} ${unknown.length > 1 ? 'are' : 'is'}: this problem's sizes are ${declared}.${graphHint}` });
  } else if (bounds.length > 0) {
    checks.push({ id: 'variables', status: 'pass', message: `Your variables are defined (${declared}).` });
  }

  // 3. Against the best possible class.
  let expectedOutcome: 'match' | 'worse' | 'better' | undefined;
  if (claim.time?.class) {
    const order = compareClasses(claim.time.class, complexity.time);
    expectedOutcome = order === 0 ? 'match' : order > 0 ? 'worse' : 'better';
    if (expectedOutcome === 'match') {
      const exact = complexity.timeText && complexity.timeText !== claim.time.normalized ? ` (${complexity.timeText})` : '';
      checks.push({ id: 'expected', status: 'pass', message: `${claim.time.normalized} is the best possible here${exact}.` });
    }
    else if (expectedOutcome === 'worse') checks.push({ id: 'expected', status: 'fail', message: `${claim.time.class} works, but ${best} is possible. What would let you avoid the repeated work?` });
    else checks.push({ id: 'expected', status: 'fail', message: `${claim.time.class} is not possible here: any correct solution needs at least ${best}, since it must look at every input.` });
  } else if (claim.time) {
    checks.push({ id: 'expected', status: 'info', message: `We could not map ${claim.time.raw} to a single class; write it like O(n), O(n log n) or O(V + E).` });
  }

  // 4. Against the user's own code.
  if (!measured) {
    checks.push({ id: 'measured', status: 'info', message: `We could not measure your code's growth${measuredNote ? ` (${measuredNote})` : ''}, so only your reasoning was checked.` });
  } else if (claim.time?.class) {
    const order = compareClasses(measured, claim.time.class);
    if (order === 0) checks.push({ id: 'measured', status: 'pass', message: `Your code measured as ${measured}, as you said.` });
    else if (order > 0) {
      checks.push({
        id: 'measured',
        status: 'fail',
        message: `You wrote ${claim.time.class}, but your code grows as ${measured}. Look for work hidden inside a loop: includes, indexOf, splice, shift or a nested scan each cost O(n) per call.`,
      });
    } else {
      checks.push({ id: 'measured', status: 'fail', message: `Your code measured as ${measured}, faster than the ${claim.time.class} you claimed. Recount: a Set or Map lookup is O(1) on average.` });
    }
  } else {
    checks.push({ id: 'measured', status: 'info', message: `Your code measured as ${measured}.` });
  }

  // 5. Justification names the dominant operation.
  const lower = text.toLowerCase();
  const keyword = complexity.keywords.find((k) => lower.includes(k.toLowerCase()));
  checks.push(
    keyword
      ? { id: 'justification', status: 'pass', message: `You named what dominates the work ("${keyword}").` }
      : { id: 'justification', status: 'fail', message: `Say why: name the operation that dominates, e.g. "${complexity.keywords.slice(0, 2).join('" or "')}".` },
  );

  // 6. Qualifiers: hashing is O(1) on average; space means auxiliary space.
  const spaceNote = complexity.outputCountsAsSpace ? 'Here the output counts toward space.' : 'Space means extra (auxiliary) space; the output does not count here.';
  if (HASHING.test(text) && !QUALIFIED.test(text)) {
    checks.push({ id: 'qualifiers', status: 'info', message: `Hash lookups are O(1) on average, not always: say "on average". ${spaceNote}` });
  } else {
    checks.push({ id: 'qualifiers', status: 'pass', message: `Qualifiers are right. ${spaceNote}` });
  }

  // 7. A scale sentence (optional).
  checks.push(
    SCALE.test(text)
      ? { id: 'scale', status: 'pass', message: 'You put numbers on it: that is what makes a complexity argument land with engineers.' }
      : { id: 'scale', status: 'info', message: `Optional: add a scale sentence, e.g. "at 10⁵ items, n² is 10¹⁰ steps, ${complexity.time === 'O(n)' ? 'n is 10⁵' : 'far too slow'}".` },
  );

  let verdict: ComplexityReview['verdict'] = 'unclear';
  if (claim.time?.class && measured && compareClasses(measured, claim.time.class) !== 0) verdict = 'does-not-match-code';
  else if (expectedOutcome === 'match') verdict = 'matches';
  else if (expectedOutcome === 'worse') verdict = 'worse-than-needed';
  else if (expectedOutcome === 'better') verdict = 'better-than-possible';
  return { claim, checks, verdict };
}
