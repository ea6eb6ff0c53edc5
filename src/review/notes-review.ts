/**
 * Reviews free-text notes the way an engineer reads them: a topic counts only when its words appear,
 * as whole words, in the section it belongs to; one line cannot carry a pile of topics; a line that
 * merely lists terms is flagged instead of credited. Pure; also reviews a single free-text answer.
 */

// The section names are shared with the problem schema, so they live below both (src/problems/design-vocabulary.ts).
import { NOTE_SECTIONS, type NoteSectionId } from '../problems/design-vocabulary';
export { NOTE_SECTIONS, type NoteSectionId };

/** A topic to look for. `section` limits where it counts; without it, any section does. */
export type NoteTopic = { id: string; label: string; keywords: string[]; section?: string | string[] };

export type TopicFinding = {
  id: string;
  met: boolean;
  /** The quoted line and its section, when met. */
  evidence?: string;
  /** Why not, naming the line when there is one. */
  hint?: string;
};
export type KeywordListLine = { section: string; text: string };
export type NotesReview = { topics: TopicFinding[]; keywordLists: KeywordListLine[] };

/** At most this many topics may be credited to one line: a line is one thought. */
export const MAX_TOPICS_PER_LINE = 2;
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

/** A unit of notes: one list item, table row or hard-wrapped paragraph, with its section. */
type Unit = { section: string; text: string; stems: string[]; words: string[] };

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

const sectionTitle = (id: string) => NOTE_SECTIONS.find((s) => s.id === id)?.title ?? (id === 'answer' ? 'the answer' : 'no section');

function unitsOf(sections: Record<string, string>): Unit[] {
  const units: Unit[] = [];
  for (const [section, text] of Object.entries(sections)) {
    let paragraph: string[] = [];
    const flush = () => {
      if (paragraph.length) {
        const joined = paragraph.join(' ').replace(/\s+/g, ' ').trim();
        const words = wordsOf(joined);
        units.push({ section, text: joined, words, stems: words.map(stem) });
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

/** Where the stems of `phrase` occur consecutively in a unit. */
function containsPhrase(unit: Unit, phrase: string[]): boolean {
  if (phrase.length === 0) return false;
  for (let i = 0; i + phrase.length <= unit.stems.length; i++) {
    let ok = true;
    for (let k = 0; k < phrase.length && ok; k++) ok = unit.stems[i + k] === phrase[k];
    if (ok) return true;
  }
  return false;
}

const phraseStems = (keyword: string) => wordsOf(keyword).map(stem);
const matchesPhrases = (unit: Unit, phrases: string[][]) => phrases.some((p) => containsPhrase(unit, p));

/** A list of terms rather than a thought: no function words, or many short comma-separated items. */
function isListLike(unit: Unit): boolean {
  const functionWords = unit.words.filter((w) => FUNCTION_WORDS.has(w)).length;
  const items = unit.text.split(/[,;/|]+/).map((s) => s.trim()).filter(Boolean);
  const avg = items.reduce((n, s) => n + wordsOf(s).length, 0) / Math.max(1, items.length);
  return (functionWords === 0 && unit.words.length >= 3) || (items.length >= 4 && avg <= 2.2 && functionWords <= 1);
}

function quote(text: string): string {
  return text.length <= MAX_QUOTE_CHARS ? `“${text}”` : `“${text.slice(0, MAX_QUOTE_CHARS - 1).trim()}…”`;
}

const allowed = (topic: NoteTopic, unit: Unit) => {
  if (!topic.section) return true;
  const list = Array.isArray(topic.section) ? topic.section : [topic.section];
  return list.includes(unit.section);
};

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
export function reviewNotes(sections: Record<string, string> | string, topics: NoteTopic[]): NotesReview {
  const units = unitsOf(typeof sections === 'string' ? { answer: sections } : sections);
  const phrases = topics.map((t) => t.keywords.map(phraseStems));
  const matching = phrases.map((p) => units.map((u, i) => (matchesPhrases(u, p) ? i : -1)).filter((i) => i !== -1));
  const keywordLists = new Set<number>();
  units.forEach((u, i) => {
    const hits = topics.filter((_, t) => matching[t].includes(i)).length;
    // Metrics and API lines are lists by nature (metric names, endpoint rows); elsewhere a list of terms is not an answer.
    const listsExpected = u.section === 'metrics' || u.section === 'api' || u.text.startsWith('|');
    if (hits >= LIST_TOPIC_THRESHOLD && !listsExpected && isListLike(u)) keywordLists.add(i);
  });
  const candidates = topics.map((t, ti) => matching[ti].filter((i) => !keywordLists.has(i) && allowed(t, units[i])));

  // Assign topics to lines, each line holding at most MAX_TOPICS_PER_LINE topics (augmenting paths).
  const load = new Map<number, number[]>();
  const assigned = new Array<number>(topics.length).fill(-1);
  const order = topics.map((_, i) => i).sort((a, b) => candidates[a].length - candidates[b].length);
  const tryAssign = (t: number, visited: Set<number>): boolean => {
    for (const line of candidates[t]) {
      if (visited.has(line)) continue;
      visited.add(line);
      const holders = load.get(line) ?? [];
      if (holders.length < MAX_TOPICS_PER_LINE) {
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
    if (assigned[t] !== -1) {
      const u = units[assigned[t]];
      return { id: topic.id, met: true, evidence: `${quote(u.text)} (${sectionTitle(u.section)})` };
    }
    const where = Array.isArray(topic.section) ? topic.section.map(sectionTitle).join(' or ') : topic.section ? sectionTitle(topic.section) : undefined;
    const listed = matching[t].find((i) => keywordLists.has(i));
    const elsewhere = matching[t].find((i) => !keywordLists.has(i) && !allowed(topic, units[i]));
    const crowded = candidates[t][0];
    let hint: string;
    if (crowded !== undefined) {
      const others = (load.get(crowded) ?? []).map((o) => topics[o].label).join(' and ');
      hint = `The line ${quote(units[crowded].text)} already covers ${others}; one line cannot cover every topic — say how you handle ${topic.label.toLowerCase()} in its own sentence`;
    } else if (listed !== undefined) {
      hint = `${topic.label} appears only in a list of terms (${quote(units[listed].text)}): this lists terms; say what you would do and why`;
    } else if (elsewhere !== undefined) {
      hint = `${topic.label} is mentioned under ${sectionTitle(units[elsewhere].section)} (${quote(units[elsewhere].text)}), but an interviewer looks for it under ${where}`;
    } else {
      hint = `The notes${where ? ` (${where})` : ''} do not mention ${topic.label.toLowerCase()} (any of ${topic.keywords.map((k) => `'${k}'`).join(', ')})`;
    }
    return { id: topic.id, met: false, hint };
  });
  return { topics: findings, keywordLists: [...keywordLists].map((i) => ({ section: units[i].section, text: units[i].text })) };
}
