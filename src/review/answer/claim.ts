/**
 * Claims: what a sentence must say for an idea to count, written in a tiny syntax (CONTRIBUTING.md,
 * "Claims") and matched against one sentence at a time, by lemma and stem, with everyday synonyms,
 * word gaps, one pronoun standing for something named just before, and the claim's own polarity.
 */
import { PRONOUNS, SYNONYM_CLASSES } from './lexicon';
import { stem } from './stem';
import type { AnswerSentence, AnswerToken } from './types';

type WordPattern = { text: string; stem: string; prefix: boolean };
/** One way of filling a slot: one or more words in order, with small gaps allowed between them. */
type Alternative = WordPattern[];
type Slot = { source: string; alternatives: Alternative[] };

/** A compiled claim. `negative`: the claim itself is negated ("the client cannot tell …"). */
export interface Claim {
  source: string;
  negative: boolean;
  /** Written with a leading `~`: said either way it makes the point ("one partner can('t) eat everyone's capacity"). */
  eitherWay: boolean;
  slots: Slot[];
}

/** Other words allowed before the particle of a phrasal verb ("hands the saved result back"); one elsewhere. */
const MAX_GAP = 3;
const PARTICLES = new Set(['back', 'up', 'out', 'down', 'off', 'over', 'through', 'away', 'in', 'on', 'around']);
/** The furthest (in words) a claim's slots may sit from its rarest slot within one sentence. */
const MAX_SPAN = 14;
/** A slot made only of these is the claim's negation ("not", "not|never"), not a word to look for. */
const NEGATION_WORDS = new Set(['not', 'never', 'no', 'none', 'cannot', "can't", "n't", 'without', 'nobody', 'nothing']);
const isNotSlot = (slot: string) => slot.split('|').every((w) => NEGATION_WORDS.has(w.toLowerCase()));

function wordPattern(raw: string): WordPattern {
  const prefix = raw.endsWith('*');
  const text = raw.replace(/\*$/, '').toLowerCase();
  return { text, stem: prefix ? text : stem(text), prefix };
}

const synonymIndex: Map<string, string[]> = (() => {
  const index = new Map<string, string[]>();
  for (const cls of SYNONYM_CLASSES) {
    for (const member of cls) {
      const key = member.toLowerCase();
      index.set(key, [...new Set([...(index.get(key) ?? []), ...cls.filter((m) => m !== member)])]);
    }
  }
  return index;
})();

function alternativesOf(slotText: string): Alternative[] {
  const out: Alternative[] = [];
  const seen = new Set<string>();
  const add = (phrase: string) => {
    const words = phrase.split(/[_\s]+/).filter(Boolean);
    const key = words.join(' ').toLowerCase();
    if (!words.length || seen.has(key)) return;
    seen.add(key);
    out.push(words.map(wordPattern));
  };
  for (const alt of slotText.split('|')) {
    if (alt.startsWith('=')) {
      add(alt.slice(1));
      continue;
    }
    add(alt);
    for (const syn of synonymIndex.get(alt.replace(/_/g, ' ').toLowerCase()) ?? []) add(syn);
  }
  return out;
}

const compiled = new Map<string, Claim>();

/**
 * Compiles a claim written in the claim syntax. Throws an Error naming the claim when it has no slot.
 * Results are cached by source text.
 */
export function compileClaim(source: string): Claim {
  const hit = compiled.get(source);
  if (hit) return hit;
  const eitherWay = source.trim().startsWith('~');
  const parts = source.trim().replace(/^~\s*/, '').split(/\s+/).filter(Boolean);
  const negative = parts.some(isNotSlot);
  const slots = parts.filter((p) => !isNotSlot(p)).map((p) => ({ source: p, alternatives: alternativesOf(p) }));
  if (slots.length === 0) throw new Error(`The claim "${source}" has no words to look for.`);
  const claim = { source, negative, eitherWay, slots };
  compiled.set(source, claim);
  return claim;
}

function wordMatches(p: WordPattern, t: AnswerToken): boolean {
  if (t.text === '') return false;
  if (p.prefix) return t.norm.startsWith(p.stem) || t.lemma.startsWith(p.stem);
  return t.norm === p.text || t.lemma === p.text || t.stems.includes(p.stem);
}

/** Every place an alternative occurs in the tokens: the token positions it uses. `claiming`: skip words of a list of terms. */
function occurrences(alt: Alternative, tokens: AnswerToken[], claiming = false): number[][] {
  const out: number[][] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!wordMatches(alt[0], tokens[i]) || (claiming && tokens[i].listed)) continue;
    const used = [i];
    let at = i;
    for (let k = 1; k < alt.length && used.length === k; k++) {
      // A phrasal verb's particle may come after its object ("hands the saved result back"); other words stay close.
      const gap = k === alt.length - 1 && PARTICLES.has(alt[k].text) ? MAX_GAP : 1;
      for (let j = at + 1; j <= at + 1 + gap && j < tokens.length; j++) {
        if (wordMatches(alt[k], tokens[j])) {
          used.push(j);
          at = j;
          break;
        }
      }
    }
    if (used.length === alt.length) out.push(used);
  }
  return out;
}

/** Where a claim was found in a sentence, and how it stands there. */
export interface ClaimMatch {
  sentence: AnswerSentence;
  /** Token positions used, in the sentence. */
  tokens: number[];
  /** The sentence says it with the claim's own polarity (not negated, or negated for a negative claim). */
  agrees: boolean;
  /** Some word of it sits in a hypothetical (if/unless clause, a question). */
  conditional: boolean;
  /** Some word of it is put aside ("instead of …", "we don't need …"). */
  dismissed: boolean;
  /** A pronoun stood in for one slot, named in the sentence before. */
  viaPronoun: boolean;
  /** Token positions that continue a multi-word alternative ("checks" in "health checks"): parts of a name, not something said. */
  inner: number[];
  /** How many slots were found, of `slotCount`. */
  found: number;
  slotCount: number;
}

/** Whether a slot is named anywhere in these tokens. */
export function slotNamedIn(slot: Slot, tokens: AnswerToken[]): boolean {
  return slot.alternatives.some((alt) => occurrences(alt, tokens).length > 0);
}

/**
 * Looks for a claim in one sentence. Each slot takes the occurrence that best fits the claim's
 * polarity; one missing slot may be filled by a pronoun ("it", "they") when the previous sentence
 * names it. Returns the best partial match too (`found < slotCount`) so callers can tell a near miss.
 * Words of a list of terms never fill a slot, unless `naming` (looking for terms that only name an idea).
 */
export function matchClaim(claim: Claim, sentence: AnswerSentence, previous?: AnswerSentence, naming = false): ClaimMatch | undefined {
  // What a pronoun can stand for: a thing (a noun), never a verb or a quantity.
  const nounOnly = (occ: number[]) => previous !== undefined && occ.some((i) => previous.tokens[i].pos === 'noun');
  const tokens = sentence.tokens;
  const used = new Set<number>();
  let negatedCount = 0;
  let conditional = false;
  let dismissed = false;
  let viaPronoun = false;
  let found = 0;
  const inner: number[] = [];
  const options = claim.slots.map((slot) => slot.alternatives.flatMap((alt) => occurrences(alt, tokens, !naming)));
  // Slots with fewer places to go first, so a common word does not take a rarer slot's only token.
  const order = claim.slots.map((_, i) => i).sort((a, b) => options[a].length - options[b].length);
  const missing: number[] = [];
  // A negative claim may name the very thing said to be unneeded ("no deploy needed", "without a redeploy"):
  // a word right after its negator is then the claim itself, not an idea put aside ("the hit rate doesn't matter" still is).
  const putAside = (from: AnswerToken[], i: number) =>
    from[i].dismissed && !(claim.negative && from[i].negated && (from[i - 1]?.negator || from[i - 2]?.negator));
  const score = (occ: number[], from: AnswerToken[]) => {
    const neg = occ.some((i) => from[i].negated);
    const dis = occ.some((i) => putAside(from, i));
    // Between two equally near words, prefer one outside an if-clause ("If we add servers, each server keeps…").
    const cond = occ.some((i) => from[i].conditional);
    return (neg === claim.negative ? 0 : 2) + (dis ? 1 : 0) + (cond ? 0.005 : 0) + occ.length * 0.01;
  };
  const take = (occ: number[], from: AnswerToken[]) => {
    found++;
    if (occ.some((i) => from[i].negated)) negatedCount++;
    if (occ.some((i) => from[i].conditional)) conditional = true;
    if (occ.some((i) => putAside(from, i))) dismissed = true;
  };
  // The rarest slot anchors the claim; the other slots take the occurrence nearest to it, so the
  // words of a claim come from one stretch of the sentence, not from its two ends.
  let anchor = -1;
  for (const s of order) {
    const free = options[s].filter((occ) => occ.every((i) => !used.has(i)));
    if (free.length === 0) {
      missing.push(s);
      continue;
    }
    const near = (occ: number[]) => (anchor < 0 ? 0 : Math.abs(occ[0] - anchor) / 100);
    const best = free.reduce((a, b) => (score(b, tokens) + near(b) < score(a, tokens) + near(a) ? b : a));
    if (anchor < 0) anchor = best[0];
    else if (Math.abs(best[0] - anchor) > MAX_SPAN) {
      missing.push(s);
      continue;
    }
    for (const i of best) used.add(i);
    inner.push(...best.slice(1));
    take(best, tokens);
  }
  // A pronoun here may stand for one thing the sentence before named: "The server keeps every
  // response. When the same key comes back, it returns the stored one."
  const pronoun = tokens.findIndex((t, i) => !used.has(i) && t.pos === 'pron' && PRONOUNS.has(t.norm));
  if (missing.length === 1 && found >= 2 && pronoun >= 0 && previous && !previous.bare) {
    const s = missing[0];
    const free = claim.slots[s].alternatives.flatMap((alt) => occurrences(alt, previous.tokens, true)).filter(nounOnly);
    if (free.length > 0) {
      const best = free.reduce((a, b) => (score(b, previous.tokens) < score(a, previous.tokens) ? b : a));
      take(best, previous.tokens);
      viaPronoun = true;
      used.add(pronoun);
    }
  }
  if (found === 0) return undefined;
  const agrees = claim.eitherWay || (claim.negative ? negatedCount > 0 : negatedCount === 0);
  return { sentence, tokens: [...used].sort((a, b) => a - b), inner, agrees, conditional, dismissed, viaPronoun, found, slotCount: claim.slots.length };
}

/**
 * Where a one-slot claim (a term) is named only to be put aside in this sentence ("honestly not bother
 * invalidating"), even when another of its words is named plainly there too: the token position, or -1.
 */
export function dismissedNaming(claim: Claim, sentence: AnswerSentence): number {
  if (claim.slots.length !== 1) return -1;
  for (const alt of claim.slots[0].alternatives) {
    for (const occ of occurrences(alt, sentence.tokens)) {
      if (occ.every((i) => sentence.tokens[i].dismissed && !sentence.tokens[i].conditional)) return occ[0];
    }
  }
  return -1;
}
