/**
 * Reviews free-text notes the way an engineer reads them: a topic counts when the notes say it, in
 * any section (the section where an interviewer expects it only changes the advice), as whole words
 * in any word form; a negated or dismissed idea ("we skip retries", "dedupe is out of scope") and a
 * question ("Alerts in scope?") claim nothing; one line cannot carry a pile of topics; a line that
 * merely lists terms is flagged instead of credited. Pure; also reviews a single free-text answer.
 */

// The section names are shared with the problem schema, so they live below both (src/problems/design-vocabulary.ts).
import { NOTE_SECTIONS, type NoteSectionId } from '../problems/design-vocabulary';
export { NOTE_SECTIONS, type NoteSectionId };

/**
 * A topic to look for. `section` is where an interviewer expects it (it counts anywhere; the section
 * only changes the advice). `refutedBy` states the hole itself: claimed anywhere, it fails the topic.
 */
export type NoteTopic = {
  id: string;
  label: string;
  keywords: string[];
  /** Paraphrases in the answer reader's claim syntax (CONTRIBUTING.md, "Claims"): any one explained in a line counts. */
  claims?: string[];
  section?: string | string[];
  refutedBy?: string[];
  /** Met unless `refutedBy` states the hole: for holes a good design need not mention. */
  onlyWhenStated?: boolean;
  /** Design choices that imply the hole: stated while no line states the remedy, they fail the topic. */
  impliedBy?: string[];
  /** The interviewer's question when nothing is said either way: the topic needs evidence, and silence is "unsure". */
  ask?: string;
};

/** The answer reader (src/review/answer), passed in so that its NLP library loads only where a page asks for it. */
export type AnswerReader = Pick<typeof import('./answer'), 'readAnswer' | 'judgeIdea'>;

export type TopicFinding = {
  id: string;
  met: boolean;
  /** Not met, and not failed either: nothing in the draft says either way (topics that `ask`). */
  unsure?: boolean;
  /** The quoted line and its section, when met. */
  evidence?: string;
  /** Why not, naming the line when there is one. */
  hint?: string;
};
export type KeywordListLine = { section: string; text: string };
export type NotesReview = {
  topics: TopicFinding[];
  keywordLists: KeywordListLine[];
  /** Lines of prose sections (not API, data model, metrics or the diagram) that say something in a sentence, and those that only list terms. */
  prose: { sentences: number; lists: number };
};

/** At most this many topics may be credited to one sentence of a line: a sentence is one thought. */
export const MAX_TOPICS_PER_LINE = 2;
/** How many topics a unit can carry: two per sentence it holds. */
const capacityOf = (unit: Unit) => MAX_TOPICS_PER_LINE * Math.max(1, unit.text.split(/(?<=[.!?])\s+(?=[A-Z0-9`*"“(])/).filter((x) => /\w/.test(x)).length);
/** A line that matches this many topics and reads as a list of terms is flagged. */
const LIST_TOPIC_THRESHOLD = 3;
const MAX_QUOTE_CHARS = 160;

/** Words that make a line a sentence rather than a list of terms. */
const FUNCTION_WORDS = new Set(
  'a an the to of for in on at by with from into we i you it its is are be been was were will would should must can could so because since when if then than but not no each every per that which this these those our their they them who what why how as only all any do does did use uses using keep keeps make makes let lets until after before while also via instead rather'.split(' '),
);

/** Light English stemming, so "alerting" meets "alert" and "caching" meets "cache", but "conversion" never meets "version". */
export function stem(word: string): string {
  let w = word.toLowerCase();
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.length > 5 && w.endsWith('ing')) {
    w = w.slice(0, -3);
    if (/([b-df-hj-np-tv-z])\1$/.test(w)) w = w.slice(0, -1);
  } else if (w.length > 4 && w.endsWith('ed')) {
    w = w.slice(0, -2);
    if (/([b-df-hj-np-tv-z])\1$/.test(w)) w = w.slice(0, -1);
  } else if (w.length > 4 && /(s|x|ch|sh)es$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us')) w = w.slice(0, -1);
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

/** Words of a text for matching: letters and digits, lower case, no CamelCase split (notes are prose). */
const wordsOf = (text: string) =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/** A clause of a sentence: what one negation can reach. */
type Clause = { text: string; words: string[]; stems: string[] };
/** A unit of notes: one list item, table row or hard-wrapped paragraph, with its section. */
type Unit = { section: string; text: string; stems: string[]; words: string[]; clauses: Clause[] };

/** Words that negate or dismiss what follows them in a clause ("we don't retry", "no dedupe", "skip the cache"). */
const NEGATORS = new Set(['not', 'no', 'never', 'without', 'nor', 'neither', 'skip', 'skips', 'skipping', 'skipped', 'ignore', 'ignores', 'ignoring', 'ignored', 'drop', 'dropping', 'forgo', 'omit', 'omitting', 'lack', 'lacks', 'lacking', 'none', 'nothing', 'nobody', 'unnecessary', 'needless']);
/** Contractions split by the tokenizer: "don't" → "don", "t". */
const NEGATED_AUX = new Set(['don', 'doesn', 'didn', 'isn', 'aren', 'wasn', 'weren', 'won', 'wouldn', 'shouldn', 'can', 'couldn', 'haven', 'hasn', 'needn', 'mustn']);
/** What dismisses an idea when it follows it: "retries are out of scope", "a cache is not needed". */
const DISMISSED_AFTER = /^(\S+ ){0,3}?(is |are |was |were |isn t |aren t |seems |feel |feels |would be )?(out of scope|not (needed|required|necessary|in scope|worth|a concern|an issue|our problem|for v1|planned)|t (needed|required|necessary|in scope|worth|planned)|unnecessary|overkill|over engineering|left out|deferred|for later|a later phase|v2 only|a non goal|non goal)\b/;
/**
 * Words naming a problem rather than a remedy: negating them states the remedy ("no duplicate orders",
 * "never stale"), so a negation before them does not cancel the claim.
 */
const PROBLEM_WORDS = new Set(['duplicate', 'duplicates', 'duplicated', 'double', 'twice', 'stale', 'staleness', 'late', 'lost', 'loss', 'outage', 'outages', 'downtime', 'failure', 'failures', 'skew', 'hot', 'spike', 'spikes', 'abuse', 'fraud', 'leak', 'leaks', 'race', 'races', 'conflict', 'conflicts', 'overload', 'surprise', 'surprises', 'spam', 'flicker', 'flip', 'accidental', 'error', 'errors', 'single', 'more', 'than', 'over', 'above', 'longer', 'later']);

/**
 * Splits Markdown notes into sections by their `##` headings (matched to the six section titles by
 * their first word: "## API", "## Data model", "## Non-functional …"). Text before any heading, or
 * under an unknown heading, goes to `other`.
 */
export function splitNoteSections(markdown: string): Record<string, string> {
  const out: Record<string, string> = {};
  let current = 'other';
  for (const line of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    const heading = /^#{1,3}\s+(.+?)\s*#*\s*$/.exec(line);
    if (heading) {
      current = sectionIdOf(heading[1]) ?? 'other';
      continue;
    }
    out[current] = out[current] === undefined ? line : `${out[current]}\n${line}`;
  }
  return out;
}

function sectionIdOf(title: string): string | undefined {
  const t = title.toLowerCase();
  if (/^(functional )?requirement|^clarif|^scope|^assumption/.test(t)) return 'requirements';
  if (/^api|^endpoints|^interface/.test(t)) return 'api';
  if (/^data|^schema|^storage model/.test(t)) return 'data-model';
  if (/^trade|^alternatives|^decisions/.test(t)) return 'trade-offs';
  if (/^non[- ]?functional|^nfr|^scale|^reliability/.test(t)) return 'nfrs';
  if (/^metric|^success|^measur|^kpi/.test(t)) return 'metrics';
  return undefined;
}

const sectionTitle = (id: string) => NOTE_SECTIONS.find((s) => s.id === id)?.title ?? (id === 'answer' ? 'the answer' : id === 'diagram' ? 'the diagram' : 'no section');

/**
 * The clauses of a unit that claim something: a sentence that asks ("Alerts in scope?") claims
 * nothing; clauses split at commas, semicolons, dashes and "but", so a negation reaches its own clause only.
 */
function claimsOf(text: string): Clause[] {
  const clauses: Clause[] = [];
  // Sentences end at . ! ? followed by a space or the end; "p99." and "v1.2" stay whole.
  const sentences = text.split(/(?<=[.!?])\s+(?=[A-Z0-9`*"“(])/);
  sentences.forEach((sentence, i) => {
    // A question claims nothing, unless the next sentence answers it "Yes".
    if (/\?\s*[)"”*_`]*\s*$/.test(sentence) && !/^\W*(yes|yep|yeah|correct|right|always)\b/i.test(sentences[i + 1] ?? '')) return;
    for (const clause of sentence.split(/\s*(?:[,;:()]|\s[-–—]+\s|\bbut\b|\bhowever\b|\bwhereas\b|\bwhile\b)\s*/i)) {
      const words = wordsOf(clause);
      if (words.length) clauses.push({ text: clause, words, stems: words.map(stem) });
    }
  });
  return clauses;
}

function unitsOf(sections: Record<string, string>): Unit[] {
  const units: Unit[] = [];
  for (const [section, text] of Object.entries(sections)) {
    let paragraph: string[] = [];
    const flush = () => {
      if (paragraph.length) {
        const joined = paragraph.join(' ').replace(/\s+/g, ' ').trim();
        const words = wordsOf(joined);
        units.push({ section, text: joined, words, stems: words.map(stem), clauses: claimsOf(joined) });
      }
      paragraph = [];
    };
    for (const raw of (text ?? '').split('\n')) {
      const line = raw.trim();
      // A blank line, a new list item or a table row starts a new unit; a plain line continues a wrapped paragraph.
      if (!line || /^([-*+]|\d+[.)]|\|)\s*/.test(line)) flush();
      if (line && !/^\|?\s*:?-{3,}/.test(line)) paragraph.push(line.replace(/^([-*+]|\d+[.)])\s+/, ''));
      // A line that ends a sentence ends the unit: notes typed in a box put one thought per line.
      if (/[.!?:;]\s*$/.test(line)) flush();
    }
    flush();
  }
  return units;
}

/**
 * Where a phrase occurs in a clause: its stems consecutively, or its words run together or apart
 * ("fallback" = "falls back" = "fall-back", "dead letter" = "deadletter"). Returns [start, end) or undefined.
 */
function findPhrase(clause: Clause, phrase: string[] | RegExp): [number, number] | undefined {
  if (phrase instanceof RegExp) {
    const m = phrase.exec(clause.text);
    if (!m) return undefined;
    const start = wordsOf(clause.text.slice(0, m.index)).length;
    return [start, start + Math.max(1, wordsOf(m[0]).length)];
  }
  if (phrase.length === 0) return undefined;
  for (let i = 0; i + phrase.length <= clause.stems.length; i++) {
    let ok = true;
    for (let k = 0; k < phrase.length && ok; k++) ok = clause.stems[i + k] === phrase[k];
    if (ok) return [i, i + phrase.length];
  }
  const squashed = phrase.join('');
  if (squashed.length < 5) return undefined;
  const runs = runsOf(clause);
  for (let i = 0; i < clause.stems.length; i++) {
    if (clause.stems[i] === squashed) return [i, i + 1];
    for (let len = 2; len <= 3 && i + len <= clause.stems.length; len++) {
      const r = runs[len - 2][i];
      if (r.stems === squashed || r.joined === squashed) return [i, i + len];
    }
  }
  return undefined;
}

const RUNS = new WeakMap<Clause, { stems: string; joined: string }[][]>();
/** Two- and three-word runs of a clause, run together ("falls back" → "fallback"), computed once per clause. */
function runsOf(clause: Clause): { stems: string; joined: string }[][] {
  let runs = RUNS.get(clause);
  if (!runs) {
    runs = [2, 3].map((len) => clause.words.map((_, i) => (i + len <= clause.words.length ? { stems: clause.stems.slice(i, i + len).join(''), joined: stem(clause.words.slice(i, i + len).join('')) } : { stems: '', joined: '' })));
    RUNS.set(clause, runs);
  }
  return runs;
}

/** Whether the clause negates or dismisses the words at [start, end): "we do not retry", "no cache", "retries are out of scope". */
function negated(clause: Clause, [start, end]: [number, number]): boolean {
  const phraseWords = clause.words.slice(start, end);
  if (phraseWords.some((w) => PROBLEM_WORDS.has(w))) return false;
  for (let i = Math.max(0, start - 4); i < start; i++) {
    const w = clause.words[i];
    if (NEGATORS.has(w) || (w === 't' && i > 0 && NEGATED_AUX.has(clause.words[i - 1])) || w === 'cannot') {
      // "not only", "no more than", "no later than" keep the claim.
      if (w === 'not' && clause.words[i + 1] === 'only') continue;
      if (w === 'no' && (clause.words[i + 1] === 'more' || clause.words[i + 1] === 'later' || clause.words[i + 1] === 'longer')) continue;
      return true;
    }
  }
  return DISMISSED_AFTER.test(clause.words.slice(end, end + 8).join(' '));
}

/** A keyword as stems, or as a regular expression when it starts with `re:`. */
const phraseStems = (keyword: string): string[] | RegExp => (keyword.startsWith('re:') ? new RegExp(keyword.slice(3), 'i') : wordsOf(keyword).map(stem));
/** Whether a unit claims one of the phrases: found in a clause that states it, not negated, dismissed or asked. */
const matchesPhrases = (unit: Unit, phrases: (string[] | RegExp)[]) =>
  phrases.some((p) =>
    unit.clauses.some((c) => {
      const at = findPhrase(c, p);
      return at !== undefined && !negated(c, at);
    }),
  );
/** Whether the phrase appears at all (for the list check, which must see a pile of terms even when negated). */
const WHOLE = new WeakMap<Unit, Clause>();
const wholeOf = (unit: Unit): Clause => {
  let c = WHOLE.get(unit);
  if (!c) WHOLE.set(unit, (c = { text: unit.text, words: unit.words, stems: unit.stems }));
  return c;
};
const mentionsPhrases = (unit: Unit, phrases: (string[] | RegExp)[]) => phrases.some((p) => findPhrase(wholeOf(unit), p) !== undefined);
/** A clause about what happens when something fails ("falls back to local counters if Redis is down") states a fallback, not the design. */
const FALLBACK_CONTEXT = /\b(fall(s|ing)? ?back|fallback|degrade[sd]?|if .{0,40}\b(is|are|goes|go)? ?(down|unavailable|unreachable|fails?|slow)|when .{0,40}\b(down|unavailable|unreachable|fails?)|during an outage|as a backup|backstop)\b/i;
/** The unit that claims a refuting phrase outside a fallback, if any. */
const HYPOTHETICAL = /\b(would|could|might|vs\.?|versus|instead of|rather than|alternative|compared|if we|option|considered|rejected)\b/i;
/** The first line that states the hole, outside a fallback, a comparison, or a line that also states the remedy. */
const refutingUnit = (units: Unit[], phrases: (string[] | RegExp)[], remedy: (string[] | RegExp)[], claimed: (i: number) => boolean) =>
  units.findIndex(
    (unit, i) =>
      !FALLBACK_CONTEXT.test(unit.text) &&
      !claimed(i) &&
      // Judged sentence by sentence: a remedy in the same sentence answers the hole, one in the next sentence does not
      // ("Assignment hashes the user id. On a ramp we draw a new seed.").
      // A regular expression may also look across the whole line ("price … TTL 24 hours") when no remedy is in it.
      [unit, ...sentencesOf(unit)].some((u) => !matchesPhrases(u, remedy) && statesAny(u, phrases)),
  );
const SENTENCES = new WeakMap<Unit, Unit[]>();
/** The sentences of a unit (split where claims split them), each read as a unit of its own. */
function sentencesOf(unit: Unit): Unit[] {
  let list = SENTENCES.get(unit);
  if (!list) {
    const parts = unit.text.split(/(?<=[.!?])\s+(?=[A-Z0-9`*"“(])/).filter((t) => /\w/.test(t));
    list = parts.length <= 1 ? [unit] : parts.map((text) => ({ section: unit.section, text, words: wordsOf(text), stems: wordsOf(text).map(stem), clauses: claimsOf(text) }));
    SENTENCES.set(unit, list);
  }
  return list;
}
const statesAny = (u: Unit, phrases: (string[] | RegExp)[]) =>
      phrases.some((p) =>
        // A regular expression may look across the whole line ("price … TTL 24 hours"); words are claimed clause by clause.
        p instanceof RegExp
          ? p.test(u.text) && !u.clauses.every((c) => HYPOTHETICAL.test(c.text))
          : u.clauses.some((c) => {
              const at = findPhrase(c, p);
              return at !== undefined && !negated(c, at) && !HYPOTHETICAL.test(c.text);
            }),
      );

/** A list of terms rather than a thought: no function words, or many short comma-separated items. */
function isListLike(unit: Unit): boolean {
  const functionWords = unit.words.filter((w) => FUNCTION_WORDS.has(w)).length;
  const items = unit.text.split(/[,;/|]+/).map((s) => s.trim()).filter(Boolean);
  const avg = items.reduce((n, s) => n + wordsOf(s).length, 0) / Math.max(1, items.length);
  return (functionWords === 0 && unit.words.length >= 3) || (items.length >= 4 && avg <= 2.2 && functionWords <= 1);
}

function quote(raw: string): string {
  // A table row reads as its cells, without the Markdown around them.
  const text = raw.startsWith('|') ? raw.replace(/^\|\s*|\s*\|$/g, '').replace(/\s*\|\s*/g, ' — ').replace(/`/g, '') : raw;
  return text.length <= MAX_QUOTE_CHARS ? `“${text}”` : `“${text.slice(0, MAX_QUOTE_CHARS - 1).trim()}…”`;
}

const allowed = (topic: NoteTopic, unit: Unit) => {
  if (!topic.section) return true;
  const list = Array.isArray(topic.section) ? topic.section : [topic.section];
  return list.includes(unit.section);
};

/**
 * What the answer reader says about each line, read once per line: whether it explains one of a
 * topic's claims, and whether it denies or sets aside one of its keywords ("dedupe is overkill").
 * Without a reader, nothing is claimed and nothing denied: the word matching decides alone.
 */
function readerFor(units: Unit[], reader?: AnswerReader) {
  if (!reader) return { claims: () => false, denies: () => false };
  const answers = new Map<number, ReturnType<AnswerReader['readAnswer']>>();
  const answerOf = (i: number) => {
    let a = answers.get(i);
    if (!a) answers.set(i, (a = reader.readAnswer(units[i].text)));
    return a;
  };
  const claimIdea = new Map<string, Parameters<AnswerReader['judgeIdea']>[1]>();
  const termIdea = new Map<string, Parameters<AnswerReader['judgeIdea']>[1]>();
  return {
    claims(i: number, topic: NoteTopic): boolean {
      // Paraphrases are read in the notes' sentences; diagram labels are too terse for them (keywords still count there).
      if (!topic.claims?.length || units[i].section === 'diagram' || units[i].words.length < 4) return false;
      let idea = claimIdea.get(topic.id);
      if (!idea) claimIdea.set(topic.id, (idea = { id: topic.id, label: topic.label, why: topic.label, claims: topic.claims }));
      return reader.judgeIdea(answerOf(i), idea).status === 'explained';
    },
    denies(i: number, topic: NoteTopic): boolean {
      let idea = termIdea.get(topic.id);
      if (!idea) {
        // A keyword as a claim of one slot, its words joined: "idempotency key" → "=idempotency_key".
        // Keywords that carry their own negation ("never from the path") state the remedy: they cannot be denied.
        const claims = topic.keywords
          .filter((k) => !k.startsWith('re:') && !wordsOf(k).some((w) => NEGATORS.has(w)))
          .map((k) => `=${wordsOf(k).join('_')}`)
          .filter((k) => k.length > 1);
        termIdea.set(topic.id, (idea = { id: topic.id, label: topic.label, why: topic.label, claims }));
      }
      return idea.claims.length > 0 && reader.judgeIdea(answerOf(i), idea).status === 'contradicted';
    },
  };
}

/**
 * Reviews notes against topics. A topic is met by a line (list item, table row or paragraph) of an
 * allowed section that contains one of its keywords as whole words (light stemming: "alerting"
 * meets "alert", "per-seller" meets "per seller"). Each line is credited to at most
 * {@link MAX_TOPICS_PER_LINE} topics (a best assignment, so topics share lines fairly). A line that
 * reads as a bare list of terms and matches several topics is flagged and credits none of them.
 *
 * @param sections - the notes by section id (`splitNoteSections` for Markdown), or one free-text answer
 * @param topics - what to look for; a topic without `section` counts anywhere
 * @returns one finding per topic, in order, with evidence or a hint that names the line; flagged lines
 */
export function reviewNotes(sections: Record<string, string> | string, topics: NoteTopic[], reader?: AnswerReader): NotesReview {
  const units = unitsOf(typeof sections === 'string' ? { answer: sections } : sections);
  const phrases = topics.map((t) => t.keywords.map(phraseStems));
  const read = readerFor(units, reader);
  const mentioning = phrases.map((p, t) => units.map((u, i) => (mentionsPhrases(u, p) || read.claims(i, topics[t]) ? i : -1)).filter((i) => i !== -1));
  const matching = phrases.map((p, t) => mentioning[t].filter((i) => read.claims(i, topics[t]) || (matchesPhrases(units[i], p) && !read.denies(i, topics[t]))));
  const keywordLists = new Set<number>();
  const bareLists = new Set<number>();
  units.forEach((u, i) => {
    const hits = topics.filter((_, t) => mentioning[t].includes(i)).length;
    // Metrics and API lines are lists by nature (metric names, endpoint rows); elsewhere a list of terms is not an answer.
    const listsExpected = ['metrics', 'api', 'data-model', 'diagram'].includes(u.section) || u.text.startsWith('|');
    // (Diagram labels are terse by nature, but a label stuffed with terms is still a list.)
    if (hits >= LIST_TOPIC_THRESHOLD && !listsExpected && isListLike(u)) keywordLists.add(i);
    // A bare list of terms claims nothing anywhere, even when it names only one or two topics.
    else if (hits >= 1 && !u.text.startsWith('|') && !(u.section === 'data-model' && /[:=(→]/.test(u.text)) && isListLike(u)) bareLists.add(i);
  });
  // Any section counts; lines in the section where an interviewer expects the topic are tried first.
  const stated = topics.map((t, ti) => (t.refutedBy?.length ? refutingUnit(units, t.refutedBy.map(phraseStems), phrases[ti], (i) => read.claims(i, t)) : -1));
  // A choice that implies the hole ("list ids are sequential") fails the topic only when no line anywhere states the remedy.
  const remedied = (ti: number) => matching[ti].some((i) => !keywordLists.has(i) && !bareLists.has(i));
  const implied = topics.map((t, ti) => (stated[ti] === -1 && t.impliedBy?.length && !remedied(ti) ? refutingUnit(units, t.impliedBy.map(phraseStems), phrases[ti], (i) => read.claims(i, t)) : -1));
  const refuted = topics.map((_, ti) => (stated[ti] !== -1 ? stated[ti] : implied[ti]));
  const candidates = topics.map((t, ti) => {
    // A hole checked only when stated needs no line of its own: it must not take a line from a topic that does.
    if (refuted[ti] !== -1 || t.onlyWhenStated) return [];
    const usable = matching[ti].filter((i) => !keywordLists.has(i) && !bareLists.has(i));
    return [...usable.filter((i) => allowed(t, units[i])), ...usable.filter((i) => !allowed(t, units[i]))];
  });

  // Assign topics to lines, each sentence of a line holding at most MAX_TOPICS_PER_LINE topics (augmenting paths).
  const load = new Map<number, number[]>();
  const assigned = new Array<number>(topics.length).fill(-1);
  const order = topics.map((_, i) => i).sort((a, b) => candidates[a].length - candidates[b].length);
  const tryAssign = (t: number, visited: Set<number>): boolean => {
    for (const line of candidates[t]) {
      if (visited.has(line)) continue;
      visited.add(line);
      const holders = load.get(line) ?? [];
      if (holders.length < capacityOf(units[line])) {
        load.set(line, [...holders, t]);
        assigned[t] = line;
        return true;
      }
      for (const other of holders) {
        if (tryAssign(other, visited)) {
          load.set(line, [...(load.get(line) ?? []).filter((h) => h !== other), t]);
          assigned[t] = line;
          return true;
        }
      }
    }
    return false;
  };
  for (const t of order) if (candidates[t].length) tryAssign(t, new Set());

  const findings = topics.map((topic, t): TopicFinding => {
    const where = Array.isArray(topic.section) ? topic.section.map(sectionTitle).join(' or ') : topic.section ? sectionTitle(topic.section) : undefined;
    if (assigned[t] !== -1) {
      const u = units[assigned[t]];
      const advice = allowed(topic, u) ? '' : `; an interviewer would look for it under ${where}`;
      const who = u.section === 'diagram' ? 'The diagram says' : u.section === 'answer' ? 'The answer says' : 'The notes say';
      return { id: topic.id, met: true, evidence: `${who} ${quote(u.text)} (${sectionTitle(u.section)}${advice}).` };
    }
    if (topic.onlyWhenStated && refuted[t] === -1) {
      const remedy = matching[t][0];
      return remedy !== undefined
        ? { id: topic.id, met: true, evidence: `${units[remedy].section === 'diagram' ? 'The diagram says' : 'The notes say'} ${quote(units[remedy].text)}.` }
        : { id: topic.id, met: true, evidence: `Nothing in the diagram or the notes goes against this: ${topic.label.charAt(0).toLowerCase()}${topic.label.slice(1).replace(/[.\s]+$/, '')}.` };
    }
    const listed = mentioning[t].find((i) => keywordLists.has(i) || bareLists.has(i));
    // A topic that asks for evidence is failed as dismissed only when one clause says it and denies it; a phrase
    // found only across clauses is no evidence either way.
    const saidInAClause = (i: number) => !topic.ask || units[i].clauses.some((c) => phrases[t].some((p) => findPhrase(c, p) !== undefined));
    const dismissed = mentioning[t].find((i) => !keywordLists.has(i) && !bareLists.has(i) && !matching[t].includes(i) && saidInAClause(i));
    const crowded = candidates[t][0];
    let hint: string;
    if (refuted[t] !== -1) {
      const says = `The ${units[refuted[t]].section === 'diagram' ? 'diagram says' : 'notes say'} ${quote(units[refuted[t]].text)}`;
      hint =
        implied[t] !== -1
          ? `${says}, and nothing in the design makes up for it: ${topic.label.charAt(0).toLowerCase()}${topic.label.slice(1)}`
          : `${says}, which goes against this: ${topic.label.charAt(0).toLowerCase()}${topic.label.slice(1)}`;
    } else if (crowded !== undefined) {
      const others = (load.get(crowded) ?? []).map((o) => topics[o].label).join(' and ');
      hint = `The line ${quote(units[crowded].text)} already covers ${others}; one line cannot cover every topic — say how you handle ${topic.label.toLowerCase()} in its own sentence`;
    } else if (listed !== undefined) {
      hint = `${topic.label} appears only in a list of terms (${quote(units[listed].text)}): a list earns nothing; say what you would do and why`;
    } else if (dismissed !== undefined) {
      hint = `${topic.label} is mentioned only as a question, or as something the design does not do (${quote(units[dismissed].text)})`;
    } else if (topic.ask) {
      // No evidence either way: an interviewer would ask, not fail it outright.
      return { id: topic.id, met: false, unsure: true, hint: `Nothing in the diagram or the notes shows it either way. An interviewer would ask: “${topic.ask}”` };
    } else {
      const examples = topic.keywords.filter((k) => !k.startsWith('re:')).slice(0, 4);
      hint = `Nothing in the notes${where ? ` (an interviewer looks under ${where})` : ''} says how the design handles ${topic.label.toLowerCase()}${examples.length ? ` (for example: ${examples.map((k) => `“${k}”`).join(', ')})` : ''}`;
    }
    return { id: topic.id, met: false, hint };
  });
  const proseUnits = units.filter((u) => !['api', 'data-model', 'metrics', 'diagram'].includes(u.section) && u.words.length >= 3);
  const lists = proseUnits.filter((u) => isListLike(u)).length;
  return {
    topics: findings,
    keywordLists: [...keywordLists].map((i) => ({ section: units[i].section, text: units[i].text })),
    prose: { sentences: proseUnits.length - lists, lists },
  };
}
