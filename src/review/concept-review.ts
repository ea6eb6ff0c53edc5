/**
 * Reviews a spoken-then-typed (or written) answer to a concept question against the key points an
 * interviewer listens for, with the answer reader (`./answer`): a point is explained only when a
 * sentence claims it; mentioned when it is only named (or sits in a bare list); contradicted when a
 * sentence states a misconception or sets it aside; missed otherwise. Pure: no DOM. It imports the
 * reader (and so compromise): pages load it with a dynamic import.
 */
import type { ConceptKeyPoint } from '../problems/schema';
import { findBareLists, judgeIdea, namingSentences, quoteSentence, readAnswer, type IdeaStatus } from './answer';

export type ConceptFinding = {
  point: ConceptKeyPoint;
  status: IdeaStatus;
  /** The reader could not tell; the message shows the point's why beside the quote. Never a gap. */
  unsure?: boolean;
  /** The sentence the verdict rests on, quoted as written. */
  evidence?: string;
  message: string;
};

export type ConceptReview = {
  findings: ConceptFinding[];
  /** Points explained (the only status that counts as met). */
  met: number;
  total: number;
  /** Lines that are only a list of terms, quoted. */
  bareLists: string[];
  wordCount: number;
  /** General remarks about the answer as a whole (too short, only lists, undecided points). */
  notes: string[];
};

/** A sentence naming this many key points without explaining one is a keyword pile in sentence form. */
const NAMES_IN_A_PILE = 4;
/** Fewer words than this per key point named, and the sentence cannot be explaining them. */
const WORDS_PER_NAMED_POINT = 8;
/** An answer shorter than this cannot carry a "because"; the review says so. */
const SHORT_ANSWER_WORDS = 25;

/**
 * Whether a finding is a gap to work on: not explained and not undecided. An unsure finding is never a
 * gap, on the scorecard or in "practise next".
 */
export function isGap(finding: { status: IdeaStatus; unsure?: boolean }): boolean {
  return finding.status !== 'explained' && !finding.unsure;
}

/**
 * Reviews an answer against a question's key points, one finding per point in the question's order.
 *
 * @param text - the answer as typed or pasted (plain text or Markdown)
 * @param points - the question's key points (claims, terms, misconceptions)
 */
export function reviewConceptAnswer(text: string, points: ConceptKeyPoint[]): ConceptReview {
  const answer = readAnswer(text);
  // A sentence that names many key points in few words strings terms together: it earns no credit.
  const named = new Map<number, number>();
  for (const point of points) for (const i of namingSentences(answer, point)) named.set(i, (named.get(i) ?? 0) + 1);
  const crammed = answer.sentences.filter((s) => {
    const n = named.get(s.index) ?? 0;
    return !s.bare && n >= NAMES_IN_A_PILE && s.tokens.filter((t) => t.text).length < n * WORDS_PER_NAMED_POINT;
  });
  for (const s of crammed) s.bare = true;
  const findings: ConceptFinding[] = points.map((point) => {
    const v = judgeIdea(answer, point);
    return { point, status: v.status, ...(v.unsure ? { unsure: true } : {}), ...(v.evidence ? { evidence: v.evidence } : {}), message: v.message };
  });
  // A sentence that names three or more key points and explains none of them strings terms together.
  const evidence = new Set(findings.filter((f) => f.status === 'explained' || f.status === 'contradicted').map((f) => f.evidence));
  const strung = answer.sentences.filter((s) => !s.bare && !s.hasList && (named.get(s.index) ?? 0) >= NAMES_IN_A_PILE && !evidence.has(quoteSentence(s)));
  const bareLists = [...findBareLists(answer), ...strung.map((s) => s.text)];
  for (const s of crammed) if (!bareLists.includes(s.text)) bareLists.push(s.text);
  const wordCount = answer.words;
  const notes: string[] = [];
  if (wordCount === 0) notes.push('There is no answer to review yet.');
  else if (wordCount < SHORT_ANSWER_WORDS) notes.push(`Your answer has ${wordCount} words: too short to explain a trade-off. Aim for four or five full sentences.`);
  if (bareLists.length > 0) {
    notes.push(`${bareLists.length === 1 ? 'One line is' : `${bareLists.length} lines are`} only a list of terms. Interviewers want the why: turn each term into a sentence that says what it does.`);
  }
  const unsure = findings.filter((f) => f.unsure).length;
  if (unsure > 0) notes.push(`The review could not tell for ${unsure === 1 ? 'one point' : `${unsure} points`}: check the quoted sentence against the point's why. These are not counted as gaps.`);
  return { findings, met: findings.filter((f) => f.status === 'explained').length, total: points.length, bareLists, wordCount, notes };
}
