/**
 * The English the answer reader needs beyond what the NLP library tags: words that negate, dismiss,
 * hedge or make a clause hypothetical, where clauses break, and small synonym classes of everyday verbs
 * and nouns that claims may use. Domain words (idempotency key, shard) never live here: they belong in
 * each question's data.
 */

/** Words that negate what follows them in their clause (the library tags n't/not/never/no; these add the rest). */
export const NEGATORS = new Set(['not', 'never', 'no', 'nobody', 'nothing', 'none', 'neither', 'nor', 'cannot', 'unable', 'hardly', 'barely', 'nowhere', 'rarely', 'seldom']);

/** A negator followed by one of these is not a negation ("not only", "not just that"). */
export const NEGATION_EXCEPTIONS_AFTER = new Set(['only', 'just', 'merely']);

/** "No" followed by one of these is an idiom, not a negation ("no matter", "no doubt"); "doesn't matter" still negates. */
export const NO_IDIOMS_AFTER = new Set(['matter', 'doubt', 'surprise', 'wonder']);

/** Verbs of opinion that pass a negation on to their complement: "I don't think they catch much". */
export const OPINION_VERBS = new Set(['think', 'believe', 'feel', 'guess', 'suppose', 'expect', 'reckon', 'see', 'say']);

/** Words that open a new clause (negation and dismissal stop at them). */
export const CLAUSE_OPENERS = new Set([
  'but', 'because', 'so', 'although', 'though', 'whereas', 'while', 'which', 'since', 'cause', 'therefore', 'hence',
  'thus', 'otherwise', 'then', 'however', 'unless', 'if', 'whether', 'when', 'whenever', 'until', 'once', 'meaning',
  'plus', 'also', 'yet',
]);

/** Pronouns and determiners that, after "and"/"or", start a new clause ("…and it returns…"). */
export const SUBJECT_STARTERS = new Set(['no', 'i', 'we', 'you', 'it', 'they', 'he', 'she', 'this', 'that', 'there', 'the', 'each', 'every', 'our', 'your', 'their']);

/** Words that make a clause hypothetical: a negated claim there is not a denial ("if we don't store it, …"). */
export const CONDITIONAL_OPENERS = new Set(['if', 'unless', 'suppose', 'imagine', 'otherwise', 'whether']);

/** Pronouns that can stand for something named just before. */
export const PRONOUNS = new Set(['it', 'its', 'they', 'them', 'their', 'this', 'that', 'these', 'those', 'one']);

/**
 * Dismissal markers that put what follows them (to the end of the clause) aside: "instead of X",
 * "rather than X", "skip X", "no need for X". Multi-word markers are written with spaces.
 */
export const DISMISS_BEFORE = ['ignore', 'instead of', 'rather than', 'skip', 'skipping', 'forget about', 'forget', 'get rid of', 'ditch', 'no need for', 'no need to', 'do away with', 'drop the', 'give up on', 'as opposed to'];

/**
 * Verbs that dismiss what follows them when negated: "we don't need X", "I wouldn't bother with X",
 * "don't worry about X", "we never use X".
 */
export const DISMISS_WHEN_NEGATED = new Set(['need', 'require', 'bother', 'worry', 'care', 'use', 'want', 'have', 'add', 'do', 'implement', 'build', 'recommend', 'go', 'track', 'measure', 'monitor', 'watch', 'spend']);

/**
 * Predicates that dismiss their subject when negated: "X isn't worth it", "X doesn't matter",
 * "they don't catch much", "X won't help".
 */
export const EVALUATIVE_WHEN_NEGATED = new Set(['worth', 'necessary', 'needed', 'required', 'important', 'useful', 'helpful', 'matter', 'help', 'catch', 'buy', 'add', 'work', 'worthwhile', 'relevant', 'essential', 'big', 'deal', 'need', 'do', 'save', 'make']);

/** Predicates that dismiss whatever they are said of, without a negation: "X is overkill", "X is pointless". */
export const DISMISSIVE = new Set(['non-issue', 'nonissue', 'overkill', 'unnecessary', 'pointless', 'useless', 'needless', 'superfluous', 'waste', 'overengineering', 'over-engineering', 'overrated', 'irrelevant', 'unneeded', 'optional', 'meaningless', 'premature']);

/** "Without X" opening a sentence is a condition ("Without a key, a retry creates a second order"), not a dismissal. */
export const WITHOUT = 'without';

/** Words that soften but do not cancel a claim. They are ignored when matching. */
export const HEDGES = new Set(['probably', 'maybe', 'perhaps', 'likely', 'basically', 'honestly', 'really', 'actually', 'generally', 'usually', 'typically', 'just', 'kind', 'sort', 'pretty', 'fairly', 'quite', 'mostly']);

/**
 * Synonym classes of everyday words. A claim word in a class matches any member (write `=word` in a
 * claim to match that word alone). Multi-word members are written with spaces. Keep classes tight:
 * every member must be replaceable by every other in a technical answer without changing the claim.
 */
export const SYNONYM_CLASSES: readonly string[][] = [
  ['store', 'save', 'keep', 'persist', 'record', 'remember', 'write down', 'stash', 'log'],
  ['return', 'replay', 'hand back', 'send back', 'give back', 'respond with', 'reply with', 'serve back', 'echo back'],
  ['send', 'submit', 'fire'],
  ['retry', 'resend', 'try again', 'send again', 'resubmit', 'repeat'],
  ['result', 'response', 'outcome', 'answer', 'reply'],
  ['duplicate', 'second', 'double', 'another', 'extra'],
  ['request', 'call', 'attempt'],
  ['fail', 'break', 'crash', 'go down', 'die', 'error'],
  ['slow', 'sluggish', 'laggy'],
  ['fast', 'quick', 'speedy', 'low latency'],
  ['big', 'large', 'huge', 'massive'],
  ['small', 'tiny', 'little'],
  ['grow', 'increase', 'climb', 'rise', 'go up', 'balloon', 'scale'],
  ['drop', 'fall', 'decrease', 'shrink', 'decline'],
  ['check', 'look up', 'verify', 'see if', 'compare'],
  ['user', 'customer', 'client', 'caller', 'app', 'shopper'],
  ['server', 'backend', 'service', 'api', 'endpoint'],
  ['know', 'tell', 'be sure', 'be certain', 'find out', 'see'],
  ['split', 'divide', 'partition', 'spread', 'distribute', 'break up'],
  ['copy', 'replica'],
  ['old', 'stale', 'outdated', 'out of date', 'out-of-date'],
  ['stop', 'block', 'prevent', 'avoid', 'reject', 'refuse'],
  ['limit', 'cap', 'quota', 'threshold', 'ceiling'],
  ['alert', 'page', 'notify', 'wake'],
  ['undo', 'revert', 'roll back', 'rollback'],
  ['release', 'deploy', 'ship', 'rollout', 'launch', 'push'],
];

/**
 * Who a view is put in the mouth of, so what follows is reported, not claimed: "people think X, but…",
 * "a common mistake is to X", "it's tempting to say X". Subjects of a verb of opinion or saying.
 */
export const ATTRIBUTED_SUBJECTS = new Set(['people', 'folks', 'many', 'some', 'others', 'everyone', 'newcomers', 'beginners', 'teams', 'engineers', 'candidates', 'one']);
/** Verbs that report a view when their subject is in `ATTRIBUTED_SUBJECTS` ("people assume X"). */
export const REPORTING_VERBS = new Set(['think', 'assume', 'believe', 'say', 'claim', 'expect', 'imagine', 'suggest', 'argue', 'treat', 'confuse', 'mix', 'conflate', 'forget']);
/** Nouns that announce a wrong view: "a common myth is that X", "the trap is to X". */
export const WRONG_VIEW_NOUNS = new Set(['myth', 'misconception', 'mistake', 'trap', 'misunderstanding', 'fallacy', 'pitfall', 'error', 'temptation']);

/**
 * Negative evaluations that put aside whatever their clause is about, said without a negation:
 * "X is a nice-to-have", "we can live without X", "X slows everything down". Written as words separated
 * by spaces (a hyphenated "nice-to-have" is read as its words); matched by written form or lemma.
 * Single words here work like `DISMISSIVE`. Keep each phrase an evaluation of a practice, never a
 * description of a problem ("a stampede slows everything down" is a claim, so "slows everything down"
 * needs the speaker's verdict around it: see `DISMISSIVE_NEEDS_SPEAKER`).
 */
export const DISMISSIVE_PHRASES: readonly string[] = [
  'nice to have', 'can live without', 'could live without', 'live without', 'luxury', 'gold plating', 'gold plate',
  'over engineering', 'over engineered', 'overengineered', 'not a priority', 'low priority', 'waste of time',
  'more trouble than', 'yagni', 'bells and whistles', 'solution looking for a problem', 'too much ceremony',
  'over the top', 'nicety', 'vanity', 'leave out', 'leave it out', 'leave them out', 'wasted money', 'wasted effort',
  'not a thing', 'not a real problem', 'theoretical', 'in theory only', 'for later', 'postpone', 'defer', 'little gain',
  'little value', 'little benefit', 'for little',
];

/** Said by the speaker about a practice ("I think X slows everything down"), these dismiss it; said of a problem they describe it. */
export const DISMISSIVE_NEEDS_SPEAKER: readonly string[] = ['slows everything down', 'slow everything down', 'adds latency for nothing', 'extra hop'];

/**
 * Words that state a claim as a certainty. In the same breath as a key point's words they make the
 * point at best undecided ("a fixed window is perfectly smooth", "the queue delivers exactly once",
 * "ten counters add up to the same thing"): the candidate is shown the point's why to check it. A claim
 * that uses the word itself allows it ("a retry never charges twice" is the point), and so does a rule
 * ("the client must always send the same key"). Phrases are words separated by spaces.
 */
export const ABSOLUTES: readonly string[] = [
  'always', 'never', 'perfectly', 'perfect', 'guarantee', 'guarantees', 'guaranteed', 'exactly once', 'exactly the same',
  'add up to the same', 'no different from', 'no need', 'automatically', 'automatic', 'zero',
  'every time', 'every single time', 'impossible', 'completely', 'entirely', '100%', 'nothing to', 'can not happen',
  'cannot happen', 'no difference', 'costs nothing', 'for free', 'basically free', 'all the time', 'no way',
]

/** Words before an absolute that make it a rule, not a claim about the world: "must always", "should never". */
export const RULE_MODALS = new Set(['must', 'should', 'need', 'needs', 'have', 'has', 'got', 'ought', 'make', 'ensure']);
