/**
 * Reviews a spoken-then-typed (or written) answer to a concept question against the key points an
 * interviewer listens for. Pure: no DOM. Every met point quotes the sentence that met it; a point
 * whose words appear only inside a bare list of terms ("TTL, invalidation, hit rate") is reported
 * as named, not explained, because that is how an interviewer hears it.
 *
 * This is the small interface the concept and mock pages use. When the shared notes engine
 * (issue 15) lands, `reviewConceptAnswer` can delegate to it as long as it keeps this result shape.
 */
import type { ConceptKeyPoint } from '../problems/schema';

export type ConceptFinding = {
  point: ConceptKeyPoint;
  /** met: explained in a sentence; named: only inside a bare list of terms; missed: not found. */
  status: 'met' | 'named' | 'missed';
  /** The sentence that met (or named) the point, quoted as written. */
  evidence?: string;
  /** The phrase of the key point that was found. */
  phrase?: string;
  message: string;
};

export type ConceptReview = {
  findings: ConceptFinding[];
  met: number;
  total: number;
  /** Sentences that are only a list of terms, quoted. */
  bareLists: string[];
  wordCount: number;
  /** General remarks about the answer as a whole (too short, only lists). */
  notes: string[];
};

/** Past this many words a quoted sentence is cut around the phrase so the phrase stays visible. */
const MAX_QUOTE_WORDS = 40;
/** An answer shorter than this cannot carry a "because"; the review says so. */
const SHORT_ANSWER_WORDS = 25;
/** A list item this short (in words) is a bare term. */
const TERM_MAX_WORDS = 3;
/** This many bare terms in a row make a list. */
const LIST_MIN_ITEMS = 3;

/**
 * Words that turn a string of terms into a claim: verbs and connectives people use when they
 * explain. A segment with one of these is an explanation, however short.
 */
const EXPLAINING = new Set(
  (
    'is are was were be been being am isn aren wasn weren do does did doesn don didn has have had ' +
    'can could will would should must may might shall won wouldn shouldn couldn cannot ' +
    'because so since therefore thus hence which that when whenever if unless then while whereas but though although instead otherwise ' +
    'means mean lets let allows allow makes make causes cause reduces reduce avoids avoid keeps keep needs need gives give ' +
    'gets get goes go takes take saves save helps help ensures ensure prevents prevent'
  ).split(' '),
);

/** Lower-case words, split on anything that is not a letter or a digit. */
function words(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Whether `have` is `want` up to a simple English plural: queue/queues, box/boxes, proxy/proxies. */
function sameWord(have: string, want: string): boolean {
  if (have === want || have === `${want}s` || have === `${want}es`) return true;
  return want.endsWith('y') && have === `${want.slice(0, -1)}ies`;
}

/** One word of a phrase; `prefix` when the phrase's word ended with * ("invalidat*"). */
type PhraseWord = { word: string; prefix: boolean };
type Matcher = { phrase: string; words: PhraseWord[] };

function matcher(phrase: string): Matcher {
  const parts = phrase
    .trim()
    .split(/\s+/)
    .flatMap((token) => {
      const star = token.endsWith('*');
      const ws = words(token);
      return ws.map((word, i) => ({ word, prefix: star && i === ws.length - 1 }));
    });
  return { phrase, words: parts };
}

/** Whether the phrase occurs in the word list on whole-word boundaries; its last word may be plural. */
function occursIn(m: Matcher, have: string[]): boolean {
  const n = m.words.length;
  if (n === 0) return false;
  for (let start = 0; start + n <= have.length; start++) {
    let ok = true;
    for (let k = 0; k < n && ok; k++) {
      const { word, prefix } = m.words[k];
      const w = have[start + k];
      ok = prefix ? w.startsWith(word) : k === n - 1 ? sameWord(w, word) : w === word;
    }
    if (ok) return true;
  }
  return false;
}

/** A unit of the answer: a sentence, or one line of a list. `bare` when it is part of a list of terms. */
type Segment = { text: string; words: string[]; bare: boolean };

const BULLET = /^\s*(?:[-*•·]|\d+[.)])\s+/;

/**
 * Splits an answer into sentences and list lines, and marks the bare lists: a sentence of three or
 * more short comma-separated terms with no explaining word, or three or more list lines in a row
 * that are each a short term.
 */
function segments(text: string): Segment[] {
  const out: Segment[] = [];
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    const body = line.replace(BULLET, '').trim();
    if (!body) {
      out.push({ text: '', words: [], bare: false });
      continue;
    }
    // Sentence ends: . ! ? then a space, so "99.9" stays put, except after "e.g.", "i.e.", "vs." and the like.
    for (const sentence of body.split(/(?<!\b(?:e\.g|i\.e|etc|vs|approx|incl|cf|[A-Za-z])\.)(?<=[.!?])\s+(?=\S)/)) {
      const w = words(sentence);
      if (w.length === 0) continue;
      out.push({ text: sentence.trim(), words: w, bare: isBareSentence(sentence) });
    }
  }
  // Runs of short, unexplained lines: "- TTL / - Redis / - invalidation".
  let runStart = -1;
  const closeRun = (end: number) => {
    if (runStart >= 0 && end - runStart >= LIST_MIN_ITEMS) for (let i = runStart; i < end; i++) out[i].bare = true;
    runStart = -1;
  };
  out.forEach((s, i) => {
    const term = s.words.length > 0 && s.words.length <= TERM_MAX_WORDS && !s.words.some((w) => EXPLAINING.has(w));
    if (term) {
      if (runStart < 0) runStart = i;
    } else closeRun(i);
  });
  closeRun(out.length);
  return out.filter((s) => s.words.length > 0);
}

function isBareSentence(sentence: string): boolean {
  const items = sentence
    .split(/[,;/|]|\s(?:and|or|&)\s|\s[-–—]\s/i)
    .map((item) => words(item))
    .filter((w) => w.length > 0);
  if (items.length < LIST_MIN_ITEMS) return false;
  return items.every((w) => w.length <= TERM_MAX_WORDS && !w.some((x) => EXPLAINING.has(x)));
}

/** The sentence as evidence, cut to a window around the phrase when long. */
function quote(segment: Segment, m: Matcher): string {
  const tokens = segment.text.split(/\s+/);
  if (tokens.length <= MAX_QUOTE_WORDS) return `“${segment.text}”`;
  const at = Math.max(
    0,
    tokens.findIndex((t) => words(t).some((w) => w.startsWith(m.words[0].word))),
  );
  const start = Math.max(0, Math.min(at - Math.floor(MAX_QUOTE_WORDS / 2), tokens.length - MAX_QUOTE_WORDS));
  const end = start + MAX_QUOTE_WORDS;
  return `“${start > 0 ? '… ' : ''}${tokens.slice(start, end).join(' ')}${end < tokens.length ? ' …' : ''}”`;
}

function review(point: ConceptKeyPoint, segs: Segment[]): ConceptFinding {
  const matchers = point.phrases.map(matcher);
  let named: ConceptFinding | undefined;
  // Earliest explained sentence wins; a bare-list mention only counts if nothing better exists.
  for (const seg of segs) {
    const m = matchers.find((x) => occursIn(x, seg.words));
    if (!m) continue;
    if (!seg.bare) {
      return { point, status: 'met', evidence: quote(seg, m), phrase: m.phrase, message: `${point.label}: you said it (“${m.phrase.replace(/\*$/, '…')}”).` };
    }
    named ??= {
      point,
      status: 'named',
      evidence: quote(seg, m),
      phrase: m.phrase,
      message: `${point.label}: named in a list of terms, not explained. Say what it does and why: ${point.why}`,
    };
  }
  return named ?? { point, status: 'missed', message: `${point.label}: not heard. ${point.why}` };
}

/**
 * Reviews an answer against a question's key points, one finding per point, in the question's order.
 *
 * A point is met when one of its phrases occurs, as whole words and case-insensitively, in a sentence
 * that is not a bare list of terms; the finding quotes that sentence. The review reads words, not
 * meaning: it cannot tell a right sentence from a wrong one that uses the same words, and the pages
 * say so next to the model answer.
 *
 * @param text - the answer as typed or pasted
 * @param points - the question's key points with their phrases
 */
export function reviewConceptAnswer(text: string, points: ConceptKeyPoint[]): ConceptReview {
  const segs = segments(text);
  const findings = points.map((p) => review(p, segs));
  const bareLists = segs.filter((s) => s.bare).map((s) => s.text);
  const wordCount = words(text).length;
  const notes: string[] = [];
  if (wordCount === 0) notes.push('There is no answer to review yet.');
  else if (wordCount < SHORT_ANSWER_WORDS) notes.push(`Your answer has ${wordCount} words: too short to explain a trade-off. Aim for four or five full sentences.`);
  if (bareLists.length > 0) notes.push(`${bareLists.length === 1 ? 'One line is' : `${bareLists.length} lines are`} only a list of terms. Interviewers want the why: turn each term into a sentence that says what it does.`);
  return { findings, met: findings.filter((f) => f.status === 'met').length, total: points.length, bareLists, wordCount, notes };
}
