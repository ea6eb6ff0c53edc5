import { z } from 'zod';
import { COMPONENT_KINDS, NOTE_SECTIONS } from './design-vocabulary';

const NOTE_SECTION_IDS = NOTE_SECTIONS.map((s) => s.id) as [string, ...string[]];

// The words the catalog and stored records need are plain constants in their own module, so the
// first screen does not build these zod schemas (see vocabulary.ts).
import { COMPLEXITY_CLASSES, DIFFICULTIES, SKILLS, type ComplexityClass, type Skill } from './vocabulary';
export { COMPLEXITY_CLASSES, DIFFICULTIES, SKILLS, type ComplexityClass, type Skill };

const id = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use lower-case words joined by hyphens, e.g. "dedupe-list"');
const identifier = z.string().regex(/^[A-Za-z_$][\w$]*$/, 'must be a JavaScript identifier');
const nonEmpty = z.string().trim().min(1, 'must not be empty');
const json = z.json();

const testCase = z.strictObject({
  name: nonEmpty.describe('What the case covers, shown to the user even when the case is hidden, e.g. "empty list"'),
  args: z.array(json).describe('The arguments, in order'),
  expected: json.optional().describe('The expected return value (omit for validator problems)'),
  explanation: z.string().optional(),
});
export type ProblemTestCase = z.infer<typeof testCase>;

const comparison = z.discriminatedUnion('mode', [
  z.strictObject({ mode: z.literal('exact') }),
  z.strictObject({ mode: z.literal('unordered') }),
  z.strictObject({ mode: z.literal('tolerance'), tolerance: z.number().positive() }),
  z.strictObject({ mode: z.literal('validator') }),
]);

const complexity = z.strictObject({
  time: z.enum(COMPLEXITY_CLASSES).describe('Best achievable time class, in the generator size n'),
  space: z.enum(COMPLEXITY_CLASSES).describe('Auxiliary space of the reference solution'),
  timeText: z.string().optional().describe('The best bound as a PM would write it, e.g. "O(V + E)"'),
  spaceText: z.string().optional(),
  naive: z.enum(COMPLEXITY_CLASSES).optional().describe('The common naive class'),
  variables: z
    .array(
      z.strictObject({
        name: z.string().regex(/^[A-Za-z]$/, 'one letter, e.g. "n", "k", "V"'),
        meaning: nonEmpty,
        /** How the generator grows this variable with its size n. */
        grows: z.enum(['n', '1']).default('n'),
      }),
    )
    .min(1),
  /** Words a good justification mentions; any one of them counts. */
  keywords: z.array(nonEmpty).min(1),
  outputCountsAsSpace: z.boolean().default(false),
  /**
   * What no correct solution can beat, and why ("it must read every item"). Only this makes a claim
   * "impossible": the declared time is what the reference achieves, and another algorithm may beat it.
   */
  lowerBound: z
    .strictObject({ time: z.enum(COMPLEXITY_CLASSES), reason: nonEmpty.describe('Why, in a PM\'s words, e.g. "it must read every item"') })
    .optional()
    .describe('The least time any correct solution needs, with the reason'),
  /**
   * For answers that are a sequence of operations (requests, get/put): the best cost of one
   * operation, so "O(1) per get/put" is read as n operations of O(1) each.
   */
  perOperation: z
    .strictObject({ time: z.enum(COMPLEXITY_CLASSES), unit: nonEmpty.describe('What one operation is, e.g. "get/put" or "request"') })
    .optional()
    .describe('The best cost of one operation, for problems whose input is a list of operations'),
});

const limits = z
  .strictObject({
    caseTimeMs: z.number().int().min(100).max(5000).optional(),
    memoryMb: z.number().int().min(8).max(256).optional(),
  })
  .optional();

const param = z.strictObject({
  name: identifier,
  type: nonEmpty,
  description: nonEmpty,
  /** The statement says this argument must not change: the judge fails a case whose call changes it. */
  readOnly: z.boolean().optional().describe('true when the statement says this input must not be changed'),
});

export const codingProblemMeta = z.strictObject({
  $schema: z.string().optional(),
  id,
  kind: z.literal('coding'),
  title: nonEmpty,
  skill: z.enum(['hash-maps-and-sets', 'arrays-and-strings', 'queues-and-stacks', 'sorting-and-top-k', 'graphs', 'pm-scenarios']),
  difficulty: z.enum(DIFFICULTIES),
  summary: nonEmpty.max(140, 'keep the summary to one line (140 characters)'),
  function: z.strictObject({
    name: identifier,
    params: z.array(param).min(1),
    returns: z.strictObject({ type: nonEmpty, description: nonEmpty }),
  }),
  comparison,
  complexity,
  limits,
  examples: z.array(testCase).min(2, 'give at least 2 visible examples'),
  hints: z.array(nonEmpty).min(1).max(4),
});
export type CodingProblemMeta = z.infer<typeof codingProblemMeta>;

export const hiddenTests = z.array(testCase).min(1);

/** The files of a coding problem folder, besides problem.json and tests.json. */
export const CODING_TEXT_FILES = {
  statement: 'statement.md',
  starterJs: 'starter.js',
  starterTs: 'starter.ts',
  starterPy: 'starter.py',
  reference: 'reference.js',
  referencePy: 'reference.py',
  explanation: 'explanation.md',
  generator: 'generator.js',
} as const;

const optional = z.boolean().optional().describe('true where valid designs differ: shown, never scored against the draft');
/**
 * An essential is what an interviewer fails a design for when it is missing ("the retried order made
 * safe", "the limit keyed per seller"). "Solved" means every essential is met; every other item is advice.
 */
const essential = z.boolean().optional().describe('true when its absence fails the design; every other item is advice');
const hole = nonEmpty
  .optional()
  .describe('The failure in plain words when this essential is missing, e.g. "A retried order can be placed twice"');
const needsHole = <T extends { essential?: boolean; hole?: string; optional?: boolean }>(item: T) => !item.essential || (Boolean(item.hole) && !item.optional);
const holeMessage = { message: 'an essential item needs a "hole" (what fails without it, in plain words) and cannot be optional', path: ['hole'] };
const noteSection = z.enum(NOTE_SECTION_IDS);

const rubricItem = z.discriminatedUnion('type', [
  z
    .strictObject({
      type: z.literal('component'),
      id,
      label: nonEmpty.describe('What the design must achieve, e.g. "A store that survives restarts"'),
      /** Kinds of the shared vocabulary (src/review/component-vocabulary.ts) that realise it; any one counts. */
      kinds: z.array(z.enum(COMPONENT_KINDS)).optional().describe('Any node of one of these kinds counts'),
      /** Prompt-specific names, matched as whole words in a node's label (case, spacing, CamelCase and plurals ignored). */
      words: z.array(nonEmpty).optional().describe('Prompt-specific names a node label may use instead'),
      optional,
      essential,
      hole,
      why: nonEmpty,
    })
    .refine((c) => (c.kinds?.length ?? 0) + (c.words?.length ?? 0) > 0, { message: 'a component needs kinds or words', path: ['kinds'] })
    .refine(needsHole, holeMessage),
  z.strictObject({
    type: z.literal('flow'),
    id,
    label: nonEmpty,
    /** Component ids (of component items) that must be connected in this order, possibly through other nodes. */
    path: z.array(id).min(2),
    /** The meaning is the same whichever way the arrows point (a pipeline drawn push or pull). */
    either: z.boolean().optional().describe('true when either arrow direction means the same'),
    /**
     * The opposite check: no arrow may lead directly from a node of the first component to a node of
     * the second ("a client never writes straight to the database"). Met when there is none.
     */
    never: z.boolean().optional().describe('true when a direct arrow from the first to the second component is the mistake'),
    optional,
    essential,
    hole,
    why: nonEmpty,
  }).refine(needsHole, holeMessage).refine((f) => !f.never || f.path.length === 2, { message: 'a "never" flow names exactly two components', path: ['path'] }),
  z.strictObject({
    type: z.literal('topic'),
    id,
    label: nonEmpty,
    /**
     * Phrases that state the idea: any one, claimed (not negated, dismissed or asked) in the notes or
     * the diagram's labels, counts — as whole words in any word form. `re:` starts a regular expression.
     */
    keywords: z.array(nonEmpty).min(1),
    /** Paraphrases in the answer reader's claim syntax (CONTRIBUTING.md, "Claims"): any one explained in a line counts. */
    claims: z.array(nonEmpty).optional().describe('Paraphrases in the claim syntax: what a sentence must say, any one counts'),
    /** Phrases that state the hole itself ("counted in memory per node"): claimed anywhere, they fail the item. */
    refutedBy: z.array(nonEmpty).optional().describe('Phrases that state the hole itself; claimed anywhere, they fail the item'),
    /**
     * For a hole a good design need not mention (prices fetched one call per result, documents left public):
     * met unless a `refutedBy` phrase states it, outside a line that also states the remedy (`keywords`).
     */
    onlyWhenStated: z.boolean().optional().describe('true when the item fails only if the notes or diagram state the hole (refutedBy)'),
    /**
     * Design choices that imply the hole without naming it ("list ids are sequential", "pending reviews wait in an
     * in-memory queue", "the seller id is in the path"): stated anywhere while no line states the remedy (`keywords`,
     * `claims`), they fail the item. Unlike `refutedBy`, a remedy stated on any line answers them.
     */
    impliedBy: z.array(nonEmpty).optional().describe('Design choices that imply the hole; stated while no line states the remedy, they fail the item'),
    /**
     * The interviewer's question when the design shows no evidence either way ("Where does the seller id come from —
     * the request or the session?"). The item then needs positive evidence: silence is "unsure", shown with the question.
     */
    ask: nonEmpty.optional().describe('The question an interviewer asks when the design says nothing either way; the item then needs evidence'),
    /** With `ask`: an unsure essential fails the design (the hole is serious enough that an interviewer would not pass it unasked). */
    unsureFails: z.boolean().optional().describe('true when an unsure essential keeps the design from being solved'),
    /** The id of a component item: the topic applies only when the diagram has that component (staleness only with a cache). */
    appliesWith: id.optional().describe('A component id: the topic applies only when the diagram has that component'),
    /** The notes section(s) where an interviewer expects it; it counts anywhere, the section only changes the advice. */
    section: z.union([noteSection, z.array(noteSection).min(1)]).optional(),
    optional,
    essential,
    hole,
    why: nonEmpty,
  })
    .refine(needsHole, holeMessage)
    .refine((t) => !t.onlyWhenStated || (t.refutedBy?.length ?? 0) + (t.impliedBy?.length ?? 0) > 0, { message: 'an item failed only when stated needs "refutedBy" or "impliedBy": the phrases that state or imply the hole', path: ['refutedBy'] })
    .refine((t) => !(t.ask && t.onlyWhenStated), { message: 'an item that asks for evidence ("ask") cannot also pass on silence ("onlyWhenStated")', path: ['ask'] })
    .refine((t) => !t.unsureFails || Boolean(t.ask), { message: '"unsureFails" needs "ask": the question shown when the design says nothing either way', path: ['unsureFails'] }),
]);
export type RubricItem = z.infer<typeof rubricItem>;

export const designPromptMeta = z.strictObject({
  $schema: z.string().optional(),
  id,
  kind: z.literal('design'),
  designKind: z.enum(['api', 'system', 'api-and-system']),
  title: nonEmpty,
  skill: z.enum(['api-design', 'system-design']),
  difficulty: z.enum(DIFFICULTIES),
  summary: nonEmpty.max(140, 'keep the summary to one line (140 characters)'),
  clarifyingQuestions: z.array(nonEmpty).min(2),
  rubric: z.array(rubricItem).min(5),
});
export type DesignPromptMeta = z.infer<typeof designPromptMeta>;

export const DESIGN_TEXT_FILES = {
  prompt: 'prompt.md',
  referenceDiagram: 'reference.mmd',
  referenceNotes: 'reference-notes.md',
} as const;

/** A claim in the answer reader's syntax (CONTRIBUTING.md, "Claims"): slots by spaces, `|` alternatives, `_` multi-word, `*`, `=`, `not`. */
const claim = nonEmpty.regex(/^[^*]*(?:\*(?=[\s|_]|$)[^*]*)*$/, 'a * may only end a word, e.g. "invalidat*"');

const keyPoint = z.strictObject({
  id,
  label: nonEmpty.describe('What the interviewer listens for, in a few words, e.g. "Hit rate decides the win"'),
  why: nonEmpty.describe('Why it matters, shown beside a point that is not explained'),
  claims: z
    .array(claim)
    .min(2, 'give at least 2 claims: people say the same idea in different words')
    .describe('What a sentence must claim for the point to be explained, in the claim syntax, e.g. "store|save result|response return|replay"'),
  terms: z.array(claim).optional().describe('Words that only mention the point (named, not explained), e.g. "idempotency_key"'),
  misconceptions: z
    .array(
      z.strictObject({
        says: z.array(claim).min(1).describe('Claims that state the misconception'),
        wrong: nonEmpty.describe('What is wrong with it, for the candidate'),
      }),
    )
    .optional()
    .describe('Common wrong claims that contradict the point'),
});
export type ConceptKeyPoint = z.infer<typeof keyPoint>;

export const conceptQuestionMeta = z.strictObject({
  $schema: z.string().optional(),
  id,
  kind: z.literal('concept'),
  title: nonEmpty,
  skill: z.literal('concepts'),
  difficulty: z.enum(DIFFICULTIES),
  summary: nonEmpty.max(140, 'keep the summary to one line (140 characters)'),
  question: nonEmpty.describe('The question as the interviewer asks it out loud'),
  keyPoints: z.array(keyPoint).min(3).max(6),
  followUps: z
    .array(z.strictObject({ question: nonEmpty, listenFor: nonEmpty.describe('What a good answer to the follow-up covers') }))
    .min(1)
    .max(2),
});
export type ConceptQuestionMeta = z.infer<typeof conceptQuestionMeta>;

export const CONCEPT_TEXT_FILES = { modelAnswer: 'model-answer.md' } as const;
