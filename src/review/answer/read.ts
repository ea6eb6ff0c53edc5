/**
 * Reads an answer: Markdown structure (bullets, numbered lines, tables, headings) by line, then
 * sentences, words, lemmas and parts of speech from compromise, then clauses, negation scope,
 * dismissals, hypotheticals and bare lists on top. Pure; compromise is imported here, so a page loads
 * this module with a dynamic import.
 */
import nlp from 'compromise';
import {
  ATTRIBUTED_SUBJECTS,
  CLAUSE_OPENERS,
  CONDITIONAL_OPENERS,
  DISMISS_BEFORE,
  ABSOLUTES,
  DISMISS_WHEN_NEGATED,
  DISMISSIVE,
  DISMISSIVE_NEEDS_SPEAKER,
  DISMISSIVE_PHRASES,
  EVALUATIVE_WHEN_NEGATED,
  HEDGES,
  NEGATION_EXCEPTIONS_AFTER,
  NEGATORS,
  NO_IDIOMS_AFTER,
  OPINION_VERBS,
  PRONOUNS,
  REPORTING_VERBS,
  RULE_MODALS,
  SUBJECT_STARTERS,
  WITHOUT,
  WRONG_VIEW_NOUNS,
} from './lexicon';
import { stemsOf } from './stem';
import type { AnswerSentence, AnswerToken, Pos, ReadAnswer } from './types';

type Block = { text: string; kind: 'sentence' | 'item' | 'heading'; line: number; bullet: boolean; list?: number };

/** A unit abbreviation ending a sentence: "…within 300 ms. SLO is…". */
const UNIT_THEN_SENTENCE = /(?<=\b(?:ms|sec|secs|min|mins|hr|hrs|KB|MB|GB|TB|etc|approx)\.)\s+(?=[A-Z])/;

const BULLET = /^\s*(?:[-*•·+‣◦]|\d{1,2}[.)]|[a-zA-Z][.)])\s+/;
const TABLE_ROW = /^\s*\|.*\|\s*$/;
const TABLE_RULE = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/;
const HEADING = /^\s*(?:#{1,6}\s+.+|\*\*[^*]+\*\*:?|__[^_]+__:?)\s*$/;

/** Splits the answer into blocks by its Markdown structure: paragraphs, list items, table cells, headings. */
function blocks(text: string): Block[] {
  const out: Block[] = [];
  let para: string[] = [];
  let paraLine = 0;
  let list = 0;
  let inList = false;
  const flush = () => {
    if (para.length) out.push({ text: para.join(' '), kind: 'sentence', line: paraLine, bullet: false });
    para = [];
  };
  const item = (text: string, line: number) => {
    if (!inList) list++;
    inList = true;
    out.push({ text, kind: 'item', line, bullet: true, list });
  };
  text.replace(/\r\n?/g, '\n').split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (!line) {
      inList = false;
      return flush();
    }
    if (TABLE_RULE.test(line) && line.includes('-')) return flush();
    if (TABLE_ROW.test(line)) {
      flush();
      for (const cell of line.replace(/^\|/, '').replace(/\|$/, '').split('|')) if (cell.trim()) item(cell.trim(), i + 1);
      return;
    }
    inList = inList && BULLET.test(raw);
    if (HEADING.test(line)) {
      flush();
      out.push({ text: line.replace(/^#+\s*/, '').replace(/^(\*\*|__)|(\*\*|__):?$/g, ''), kind: 'heading', line: i + 1, bullet: false });
      return;
    }
    if (BULLET.test(raw)) {
      flush();
      item(line.replace(BULLET, '').trim(), i + 1);
      return;
    }
    if (!para.length) paraLine = i + 1;
    para.push(line);
  });
  flush();
  return out;
}

type NlpTerm = { text: string; normal?: string; root?: string; implicit?: string; tags?: Iterable<string>; post?: string; pre?: string };

function posOf(tags: Set<string>): Pos {
  if (tags.has('Negative')) return 'neg';
  if (tags.has('Pronoun')) return 'pron';
  if (tags.has('Value') || tags.has('NumericValue') || tags.has('Cardinal')) return 'num';
  if (tags.has('Verb')) return 'verb';
  if (tags.has('Noun')) return 'noun';
  if (tags.has('Adjective')) return 'adj';
  if (tags.has('Adverb')) return 'adv';
  if (tags.has('Determiner')) return 'det';
  if (tags.has('Preposition')) return 'prep';
  if (tags.has('Conjunction')) return 'conj';
  return 'other';
}

function toToken(t: NlpTerm): AnswerToken {
  const tags = new Set(t.tags ?? []);
  const implicit = t.text === '' && t.implicit ? t.implicit.toLowerCase() : '';
  const norm = (implicit || (t.normal ?? t.text).toLowerCase()).replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}%]+$/gu, '');
  // Contractions: the library keeps "don't"/"can't" as the written word with the first half as `implicit`.
  const base = !implicit && t.implicit ? t.implicit.toLowerCase() : norm;
  const lemma = (t.root ?? base).toLowerCase() || base;
  // "non-5xx", "non-blocking": a prefix, not a negation.
  const negator = norm !== 'non' && !/^non-/.test(norm) && (tags.has('Negative') || NEGATORS.has(norm) || norm === WITHOUT);
  return {
    text: t.text,
    norm: base,
    lemma,
    stems: stemsOf(base, lemma),
    pos: negator ? 'neg' : posOf(tags),
    aux: tags.has('Copula') || tags.has('Auxiliary') || tags.has('Modal'),
    negator,
    negated: false,
    dismissed: false,
    conditional: false,
    listed: false,
    clause: 0,
    post: t.post ?? '',
  };
}

/** Whether a phrase of tokens reads as a term (a noun phrase) rather than a clause. Tolerant of mis-tags. */
export function isTermPhrase(tokens: AnswerToken[]): boolean {
  const words = tokens.filter((t) => t.text !== '');
  if (words.length === 0) return true;
  if (tokens.some((t) => t.aux || t.negator || (t.pos === 'pron' && t.norm !== 'it' && words.length > 1) || t.norm === 'because')) return false;
  // "pay for", "get paged on", "store the response": a verb leading into a particle or object is an instruction.
  const second = words[1];
  if (words.length >= 2 && words[0].pos === 'verb' && !/ing$/.test(words[0].norm) && second.pos !== 'noun') return false;
  // "That caps database work…": a demonstrative opening a verbless run is a clause with a mis-tagged verb.
  if (words.length >= 3 && ['that', 'this', 'it', 'which'].includes(words[0].norm)) return false;
  // "Relational gives joins, transactions and …": a subject and a verb of giving open a claim about the list.
  if (words.length <= 3 && words.slice(1).some((t) => GIVING_VERBS.has(t.norm))) return false;
  if (words.length <= 3) return !(words.length >= 2 && words[0].pos === 'pron');
  if (words.length > 7) return false;
  // 4–7 words: a term unless a verb (not an -ing form) follows a noun or starts an instruction.
  return !words.some((t, i) => t.pos === 'verb' && !/ing$/.test(t.norm) && i > 0 && (words[i - 1].pos === 'noun' || words[i - 1].pos === 'pron' || words[i - 1].pos === 'adv'));
}

const LIST_SEPARATOR = /[,;/·•|]|\s[-–—]\s/;

/**
 * Whether a sentence is only terms: a list after an optional lead-in ("The main things are: TTL,
 * invalidation, hit rate."), "X vs Y", or a phrase without a clause ("Access patterns.").
 */
function listShape(tokens: AnswerToken[], isItem: boolean): 'bare' | 'list' | 'none' {
  const shape = listShapeOf(tokens, isItem);
  // Words are "listed" only in a sentence that is a list; "Vertical is scaling up: a bigger instance, more RAM" explains.
  if (shape === 'none') for (const t of tokens) t.listed = false;
  return shape;
}

function listShapeOf(tokens: AnswerToken[], isItem: boolean): 'bare' | 'list' | 'none' {
  const words = tokens.filter((t) => t.text !== '');
  if (words.length === 0) return 'none';
  if (words.some((t) => t.norm === 'vs' || t.norm === 'versus') && !tokens.some((t) => t.aux)) return 'bare';
  if (isBuzzSentence(words) || isBareExistential(tokens)) return 'bare';
  // Split off a lead-in ending with a colon.
  const colon = tokens.findIndex((t) => t.post.includes(':'));
  const leadIn = colon >= 0 ? tokens.slice(0, colon + 1) : [];
  const rest = colon >= 0 ? tokens.slice(colon + 1) : tokens;
  if (colon >= 0 && leadIn.filter((t) => t.text).length > 14) return 'none';
  // Items, each with how it was joined to the one before: a comma, "and"/"or", or a semicolon (a new run).
  type Item = { tokens: AnswerToken[]; join: ',' | 'and' | ';' };
  const items: Item[] = [{ tokens: [], join: ';' }];
  for (const t of rest) {
    const last = items[items.length - 1];
    if (t.norm === 'and' || t.norm === 'or' || t.norm === '&') {
      // "X, Y, and Z": the comma already opened Z's item.
      if (last.tokens.length > 0) items.push({ tokens: [], join: 'and' });
      else if (last.join === ',') last.join = 'and';
      continue;
    }
    last.tokens.push(t);
    if (/;|\s[-–—]\s/.test(t.post)) items.push({ tokens: [], join: ';' });
    else if (LIST_SEPARATOR.test(t.post)) items.push({ tokens: [], join: ',' });
  }
  const filled = items.filter((it) => it.tokens.some((t) => t.text !== ''));
  if (filled.length === 0) return colon >= 0 ? 'bare' : 'none';
  const terms = filled.map((it) => isTermPhrase(it.tokens));
  const allTerms = terms.every(Boolean);
  const short = (it: Item) => it.tokens.filter((t) => t.text).length <= 4;
  // Runs of consecutive short terms: "X, Y and Z" (three or more, or two joined by and/or) is a list.
  let isList = false;
  let longestRun = 0;
  let listEndsSentence = false;
  let runStart = -1;
  const closeRun = (end: number) => {
    if (runStart < 0) return;
    const run = filled.slice(runStart, end);
    const joinedByAnd = run.slice(1).some((it) => it.join === 'and');
    if (run.length >= 3 || (run.length >= 2 && joinedByAnd) || (colon >= 0 && run.length >= 2)) {
      isList = true;
      longestRun = Math.max(longestRun, run.length);
      if (end === filled.length) listEndsSentence = true;
      for (const it of run) for (const t of it.tokens) t.listed = true;
    }
    runStart = -1;
  };
  filled.forEach((it, k) => {
    const fits = terms[k] && short(it) && (runStart < 0 || it.join !== ';');
    if (fits && runStart < 0) runStart = k;
    else if (!fits) {
      closeRun(k);
      if (terms[k] && short(it)) runStart = k;
    }
  });
  closeRun(filled.length);
  if (colon >= 0) {
    // "Vertical: scale up, bigger instances, hardware limits." A one-word label and three or more short
    // phrases is a list even when a phrase is verb-like ("scale up", "revert the deploy").
    const label = leadIn.filter((t) => t.text);
    const plain = (it: Item) => !it.tokens.some((t) => t.aux || t.negator || t.pos === 'pron' || CLAUSE_WORDS.has(t.norm));
    // One word may be tagged a verb ("Document:", "Cache:"); a longer label with a verb is a clause.
    const labelOnly = label.length === 1 ? !label[0].aux && label[0].pos !== 'pron' : !label.some((t) => t.aux || t.pos === 'verb' || t.pos === 'pron');
    if (label.length <= 3 && labelOnly && filled.length >= 3 && filled.every((it) => short(it) && plain(it))) {
      for (const it of filled) for (const t of it.tokens) t.listed = true;
      return 'bare';
    }
    // "SLO: our internal goal for that ratio, 99.9% over a 28-day window." A short label and one or two
    // phrases, one of them four words or more, defines the label: it is not a list of terms.
    if (label.length <= 3 && filled.length <= 2 && filled.some((it) => it.tokens.filter((t) => t.text).length >= 4)) return 'none';
    if (filled.some((it) => !plain(it))) return 'none';
    // "The main things I'd want to talk through are: …" leads into a list; "…exactly like sending it once: one order, one charge." is a claim.
    return allTerms && isLeadIn(leadIn) ? 'bare' : 'none';
  }
  if (filled.length >= 3 && allTerms && filled.every(short)) return 'bare';
  if (isList && listEndsSentence) {
    // "You need TTL, invalidation and hit rate": a short lead-in makes the whole sentence a list.
    const firstListed = filled.findIndex((it) => it.tokens[0].listed);
    const lead = filled.slice(0, firstListed).flatMap((it) => it.tokens).filter((t) => t.text);
    if (lead.length <= 6 && isLeadIn(lead)) return 'bare';
    // "…there are algorithms like round robin, least connections and IP hash": a list inside a sentence.
    const before = filled[firstListed - 1]?.tokens ?? [];
    const marker = before.findLastIndex((t) => LIST_LEAD.has(t.norm));
    const tail = marker >= 0 ? before.slice(marker + 1).filter((t) => t.text) : [];
    if (tail.length > 0 && tail.length <= 4 && isTermPhrase(tail)) {
      for (const t of tail) t.listed = true;
      return 'list';
    }
    return filled.filter((it) => it.tokens[0].listed).length >= 3 ? 'list' : 'none';
  }
  // "Elasticity, statelessness, fault tolerance and cost all come into it": four or more terms strung anywhere.
  if (longestRun >= 4) return 'list';
  // A single phrase: a one-phrase sentence or a list item without a clause.
  if (filled.length === 1) return terms[0] && (isItem || words.length <= 5) ? 'bare' : 'none';
  return allTerms && (isItem || words.length <= 6) ? 'bare' : 'none';
}

/**
 * Words that rank or label an idea without saying what it does: "X is the key KPI", "X is a classic
 * trade-off", "X is the backbone of a robust checkout", "X matters".
 */
const EVALUATIVE = /^(key|important|crucial|critical|essential|vital|fundamental|central|core|main|primary|backbone|cornerstone|foundation|foundational|pillar|priority|must|must-have|first-class|classic|kpi|kpis|metric|metrics|consideration|concern|concerns|trade-?off|tradeoff|lever|best|practice|principle|paramount|huge|massive|table|stakes|game-?changer|piece|part|matter|matters|factor|north|star|name|game|rule|standard|industry|tool|answer|solution|way|question|debate|topic|problem|trade)$/;
/** Words allowed around them in such a sentence: articles, hedges, "to track", "for us", "here". */
const FILLER = /^(a|an|the|of|to|for|in|on|at|with|our|us|we|it|its|this|that|here|also|always|definitely|absolutely|basically|honestly|simply|just|so|too|all|any|every|whole|overall|one|two|most|more|such|and|or|track|watch|consider|keep|mind|get|right|go|get|design|system|systems|api|service|services|robust|scalable|reliable|resilient|modern|good|great|solid|strong|well|day|from|across|everywhere|surface|level|approach|concept|idea|pattern|patterns|first|top|number|s|off|versus|vs)$/;

/**
 * A sentence that only ranks its subject ("Hit ratio is the key KPI to track.", "Caching is a classic
 * latency-versus-freshness trade-off.", "Idempotency is the backbone of a robust checkout, and it should
 * be a first-class principle from day one."): each clause is a copula or "matters" with evaluative words
 * and no other verb, or a short verbless aside. It names, it does not claim.
 */
function isBuzzSentence(words: AnswerToken[]): boolean {
  if (words.length < 3 || words.length > 30) return false;
  if (words.some((t) => t.negator || ['because', 'since', 'if', 'when', 'so', 'which', 'means', 'meaning'].includes(t.norm))) return false;
  const clauses = new Map<number, AnswerToken[]>();
  for (const t of words) clauses.set(t.clause, [...(clauses.get(t.clause) ?? []), t]);
  let ranked = 0;
  for (const clause of clauses.values()) {
    const own = clause.filter((t) => !['and', 'but', 'or', 'also', 'plus'].includes(t.norm));
    if (isRankingClause(own)) ranked++;
    else if (own.length > 4 || own.some((t) => t.aux || (t.pos === 'verb' && !/ing$|ed$/.test(t.norm)))) return false;
  }
  return ranked > 0;
}

function isRankingClause(words: AnswerToken[]): boolean {
  const copula = words.findIndex((t) => ['is', 'are', "'s", 's', 'was', 'were', 'be', 'been', 'remains', 'becomes', 'matters', 'matter'].includes(t.norm));
  if (copula < 0 || copula > 6) return false;
  const subject = words.slice(0, copula).filter((t) => !t.aux);
  if (subject.length === 0 || subject.some((t) => t.pos === 'verb' && !/ing$/.test(t.norm)) || subject.some((t) => t.pos === 'pron' && !['it', 'this', 'that'].includes(t.norm))) return false;
  const rest = words.slice(copula + 1);
  if (rest.some((t) => t.aux)) return false;
  // No verb says what anything does ("to track" is fine), and at most a few words of substance.
  const verbs = rest.filter((t, i) => t.pos === 'verb' && !EVALUATIVE.test(t.norm) && !FILLER.test(t.norm) && rest[i - 1]?.norm !== 'to' && !/ing$|ed$/.test(t.norm));
  if (verbs.length > 0) return false;
  // A hyphenated compound counts once ("latency-versus-freshness").
  const substance = rest.filter((t, i) => rest[i - 1]?.post !== '-' && !EVALUATIVE.test(t.norm) && !EVALUATIVE.test(t.lemma) && !FILLER.test(t.norm) && (t.pos === 'noun' || t.pos === 'adj' || t.pos === 'verb'));
  if (substance.length > 3) return false;
  return rest.some((t) => EVALUATIVE.test(t.norm) || EVALUATIVE.test(t.lemma)) || words[copula].norm.startsWith('matter');
}

/** "There's also a memory cost.", "There are trade-offs.": a thing said to exist, nothing said about it. */
function isBareExistential(tokens: AnswerToken[]): boolean {
  // "There's" is "there" + an implied "is": keep the implied word here.
  if (tokens[0]?.norm !== 'there' || !tokens[1]?.aux) return false;
  const rest = tokens.slice(2).filter((t) => t.text !== '').filter((t) => !['also', 'a', 'an', 'the', 'some', 'of', 'course', 'always', 'definitely', 'obviously', 'other', 'another'].includes(t.norm));
  return rest.length > 0 && rest.length <= 3 && !rest.some((t) => t.negator || t.aux || (t.pos === 'verb' && !/ing$|ed$/.test(t.norm)) || t.pos === 'num');
}

/** Verbs that, after a subject, say what it gives: the list that follows is the claim's object. */
const GIVING_VERBS = new Set(['gives', 'give', 'offers', 'offer', 'provides', 'provide', 'supports', 'support', 'buys', 'brings', 'enables', 'guarantees']);

/** Words that make a phrase after a label a clause, not a term: "canary to one host, then 1%, … with alarms that halt". */
const CLAUSE_WORDS = new Set(['because', 'that', 'which', 'who', 'then', 'so', 'when', 'if', 'unless', 'until']);

/** Last words of a lead-in to a list: "The main things are:", "I'd look at", "Things to consider". */
const LEAD_END = new Set(['are', 'is', 'include', 'includes', 'including', 'like', 'about', 'at', 'as', 'following', 'be', 'consider', 'considering', 'need', 'weigh', 'cover', 'covers', 'discuss', 'mention', 'evaluate', 'on']);
/** Nouns that announce a list: "key considerations", "a few themes". */
const LIST_NOUNS = /^(things?|points?|factors?|considerations?|areas?|options?|concepts?|themes?|dimensions?|topics?|pieces?|ideas?|parts?|aspects?|trade-?offs?|axes|criteria|blocks?|angles?|issues?|risks?|costs?|benefits?|pros|cons|levers?)$/;

/** Whether the words before a list only announce it, rather than claim something about its items. */
function isLeadIn(lead: AnswerToken[]): boolean {
  const words = lead.filter((t) => t.text);
  if (words.length === 0) return true;
  if (words.some((t) => t.negator)) return false;
  // "That caps database work, memory and …": a demonstrative subject makes it a claim about the items.
  if (['that', 'this', 'it', 'which'].includes(words[0].norm)) return false;
  const last = words[words.length - 1].norm;
  if (LEAD_END.has(last) || LIST_LEAD.has(last) || LIST_NOUNS.test(last)) return true;
  if (words.some((t) => LIST_NOUNS.test(t.norm)) && words.length <= 14) return true;
  return !words.some((t) => t.pos === 'verb');
}

/** Words that lead into a list inside a sentence: "algorithms like X, Y and Z", "things such as X, Y, Z". */
const LIST_LEAD = new Set(['like', 'as', 'including', 'include', 'includes', 'are', 'is', 'be', 'namely', 'eg', 'e.g', 'about']);

function matchesAt(tokens: AnswerToken[], i: number, phrase: string[]): boolean {
  return phrase.every((w, k) => tokens[i + k] && (tokens[i + k].norm === w || tokens[i + k].lemma === w));
}

const DISMISS_PHRASES = DISMISS_BEFORE.map((p) => p.split(' '));
const words = (p: string) => p.split(' ');
const DISMISSIVE_RUNS = DISMISSIVE_PHRASES.map(words);
const SPEAKER_DISMISSIVE_RUNS = DISMISSIVE_NEEDS_SPEAKER.map(words);
const ABSOLUTE_RUNS = ABSOLUTES.map(words);
/** Determiners that open an object noun phrase: after "noun noun", the second noun is a mis-tagged verb. */
const OBJECT_DETERMINERS = new Set(['the', 'a', 'an', 'every', 'each', 'any', 'its', 'their', 'our', 'your', 'all']);
/** Particles of phrasal verbs: "the pipeline rolls back", "the cache fills up". */
const VERB_PARTICLES = new Set(['back', 'up', 'out', 'down', 'off', 'over', 'away']);
/** Nouns of time that name no object: "not something I'd track early on", "not for day one". */
const TIME_WORDS = new Set(['though', 'tbh', 'imo', 'on', 'now', 'today', 'day', 'start', 'first', 'v1', 'version', 'launch', 'time', 'moment', 'yet', 'early', 'later', 'stage', 'point', 'while']);
/** Verbs after a certainty that make it a necessity ("always has to", "always means"), not a claim that something is perfect. */
const NECESSITY = new Set(['has', 'have', 'had', 'must', 'needs', 'need', 'requires', 'require', 'means', 'mean', 'involves', 'involve', 'costs', 'cost']);
/** Opinion words that make a sentence the speaker's verdict: "I think X slows everything down", "imo". */
const VERDICT_WORDS = new Set(['i', 'imo', 'imho', 'honestly', 'tbh', 'frankly', 'personally', 'we', "i'd", 'd']);
/** Words that make "skip X" the speaker's choice: "I'd skip", "we could just skip", "let's skip". */
const SPEAKER = new Set(['i', 'we', 'you', 'would', 'could', 'should', 'can', 'might', 'just', 'let', 'd', 'honestly', 'simply', 'rather']);
/** Openers that may come before an imperative "Skip X". */
const HEDGE_WORDS = new Set(['honestly', 'so', 'and', 'then', 'just', 'also', 'i', 'think']);
/** Pronouns that start a new thought inside a clause. */
const SUBJECT_PRONOUNS = new Set(['i', 'we', 'you', 'they', 'he', 'she']);
/** Markers that also negate what they put aside. */
const NEGATING_MARKERS = new Set(['instead of', 'rather than', 'as opposed to']);
const STRONG_EVALUATIVE = new Set(['worth', 'necessary', 'needed', 'required', 'important', 'useful', 'helpful', 'matter', 'help', 'worthwhile', 'relevant', 'essential', 'needful']);
/** Verbs whose negation denies that their subject exists: "edge bursts don't happen", "duplicates never occur". */
const EXISTENCE_VERBS = new Set(['happen', 'occur', 'exist', 'arise', 'apply', 'matter']);
/** Nouns that, negated and closing their clause, put their subject aside: "X is not a problem", "no cold-start issue to worry about". */
const PROBLEM_NOUNS = new Set(['problem', 'issue', 'concern', 'worry']);
const AMOUNT = new Set(['much', 'anything', 'lot', 'enough', 'value', 'any', 'real', 'something']);

/** Marks clauses, negation scope, hypotheticals and dismissals on one sentence's tokens. */
function annotate(tokens: AnswerToken[], question: boolean, previous: AnswerToken[] | undefined): void {
  // Clauses.
  let clause = 0;
  tokens.forEach((t, i) => {
    if (i > 0) {
      const prev = tokens[i - 1];
      const breaks =
        /[,;:()—–]|\s-\s/.test(prev.post) ||
        // "not so important", "is so cheap": "so" is a degree there, not a new clause.
        (CLAUSE_OPENERS.has(t.norm) && !(t.norm === 'so' && (prev.negator || prev.aux) && tokens[i + 1]?.pos === 'adj')) ||
        ((t.norm === 'and' || t.norm === 'or') && tokens[i + 1] !== undefined && SUBJECT_STARTERS.has(tokens[i + 1].norm));
      if (breaks) clause++;
    }
    t.clause = clause;
  });
  const clauseTokens = (c: number) => tokens.filter((t) => t.clause === c);

  // Hypotheticals: if/unless/whether clauses, questions, "Without X, …".
  const conditionalClauses = new Set<number>();
  for (const t of tokens) if (CONDITIONAL_OPENERS.has(t.norm) && clauseTokens(t.clause)[0] === t) conditionalClauses.add(t.clause);
  if (tokens[0]?.norm === WITHOUT) conditionalClauses.add(0);
  // "…share one count, or each server would hand out its own allowance": what would happen otherwise.
  for (const t of tokens) {
    if ((t.norm === 'or' || t.norm === 'else') && clauseTokens(t.clause)[0] === t && clauseTokens(t.clause).some((x) => x.norm === 'would' || x.norm === 'd')) conditionalClauses.add(t.clause);
  }
  for (const t of tokens) t.conditional = question || conditionalClauses.has(t.clause);
  markReported(tokens);

  // "Bursts at the edge don't really happen": a negated verb of existence denies its subject too.
  tokens.forEach((t, i) => {
    if (!t.negator) return;
    const verb = tokens.slice(i + 1, i + 4).find((x) => x.text !== '' && x.clause === t.clause && EXISTENCE_VERBS.has(x.lemma));
    if (!verb) return;
    const rest = tokens.slice(tokens.indexOf(verb) + 1).filter((x) => x.clause === t.clause && x.text !== '');
    if (rest.length > 1) return;
    for (let j = i - 1; j >= 0 && tokens[j].clause === t.clause; j--) tokens[j].negated = true;
  });

  // Negation scope: from the negator to the end of its clause ("I don't think" reaches into the next clause).
  tokens.forEach((t, i) => {
    if (!t.negator) return;
    const next = tokens.slice(i + 1).find((x) => x.text !== '');
    // "not just that", "not only": written out, it adds; "we don't just get slow" still negates.
    if (
      next &&
      ((NEGATION_EXCEPTIONS_AFTER.has(next.norm) && (t.text !== '' || !['just', 'only', 'merely'].includes(next.norm))) ||
        (t.norm === 'no' && NO_IDIOMS_AFTER.has(next.norm)))
    ) {
      t.negator = false;
      t.pos = 'adv';
      return;
    }
    if (t.norm === WITHOUT && i === 0) return;
    let lastClause = t.clause;
    for (let j = i + 1; j < tokens.length && tokens[j].clause === t.clause; j++) if (OPINION_VERBS.has(tokens[j].lemma)) lastClause = t.clause + 1;
    for (let j = i + 1; j < tokens.length && tokens[j].clause <= lastClause; j++) {
      // "without" negates its noun phrase only: "queries without the key | have to ask every shard".
      if (t.norm === WITHOUT && j > i + 1 && (tokens[j].pos === 'verb' || tokens[j].aux)) break;
      tokens[j].negated = !tokens[j].negated;
    }
  });

  const dismissRest = (from: number, c: number, negate = false) => {
    for (let j = from; j < tokens.length && tokens[j].clause === c; j++) {
      // "instead of a queue I'd just call them": a new subject starts a new thought.
      if (j > from && SUBJECT_PRONOUNS.has(tokens[j].norm)) break;
      tokens[j].dismissed = true;
      // "instead of placing another order" says no other order: a negated claim there is a claim.
      if (negate) tokens[j].negated = true;
    }
  };
  // What a pronoun subject stands for: the earlier clauses of this sentence, else the previous sentence.
  const dismissAntecedent = (c: number) => {
    const earlier = tokens.filter((t) => t.clause < c);
    const target = earlier.length ? earlier : previous ?? [];
    for (const t of target) if (!t.aux) t.dismissed = true;
  };
  // A verb negated by a negator just before it (up to two words between: "don't really need"), or through a verb
  // of opinion ("I don't think we need").
  const ownNegation = (i: number) => {
    for (let j = i - 1; j >= 0 && tokens[j].clause >= tokens[i].clause - 1; j--) {
      if (tokens[j].negator) return i - j <= 3 || tokens.slice(j + 1, i).some((x) => OPINION_VERBS.has(x.lemma));
    }
    return false;
  };
  tokens.forEach((t, i) => {
    // "instead of X", "rather than X", "skip X", "no need for X", mid-sentence "without X" after a verb
    // ("we ship without canaries"). Before any verb of its clause, "without" only narrows a noun
    // ("queries without the shard key have to ask every shard"): negated, not set aside.
    const afterVerb = tokens.slice(0, i).some((x) => x.clause === t.clause && (x.pos === 'verb' || x.aux));
    if (t.norm === WITHOUT && i > 0 && !t.conditional && !t.negated && afterVerb) dismissRest(i + 1, t.clause);
    const marker = DISMISS_PHRASES.find((p) => matchesAt(tokens, i, p));
    // "I'd skip X", "we could just drop X", "Skip X": a speaker's choice. "A hit skips the database" is not.
    const spoken = NEGATING_MARKERS.has(marker?.join(' ') ?? '') || marker?.[0] === 'no' || tokens.slice(Math.max(0, i - 3), i).some((x) => SPEAKER.has(x.norm)) || tokens.slice(0, i).every((x) => x.clause !== t.clause || x.text === '' || HEDGE_WORDS.has(x.norm));
    if (marker && spoken) dismissRest(i + marker.length, t.clause, NEGATING_MARKERS.has(marker.join(' ')));
    // "we don't need X", "I wouldn't bother with X", "I don't think we need X" — the verb's own negation, not one
    // that began further back ("queries that don't carry the key have to ask every shard").
    if (t.negated && DISMISS_WHEN_NEGATED.has(t.lemma) && !t.conditional && ownNegation(i)) dismissRest(i + 1, t.clause);
    // "X isn't worth it", "they don't catch much", "X doesn't matter".
    const next = tokens.slice(i + 1).find((x) => x.text !== '');
    const evaluative =
      t.negated &&
      !t.conditional &&
      (STRONG_EVALUATIVE.has(t.lemma) || (EVALUATIVE_WHEN_NEGATED.has(t.lemma) && (!next || next.clause !== t.clause || AMOUNT.has(next.norm))));
    // "there's no cold-start problem to worry about", "staleness is not an issue", "a non-issue".
    const noProblem =
      !t.conditional &&
      PROBLEM_NOUNS.has(t.lemma) &&
      (t.negated || tokens[i - 1]?.norm === 'non') &&
      (!next || next.clause !== t.clause || ['to', 'here', 'for', 'at', 'anymore', 'really', 'either'].includes(next.norm));
    const overdone = (t.norm === 'over' || t.norm === 'overly') && /^(engineer|kill|complicat|built|build)/.test(next?.norm ?? '');
    const dismissive = !t.negated && (DISMISSIVE.has(t.lemma) || overdone) && !t.conditional;
    if (evaluative || dismissive || noProblem) {
      const own = clauseTokens(t.clause);
      const hasPronoun = own.some((x) => PRONOUNS.has(x.norm) && x.pos === 'pron' && x.norm !== 'i' && x.norm !== 'we');
      const hasNoun = own.some((x) => x.pos === 'noun' && x !== t && !PRONOUNS.has(x.norm) && x.norm !== 'i' && x.norm !== 'we');
      for (const x of own) if (x !== t) x.dismissed = true;
      if (hasPronoun && !hasNoun) dismissAntecedent(t.clause);
    }
  });

  // "X is a nice-to-have", "we can live without X", "I think X slows everything down": a negative
  // verdict on whatever its clause names (not when negated: "we can't live without X" says the opposite).
  const verdict = tokens.some((x) => VERDICT_WORDS.has(x.norm));
  tokens.forEach((t, i) => {
    if (t.conditional || t.negated || t.reported) return;
    const run = DISMISSIVE_RUNS.find((p) => matchesAt(tokens, i, p)) ?? (verdict ? SPEAKER_DISMISSIVE_RUNS.find((p) => matchesAt(tokens, i, p)) : undefined);
    if (!run) return;
    const phrase = new Set(tokens.slice(i, i + run.length));
    const own = clauseTokens(t.clause).filter((x) => !phrase.has(x));
    for (const x of own) x.dismissed = true;
    const hasNoun = own.some((x) => x.pos === 'noun' && !PRONOUNS.has(x.norm) && x.norm !== 'i' && x.norm !== 'we');
    if (!hasNoun) dismissAntecedent(t.clause);
  });
  // "I wouldn't bother." / "…, though I wouldn't bother": a verdict with no object of its own puts aside what came before.
  tokens.forEach((t, i) => {
    if (!t.negated || t.conditional || !DISMISS_WHEN_NEGATED.has(t.lemma)) return;
    // Nothing named after the verb ("…, I wouldn't bother", "not something I'd track early on").
    const after = tokens.slice(i + 1).filter((x) => x.clause === t.clause && x.text !== '' && ['noun', 'adj', 'verb', 'num', 'other'].includes(x.pos) && !PRONOUNS.has(x.norm) && !TIME_WORDS.has(x.norm) && !HEDGES.has(x.norm));
    // "X isn't something I'd worry about" names its object before the verb: the clause is about X, not what came before.
    const named = clauseTokens(t.clause).some((x) => x.pos === 'noun' && !PRONOUNS.has(x.norm) && !['something', 'anything', 'thing'].includes(x.norm));
    if (after.length === 0 && !named) dismissAntecedent(t.clause);
  });

  // Certainties: "always", "perfectly", "exactly once", "the same thing". Not when made a rule ("must always") or hedged ("not always").
  tokens.forEach((t, i) => {
    const run = ABSOLUTE_RUNS.find((p) => matchesAt(tokens, i, p));
    if (!run) return;
    const before = tokens.slice(Math.max(0, i - 3), i).filter((x) => x.clause === t.clause && (x.text !== '' || x.negator));
    if (before.some((x) => RULE_MODALS.has(x.norm))) return;
    // "There's always a biggest machine": something that exists, not a claim said without exception.
    if (before.length && before[0].norm === 'there' && before.slice(1).every((x) => x.aux)) return;
    if (before.length && before[before.length - 1].negator && t.norm !== 'never') return;
    // "we never have to pin a user": no obligation, not a certainty about the world.
    const next = tokens.slice(i + 1).find((x) => x.text !== '');
    if (t.norm === 'never' && next && ['have', 'need', 'needs', 'has', 'got'].includes(next.norm)) return;
    // "a query without the key always has to ask every shard": a necessity, not a boast.
    if (t.norm !== 'never' && next && NECESSITY.has(next.norm)) return;
    // "Always roll back first": advice in the imperative, not a claim about the world.
    if (run.length === 1 && t.norm === 'always' && next?.pos === 'verb' && tokens.slice(0, i).every((x) => x.clause !== t.clause || x.text === '' || HEDGES.has(x.norm))) return;
    for (let k = i; k < i + run.length; k++) tokens[k].absolute = true;
  });
}

/** Words that end a reported view: "people think X, but Y" claims Y. */
const REPORT_ENDS = new Set(['but', 'however', 'yet', 'whereas', 'actually']);

/**
 * A view put in someone else's mouth ("people think a fixed window smooths bursts, but…", "a common
 * myth is that…", "it's tempting to say…") is reported, not claimed: it is marked hypothetical, so it
 * neither earns credit nor contradicts, up to the "but" that turns to the writer's own view.
 */
function markReported(tokens: AnswerToken[]): void {
  const words = tokens.filter((t) => t.text !== '');
  let from = -1;
  for (let i = 0; i < words.length && from < 0; i++) {
    const w = words[i];
    const before = words.slice(Math.max(0, i - 3), i);
    const byOthers = REPORTING_VERBS.has(w.lemma) && before.some((b) => ATTRIBUTED_SUBJECTS.has(b.norm) || b.norm === 'might' || b.norm === 'tempting');
    const wrongView = WRONG_VIEW_NOUNS.has(w.lemma) && (words[i + 1]?.aux || words[i + 1]?.norm === 'that' || words[i + 1]?.norm === 'here');
    const tempting = w.norm === 'tempting' && words[i + 1]?.norm === 'to';
    if (byOthers || wrongView || tempting) from = i + 1;
  }
  if (from < 0) return;
  for (let i = from; i < words.length; i++) {
    if (REPORT_ENDS.has(words[i].norm)) break;
    words[i].conditional = true;
    words[i].reported = true;
  }
}

/**
 * Reads an answer into sentences, list items and headings, each with its words, lemmas, parts of
 * speech, clauses, negation scope, dismissals and hypotheticals, and whether it is only a bare list
 * of terms. Deterministic and synchronous; about a millisecond per sentence.
 *
 * @param text - the answer as typed or pasted (plain text or Markdown)
 */
export function readAnswer(text: string): ReadAnswer {
  const sentences: AnswerSentence[] = [];
  let words = 0;
  for (const block of blocks(text)) {
    // The library reads "300 ms. SLO is…" as one sentence (an abbreviation); a unit then a capital ends one.
    for (const piece of block.text.split(UNIT_THEN_SENTENCE)) {
    const doc = nlp(piece);
    doc.compute('root');
    // The library's own term objects: serialising them with `json()` took about half the reading time.
    const parsed = (doc as unknown as { document: NlpTerm[][] }).document;
    for (const terms of parsed) {
      const s = { text: terms.map((t) => `${t.pre ?? ''}${t.text}${t.post ?? ''}`).join('') };
      const tokens = terms.map(toToken).filter((t) => t.norm !== '' || t.text === '');
      // "cannot" is written once but read as "can" + implied "not": count its negation once.
      tokens.forEach((t, i) => {
        if (t.negator && t.text !== '' && tokens[i + 1]?.text === '' && tokens[i + 1].negator) t.negator = false;
        // The end of a hyphenated compound ("all-or-nothing", "make-or-never") negates nothing.
        if (t.negator && i > 0 && tokens[i - 1].post === '-') {
          t.negator = false;
          t.pos = 'other';
        }
      });
      // A hyphenated compound ("scale-up", "write-through", "cold-start") names a thing: the library splits it and may tag its halves as verbs.
      tokens.forEach((t, i) => {
        if (t.post === '-' && tokens[i + 1] && !t.aux && !tokens[i + 1].aux && !t.negator) {
          t.pos = 'noun';
          tokens[i + 1].pos = 'noun';
        }
      });
      // "a hit skips the database", "health checks hit every server": a word tagged a noun between a noun
      // and a determiner is the verb the library missed.
      tokens.forEach((t, i) => {
        const before = tokens[i - 1];
        const after = tokens[i + 1];
        if (t.pos === 'noun' && before?.pos === 'noun' && !before.post.trim() && !t.post.trim() && after && (OBJECT_DETERMINERS.has(after.norm) || VERB_PARTICLES.has(after.norm))) t.pos = 'verb';
      });
      const real = tokens.filter((t) => t.text !== '' && /[\p{L}\p{N}]/u.test(t.text));
      if (real.length === 0) continue;
      words += real.length;
      const sentenceText = s.text.trim();
      const kind: AnswerSentence['kind'] = block.kind === 'heading' || (block.kind === 'sentence' && /:\s*$/.test(sentenceText) && real.length <= 8) ? 'heading' : block.kind;
      annotate(tokens, /\?\s*$/.test(sentenceText), sentences[sentences.length - 1]?.tokens);
      const shape = kind === 'heading' ? 'none' : listShape(tokens, block.bullet);
      sentences.push({
        index: sentences.length,
        text: sentenceText,
        tokens,
        kind,
        bare: shape === 'bare',
        ...(shape === 'list' ? { hasList: true } : {}),
        line: block.line,
        ...(block.list ? { list: block.list } : {}),
      });
    }
    }
  }
  return { text, sentences, words };
}

/**
 * The parts of an answer that are only lists of terms, quoted as written: consecutive bare list items
 * are joined into one quote ("TTL · invalidation · hit rate"). Empty when every line makes a claim.
 */
export function findBareLists(answer: ReadAnswer): string[] {
  const out: string[] = [];
  let run: AnswerSentence[] = [];
  const close = () => {
    if (run.length) out.push(run.map((s) => s.text.replace(/[.;,]\s*$/, '')).join(' · '));
    run = [];
  };
  for (const s of answer.sentences) {
    if (s.kind === 'heading') continue;
    if (s.bare && s.kind === 'item') {
      if (run.length && run[run.length - 1].list !== s.list) close();
      run.push(s);
      continue;
    }
    close();
    if (s.bare || s.hasList) out.push(s.text);
  }
  close();
  return out;
}
