import type { CodingProblemMeta, ComplexityClass } from '../problems/schema';
import { compareClasses, parseClaim, type ParsedBound, type ParsedClaim } from './complexity-claim';

export type ReviewCheck = {
  id: 'stated' | 'variables' | 'expected' | 'measured' | 'justification' | 'qualifiers' | 'scale';
  status: 'pass' | 'fail' | 'info';
  /** One line of plain feedback, written for a PM. */
  message: string;
};

export type ComplexityReview = {
  claim: ParsedClaim;
  /** Always the seven checks, in this order: stated, variables, expected, measured, justification, qualifiers, scale. */
  checks: ReviewCheck[];
  /**
   * The claim against the best possible class (check 3), and against the code's measured growth when
   * there is one (check 4): 'does-not-match-code' when the code grows differently from the claim,
   * whatever the best class is, because that is the first thing to fix.
   */
  verdict: 'matches' | 'worse-than-needed' | 'better-than-possible' | 'does-not-match-code' | 'unclear';
};

export type ComplexityReviewInput = {
  text: string;
  complexity: CodingProblemMeta['complexity'];
  /** The class measured from the user's own code, if the measurement could tell. */
  measured?: ComplexityClass;
  /** Why measuring stopped early or failed, in words, e.g. "too slow to measure beyond n = 512". */
  measuredNote?: string;
};

type Complexity = CodingProblemMeta['complexity'];

const HASHING = /\b(?:sets?|maps?|hash\w*|dictionar(?:y|ies)|dicts?|lookup tables?|object keys?)\b|\.has\b/i;
const QUALIFIED = /\b(?:average|avg|amorti[sz]ed|expected)\b/i;
/** 10^5, 10⁵, 1e5, 100,000, 100000, 100k, "a million". */
const SCALE =
  /\b10\s*(?:\^|\*\*)\s*\d+|\b10[⁰¹²³⁴⁵⁶⁷⁸⁹]+|\b\d+(?:\.\d+)?e\d+\b|\b\d{1,3}(?:[, ]\d{3})+\b|\b\d{4,}\b|\b\d+(?:\.\d+)?\s*(?:k|thousand|million|billion|bn)\b|\b(?:a|one|ten|a hundred)\s+(?:thousand|million|billion)\b/i;
const OUTPUT_WORDS = /\b(?:output|result|returned|return value|answer)\b/i;

/** Steps at n = 100,000, for the optional scale sentence. */
const STEPS_AT_100K: Record<ComplexityClass, string> = {
  'O(1)': 'a handful of steps',
  'O(log n)': 'about 17 steps',
  'O(n)': '10^5 steps',
  'O(n log n)': 'about 1.7 × 10^6 steps',
  'O(n^2)': '10^10 steps',
  'O(n^3)': '10^15 steps',
  'O(2^n)': 'more steps than there are atoms in the universe',
};

/**
 * Reviews a written complexity explanation against the problem and, when given, the growth measured
 * on the user's own code. Returns the parsed claim, the seven checks of CATALOG.md §3 (each with one
 * line of feedback) and a verdict. Pure; never throws on any text.
 */
export function reviewComplexity(input: ComplexityReviewInput): ComplexityReview {
  const { complexity, measured, measuredNote } = input;
  const text = typeof input.text === 'string' ? input.text : '';
  const knownTexts = [complexity.timeText, complexity.spaceText].filter((t): t is string => typeof t === 'string');
  const claim = parseClaim(text, complexity.variables, { knownTexts });

  const expected = checkExpected(claim, complexity);
  const checks: ReviewCheck[] = [
    checkStated(claim),
    checkVariables(claim, complexity),
    expected.check,
    checkMeasured(claim, measured, measuredNote),
    checkJustification(text, complexity),
    checkQualifiers(text, claim, complexity),
    checkScale(text, claim, complexity),
  ];

  let verdict: ComplexityReview['verdict'] = 'unclear';
  const claimed = claim.time?.class;
  if (claimed && measured && measured !== claimed) verdict = 'does-not-match-code';
  else if (expected.outcome) verdict = expected.outcome;
  return { claim, checks, verdict };
}

// 1. Time and space both stated.
function checkStated(claim: ParsedClaim): ReviewCheck {
  const { time, space } = claim;
  if (time && space) return { id: 'stated', status: 'pass', message: `You stated both: time ${time.normalized} and space ${space.normalized}.` };
  if (time) {
    const read = claim.timeWasUnlabelled ? `We read ${time.raw} as your time bound. ` : '';
    return {
      id: 'stated',
      status: 'fail',
      message: `${read}Now add space: how much extra memory does your solution keep as the input grows? For example "Space O(1): only two counters" or "Space O(n) for the Set".`,
    };
  }
  if (space) return { id: 'stated', status: 'fail', message: 'You gave space; now add time: how does the running time grow with the input? For example "Time O(n): one pass".' };
  const step = claim.bounds.find((b) => b.label === 'per-operation');
  if (step) {
    return {
      id: 'stated',
      status: 'fail',
      message: `${step.raw} is the cost of one step; state the cost of the whole solution too, for example "Time O(n) because …; space O(n) for …".`,
    };
  }
  return { id: 'stated', status: 'fail', message: 'We could not find a time or space bound. Write them like "Time O(n) because …; space O(1) because …".' };
}

// 2. Every variable is the problem's or defined in the text; a graph needs V and E.
function checkVariables(claim: ParsedClaim, complexity: Complexity): ReviewCheck {
  const bounds = [claim.time, claim.space].filter((b): b is ParsedBound => b !== undefined);
  const sizes = complexity.variables.map((v) => `${v.name} = ${v.meaning}`).join(', ');
  if (bounds.length === 0) return { id: 'variables', status: 'info', message: `No bound to check yet. This problem's sizes: ${sizes}.` };

  const used = [...new Set(bounds.flatMap((b) => b.variables))];
  const declared = (name: string) => complexity.variables.find((v) => v.name === name) ?? complexity.variables.find((v) => v.name.toLowerCase() === name.toLowerCase());
  const V = complexity.variables.find((v) => v.name === 'V');
  const E = complexity.variables.find((v) => v.name === 'E');
  if (V && E && used.length === 1 && /^n$/i.test(used[0]) && !declared(used[0])) {
    // n defined as the whole graph ("n = tasks plus dependencies") already counts both sizes.
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
    const names = unknown.map((v) => (v.length > 1 ? `"${v}"` : v)).join(' and ');
    return {
      id: 'variables',
      status: 'fail',
      message: `Say what ${names} ${unknown.length > 1 ? 'are' : 'is'}, e.g. "where ${unknown[0]} is the number of …", or use this problem's sizes: ${sizes}.`,
    };
  }
  if (used.length === 0) return { id: 'variables', status: 'pass', message: 'No variables to define: your bounds are constants or words like "linear".' };
  const meanings = used.map((v) => {
    const d = declared(v);
    if (d) return `${v} = ${d.meaning}`;
    const own = claim.definedInText[v];
    return own ? `${v} = ${own}` : v;
  });
  return { id: 'variables', status: 'pass', message: `Every variable is defined: ${meanings.join(', ')}.` };
}

// 3. The claimed time against the best possible class.
function checkExpected(claim: ParsedClaim, complexity: Complexity): { check: ReviewCheck; outcome?: 'matches' | 'worse-than-needed' | 'better-than-possible' } {
  const time = claim.time;
  if (!time) return { check: { id: 'expected', status: 'info', message: 'Nothing to compare yet: state your time bound.' } };
  if (!time.class) {
    return {
      check: {
        id: 'expected',
        status: 'info',
        message: `We could not place ${time.raw} among the usual classes (O(1), O(log n), O(n), O(n log n), O(n^2), O(n^3), O(2^n)); write it like one of them so we can compare.`,
      },
    };
  }
  const best = complexity.time;
  const bestText = complexity.timeText && complexity.timeText !== best ? `${complexity.timeText}, which is ${best} here` : best;
  const order = compareClasses(time.class, best);
  if (order === 0) {
    const also = complexity.timeText && complexity.timeText !== time.normalized ? ` (the problem writes it as ${complexity.timeText})` : '';
    return { check: { id: 'expected', status: 'pass', message: `${time.normalized} is the best possible time here${also}.` }, outcome: 'matches' };
  }
  if (order > 0) {
    const naive = complexity.naive === time.class ? ' That is the common first approach.' : '';
    return {
      check: {
        id: 'expected',
        status: 'fail',
        message: `${time.class} works, but ${bestText} is possible.${naive} Look for work you repeat for every item.`,
      },
      outcome: 'worse-than-needed',
    };
  }
  return {
    check: {
      id: 'expected',
      status: 'fail',
      message: `${time.class} is faster than any correct solution can be: the best possible here is ${bestText}. Check for a step you didn't count, such as reading every item, a sort, or a lookup inside a loop.`,
    },
    outcome: 'better-than-possible',
  };
}

/** Where to look when the code grows faster than claimed. */
function slowdownHint(measured: ComplexityClass): string {
  switch (measured) {
    case 'O(2^n)':
      return 'look for recursion that tries every path without remembering what it already worked out.';
    case 'O(n^3)':
      return 'look for three nested loops, or a lookup such as includes/indexOf inside a double loop.';
    case 'O(n^2)':
      return 'look for a lookup inside a loop such as includes/indexOf (or splice, shift, a nested scan): each costs O(n) per call.';
    case 'O(n log n)':
      return 'a sort, or a log-time step done for every item, adds the log n factor.';
    case 'O(n)':
      return 'your code touches every item at least once.';
    default:
      return 'count the steps again, including the ones inside built-in methods.';
  }
}

// 4. The claimed time against the growth measured on the user's code.
function checkMeasured(claim: ParsedClaim, measured: ComplexityClass | undefined, note: string | undefined): ReviewCheck {
  const stopped = note ? ` (Measuring stopped early: ${note}.)` : '';
  if (!measured) {
    return { id: 'measured', status: 'info', message: `We could not measure your code's growth${note ? ` (${note})` : ''}, so this review checks your reasoning only.` };
  }
  const claimed = claim.time?.class;
  if (!claimed) return { id: 'measured', status: 'info', message: `Your code measured as ${measured}. Write your time bound like O(n) so we can compare.${stopped}` };
  const order = compareClasses(measured, claimed);
  if (order === 0) return { id: 'measured', status: 'pass', message: `Your code measured as ${measured}, as you wrote.${stopped}` };
  if (order > 0) return { id: 'measured', status: 'fail', message: `You wrote ${claimed} but your code grows as ${measured}: ${slowdownHint(measured)}${stopped}` };
  // Measured faster than claimed: a worst case our inputs never hit is a fair reason, so only a note then.
  const worstCase = claim.time?.qualifier === 'worst';
  return {
    id: 'measured',
    status: worstCase ? 'info' : 'fail',
    message: worstCase
      ? `Your code measured as ${measured} on our inputs; your worst case of ${claimed} may need inputs we didn't try.${stopped}`
      : `Your code measured as ${measured}, faster than the ${claimed} you wrote: recount the steps, for example a Set lookup is O(1) on average, not O(n).${stopped}`,
  };
}

/** Does the text mention a keyword: case-insensitive, from a word start, with common endings ("sort" → "sorting"). */
export function mentionsKeyword(text: string, keyword: string): boolean {
  const k = keyword.trim();
  if (k === '') return false;
  const escaped = k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  const start = /^\w/.test(k) ? '(?<![A-Za-z0-9])' : '';
  const end = /\w$/.test(k) ? '(?:s|es|ed|d|ing|ting|ted|ped|ping|ion|ions|e|ies|y|er|ers|ly|map|maps|set|sets|table|tables)?(?![A-Za-z0-9])' : '';
  return new RegExp(start + escaped + end, 'i').test(text);
}

// 5. The justification names what dominates.
function checkJustification(text: string, complexity: Complexity): ReviewCheck {
  const keyword = complexity.keywords.find((k) => mentionsKeyword(text, k));
  if (keyword) return { id: 'justification', status: 'pass', message: `You named what drives the cost ("${keyword}").` };
  return {
    id: 'justification',
    status: 'fail',
    message: 'Say why: name the step that dominates the cost, such as a single pass, a hash lookup, a sort, or a nested loop.',
  };
}

// 6. Hashing is O(1) on average; space means auxiliary space, with or without the output.
function checkQualifiers(text: string, claim: ParsedClaim, complexity: Complexity): ReviewCheck {
  const hashing = HASHING.test(text);
  const qualified = QUALIFIED.test(text);
  const parts: string[] = [];
  if (hashing && qualified) parts.push('You said hash lookups are O(1) on average: that is the accurate way to put it.');
  if (hashing && !qualified) parts.push('Set and Map lookups are O(1) on average, not in every case: say "on average".');
  parts.push(
    complexity.outputCountsAsSpace
      ? 'Here the output counts toward space.'
      : "Space here means extra (auxiliary) memory: the input and the returned output don't count.",
  );
  const space = claim.space;
  if (space && !complexity.outputCountsAsSpace && OUTPUT_WORDS.test(text.slice(space.index, space.index + space.raw.length + 60))) {
    parts.push('Your space claim mentions the output; what else does your solution keep while it works?');
  }
  if (space?.class && compareClasses(space.class, complexity.space) < 0) {
    parts.push(`The model solution needs ${complexity.spaceText ?? complexity.space} extra space; if yours needs less, say what it keeps instead.`);
  }
  return { id: 'qualifiers', status: hashing && !qualified ? 'info' : 'pass', message: parts.join(' ') };
}

// 7. A scale sentence (optional, never a fail).
function checkScale(text: string, claim: ParsedClaim, complexity: Complexity): ReviewCheck {
  if (SCALE.test(text)) return { id: 'scale', status: 'pass', message: 'You put numbers on it: that makes the cost concrete for the team.' };
  const best = complexity.time;
  const slow = complexity.naive && complexity.naive !== best ? complexity.naive : claim.time?.class && claim.time.class !== best ? claim.time.class : undefined;
  const example = slow
    ? `at 100,000 items, ${slow} is ${STEPS_AT_100K[slow]} while ${best} is ${STEPS_AT_100K[best]}`
    : `at 100,000 items, ${best} is ${STEPS_AT_100K[best]}`;
  return { id: 'scale', status: 'info', message: `Optional: add a scale sentence, e.g. "${example}".` };
}
