/**
 * Judges one idea against a read answer: explained, mentioned, contradicted or missed, quoting the
 * sentence the verdict rests on, and saying so when the reader cannot tell.
 */
import { compileClaim, dismissedNaming, matchClaim, type Claim, type ClaimMatch } from './claim';
import type { AnswerSentence, IdeaSpec, IdeaVerdict, ReadAnswer } from './types';

/** Past this many words a quoted sentence is cut around the match. */
const MAX_QUOTE_WORDS = 40;

/**
 * The sentence as written, in quotes; cut to a window around the word at `focus` (a token position)
 * when it is long.
 */
export function quoteSentence(sentence: AnswerSentence, focus = 0): string {
  const words = sentence.text.split(/\s+/);
  if (words.length <= MAX_QUOTE_WORDS) return `“${sentence.text}”`;
  const written = sentence.tokens.slice(0, focus).filter((t) => t.text !== '').length;
  const start = Math.max(0, Math.min(written - Math.floor(MAX_QUOTE_WORDS / 2), words.length - MAX_QUOTE_WORDS));
  const end = start + MAX_QUOTE_WORDS;
  return `“${start > 0 ? '… ' : ''}${words.slice(start, end).join(' ')}${end < words.length ? ' …' : ''}”`;
}

type CompiledIdea = { claims: Claim[]; terms: Claim[]; misconceptions: { says: Claim[]; wrong: string }[]; allowed: Set<string> };
const cache = new WeakMap<IdeaSpec, CompiledIdea>();

function compileIdea(idea: IdeaSpec): CompiledIdea {
  let c = cache.get(idea);
  if (!c) {
    c = {
      claims: idea.claims.map(compileClaim),
      terms: (idea.terms ?? []).map(compileClaim),
      misconceptions: (idea.misconceptions ?? []).map((m) => ({ says: m.says.map(compileClaim), wrong: m.wrong })),
      // Words the idea's own claims use: a certainty among them is part of the point ("roll back automatically").
      allowed: new Set(idea.claims.flatMap((cl) => cl.split(/[\s|_]+/)).map((w) => w.replace(/^[~=]|\*$/g, '').toLowerCase())),
    };
    cache.set(idea, c);
  }
  return c;
}

const complete = (m: ClaimMatch | undefined): boolean => m !== undefined && m.found === m.slotCount;

/** Widest stretch, in words, a misconception may take: it must be said in one breath, not pieced together. */
const MISCONCEPTION_SPAN = 10;
/**
 * A misconception counts only when its words sit close together within one clause or two neighbouring
 * ones: "…check the same shared count, or each server would hand out its own allowance" does not say
 * "each server's own count is the same".
 */
function tight(m: ClaimMatch): boolean {
  if (m.viaPronoun || m.tokens.length === 0) return !m.viaPronoun;
  const t = m.tokens;
  const clauses = t.map((i) => m.sentence.tokens[i].clause);
  return t[t.length - 1] - t[0] <= MISCONCEPTION_SPAN && Math.max(...clauses) - Math.min(...clauses) <= 1;
}

/** The label without a trailing full stop, for messages. */
const name = (idea: IdeaSpec) => idea.label.replace(/[.\s]+$/, '');
const why = (idea: IdeaSpec) => idea.why.trim();

/**
 * Judges how an answer stands on one idea, in this order:
 * - **contradicted** when a sentence states one of the idea's misconceptions (with its own polarity, outside
 *   an if-clause or question);
 * - **explained** when a sentence that is not a bare list claims it with the claim's polarity;
 * - **contradicted** when a sentence denies a claim ("there's no edge effect") or puts the idea aside
 *   ("we don't need idempotency keys", "instead of X", "X is overkill");
 * - **mentioned** when its terms appear (in a list, or without the claim); `unsure` when a sentence came
 *   within one slot of a claim, so the candidate can check the quote against the idea's why;
 * - **missed** otherwise.
 * Every verdict but missed quotes its sentence; the message says what was heard and why the idea matters.
 *
 * @param answer - from `readAnswer`
 * @param idea - the idea as data (claims, terms, misconceptions)
 */
export function judgeIdea(answer: ReadAnswer, idea: IdeaSpec): IdeaVerdict {
  const c = compileIdea(idea);
  const sentences = answer.sentences.filter((s) => s.kind !== 'heading');
  const prev = (s: AnswerSentence) => answer.sentences[s.index - 1];
  const verdict = (status: IdeaVerdict['status'], message: string, s?: AnswerSentence, focus?: number, unsure?: boolean): IdeaVerdict => ({
    id: idea.id,
    status,
    ...(unsure ? { unsure: true } : {}),
    ...(s ? { evidence: quoteSentence(s, focus) } : {}),
    message,
  });

  // 1. A stated misconception.
  for (const s of sentences) {
    if (s.bare) continue;
    for (const m of c.misconceptions) {
      for (const says of m.says) {
        // No pronouns here: a misconception must be said outright before the reader calls it one. Its last
        // word decides whether it is asserted: "if a message fails, the queue drops it" states a rule;
        // "…a shared count, or each server would hand out its own allowance" does not.
        const hit = matchClaim(says, s);
        if (hit && complete(hit) && hit.agrees && tight(hit) && !s.tokens[hit.tokens[hit.tokens.length - 1]].conditional && !hit.tokens.some((i) => s.tokens[i].reported)) {
          return verdict('contradicted', `${name(idea)}: ${m.wrong}`, s, hit.tokens[0]);
        }
      }
    }
  }

  // 2. A claim, said as it should be.
  let denied: ClaimMatch | undefined;
  let near: ClaimMatch | undefined;
  let certain: { hit: ClaimMatch; word: number } | undefined;
  for (const s of sentences) {
    if (s.bare) continue;
    for (const claim of c.claims) {
      const hit = matchClaim(claim, s, prev(s));
      if (!hit) continue;
      if (complete(hit)) {
        if (hit.agrees && !hit.dismissed) {
          const word = certainty(hit, claim, c.allowed);
          // Terms side by side ("health checks … the servers") with nothing said that relates them: undecided.
          if (!related(hit)) {
            near ??= hit;
            continue;
          }
          if (word < 0) return verdict('explained', `${name(idea)}: explained.`, s, hit.tokens[0]);
          certain ??= { hit, word };
          continue;
        }
        // Only a positive claim can be denied: a negative one said without its negation is a different statement.
        if (!hit.conditional && !claim.negative) denied ??= hit;
      } else if (claim.slots.length >= 3 && hit.found === claim.slots.length - 1 && hit.agrees && !hit.dismissed && !hit.viaPronoun) {
        near ??= hit;
      }
    }
  }

  // 3. Denied or put aside.
  if (denied) {
    const said = denied.dismissed ? 'you set this aside' : 'you said the opposite';
    return verdict('contradicted', `${name(idea)}: ${said}, but ${lowerFirst(why(idea))}`, denied.sentence, denied.tokens[0], denied.viaPronoun);
  }
  if (certain) {
    const { hit, word } = certain;
    const said = hit.sentence.tokens.slice(word).filter((t) => t.absolute);
    const phrase = said.length ? hit.sentence.tokens.slice(word, word + said.length).filter((t) => t.text).map((t) => t.text.replace(/[^\p{L}\p{N}%' -]/gu, '')).join(' ') : '';
    return verdict(
      'mentioned',
      `${name(idea)}: you said it as a certainty (“${phrase}”), and it rarely holds without exception. Check your sentence against the point: ${why(idea)}`,
      hit.sentence,
      hit.tokens[0],
      true,
    );
  }
  let mention: { s: AnswerSentence; at: number } | undefined;
  for (const s of sentences) {
    for (const term of c.terms) {
      const aside = dismissedNaming(term, s);
      if (aside >= 0) return verdict('contradicted', `${name(idea)}: you set this aside, but ${lowerFirst(why(idea))}`, s, aside);
      const hit = matchClaim(term, s, undefined, true);
      if (!hit || !complete(hit)) continue;
      const words = hit.tokens.map((i) => s.tokens[i]);
      if (words.some((t) => t.dismissed) && !words.some((t) => t.conditional)) {
        return verdict('contradicted', `${name(idea)}: you set this aside, but ${lowerFirst(why(idea))}`, s, hit.tokens[0]);
      }
      if (!mention || (mention.s.bare && !s.bare)) mention = { s, at: hit.tokens[0] };
    }
  }

  // 4. Near a claim: the reader cannot tell; show the why beside the quote.
  if (near) {
    return verdict('mentioned', `${name(idea)}: we could not tell whether this sentence says it. Check it against the point: ${why(idea)}`, near.sentence, near.tokens[0], true);
  }
  if (mention) {
    const how = mention.s.bare ? 'named in a list of terms, not explained' : 'named, but not explained';
    return verdict('mentioned', `${name(idea)}: ${how}. Say what it does and why: ${why(idea)}`, mention.s, mention.at);
  }
  return verdict('missed', `${name(idea)}: not heard. ${why(idea)}`);
}

/**
 * Where a certainty ("always", "perfectly", "exactly once") is said in the same breath as a claim — the
 * clauses the claim's words sit in — unless the idea's claims use that word or it is
 * the negation of a negative claim ("a retry never charges twice"). The token position, or -1.
 */
function certainty(hit: ClaimMatch, claim: Claim, allowed: Set<string>): number {
  const tokens = hit.sentence.tokens;
  if (hit.tokens.length === 0) return -1;
  const clauses = hit.tokens.map((i) => tokens[i].clause);
  const from = Math.min(...clauses);
  const to = Math.max(...clauses);
  const used = new Set(hit.tokens);
  return tokens.findIndex((t, i) => t.absolute && !used.has(i) && !allowed.has(t.norm) && !allowed.has(t.lemma) && t.clause >= from && t.clause <= to && !(claim.negative && t.negator) && !t.conditional);
}

/**
 * Whether a sentence says something that relates the claim's things, rather than naming them side by
 * side: one of the claim's words is a verb, adjective, adverb, number or negated, or a verb, copula or
 * defining colon sits among them ("X is the ratio of…", "SLO: the internal objective…", "X routes Y").
 */
function related(hit: ClaimMatch): boolean {
  if (hit.viaPronoun || hit.tokens.length < 2) return true;
  const tokens = hit.sentence.tokens;
  const used = new Set(hit.tokens);
  // The second word of a matched compound ("health checks") names a thing, whatever its tag.
  const says = (i: number) => !hit.inner.includes(i) && !['noun', 'det', 'pron'].includes(tokens[i].pos);
  if (hit.tokens.some((i) => says(i) || tokens[i].negated)) return true;
  const first = hit.tokens[0];
  const last = hit.tokens[hit.tokens.length - 1];
  const clause = tokens[first].clause;
  // "X is the ratio of…", "SLO: the internal objective…": a copula or a defining colon relates the claim's things.
  const copula = tokens.slice(0, first).some((t) => t.clause === clause && t.aux) || tokens.slice(0, last).some((t) => t.post.includes(':'));
  return copula || tokens.slice(first, last).some((t, k) => !used.has(first + k) && (t.aux || t.pos === 'verb'));
}

function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text[0].toLowerCase() + text.slice(1) : text;
}

/**
 * The sentences (by index) that name an idea through its terms, lists included. Lets a review tell
 * a sentence that strings several ideas' names together without claiming any of them.
 */
export function namingSentences(answer: ReadAnswer, idea: IdeaSpec): number[] {
  const c = compileIdea(idea);
  return answer.sentences
    .filter((s) => s.kind !== 'heading' && c.terms.some((term) => {
      const hit = matchClaim(term, s, undefined, true);
      return hit !== undefined && complete(hit);
    }))
    .map((s) => s.index);
}
