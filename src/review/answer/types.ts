/** The shapes the answer reader works with. See `index.ts` for the interface and CONTRIBUTING.md for the claim syntax. */

/** A coarse part of speech, from the NLP library's tags. Never let a verdict hang on one tag: it can be wrong. */
export type Pos = 'noun' | 'verb' | 'adj' | 'adv' | 'pron' | 'det' | 'prep' | 'conj' | 'neg' | 'num' | 'other';

/** One word of the answer, with what the reader worked out about its place in the sentence. */
export interface AnswerToken {
  /** As written; '' for the implied "not" of a contraction ("don't" is "do" + implied "not"). */
  text: string;
  /** Lower case, without surrounding punctuation. */
  norm: string;
  /** The dictionary form ("stored" → "store", "keys" → "key"), or `norm` when the library has none. */
  lemma: string;
  /** Crude suffix-stripped forms of `norm` and `lemma`, used to compare words ("caching" ~ "cache"). */
  stems: string[];
  pos: Pos;
  /** A copula, auxiliary or modal ("is", "does", "can"): the mark of a full clause. */
  aux: boolean;
  /** This word negates what follows it in its clause ("not", "never", "no", "without"). */
  negator: boolean;
  /** Inside the scope of a negation. */
  negated: boolean;
  /** Put aside by the writer: "we don't need X", "instead of X", "X is overkill". */
  dismissed: boolean;
  /** Inside a hypothetical: an if/unless/whether clause, a question, or a sentence opened by "without". */
  conditional: boolean;
  /** Inside a view put in others' mouths ("people think X, but…"): neither claimed nor contradicted. */
  reported?: boolean;
  /** States a certainty ("always", "perfectly", "exactly once"): a point said with it is at best undecided. */
  absolute?: boolean;
  /** Part of a list of terms ("TTL, invalidation, hit rate"): it can name an idea, never claim one. */
  listed: boolean;
  /** The clause number within the sentence (0-based). */
  clause: number;
  /** The characters that followed the word (spaces, punctuation). */
  post: string;
}

/** A sentence, a list item or a heading of the answer. */
export interface AnswerSentence {
  /** Position among the answer's sentences (0-based). */
  index: number;
  /** As written (trimmed, without the bullet or table pipes). */
  text: string;
  tokens: AnswerToken[];
  /** `item`: a bullet, numbered line or table cell; `heading`: a title or a lead-in ending with a colon. */
  kind: 'sentence' | 'item' | 'heading';
  /** Only terms, not a claim: a list item without a clause, "X, Y and Z." after a lead-in, "X vs Y.", a one-phrase sentence. */
  bare: boolean;
  /** A claim that ends in a list of three or more terms ("algorithms like round robin, least connections and IP hash"). */
  hasList?: boolean;
  /** The 1-based line of the answer it starts on. */
  line: number;
  /** Items of one list (consecutive bullets, numbered lines or table rows) share this number. */
  list?: number;
}

/** An answer as the reader understood it. Produced by `readAnswer`; pass it to `judgeIdea` and `findBareLists`. */
export interface ReadAnswer {
  text: string;
  sentences: AnswerSentence[];
  /** Number of words written (implied words of contractions not counted). */
  words: number;
}

/**
 * One idea an answer should get across, as data. Claims use the claim syntax (CONTRIBUTING.md,
 * "Claims"): slots separated by spaces, alternatives by `|`, multi-word alternatives joined by `_`,
 * `*` for any ending, `=` to switch synonyms off, and a `not` slot for a claim that must be negated.
 */
export interface IdeaSpec {
  id: string;
  label: string;
  /** Why it matters; shown when the idea is missed, mentioned, contradicted or undecided. */
  why: string;
  /** Paraphrases of what must be claimed, in the claim syntax, e.g. "store|save result|response return|replay". */
  claims: string[];
  /** Words that only mention the idea ("idempotency_key"), same syntax, usually one slot. */
  terms?: string[];
  /** Claims that contradict the idea, with what is wrong with them. */
  misconceptions?: { says: string[]; wrong: string }[];
}

export type IdeaStatus = 'explained' | 'mentioned' | 'contradicted' | 'missed';

/** How an answer stands on one idea. */
export interface IdeaVerdict {
  id: string;
  status: IdeaStatus;
  /** The reader could not tell: the candidate should check `evidence` against the idea's `why`. Never a gap. */
  unsure?: boolean;
  /** The sentence the verdict rests on, quoted as written (cut around the match when long). */
  evidence?: string;
  /** For a PM: what was heard and, unless explained, why the idea matters. */
  message: string;
}
