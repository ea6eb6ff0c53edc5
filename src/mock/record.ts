/**
 * The saved shape of a mock screen: its plan, absolute start and end times (never countdowns, so a
 * reload resumes the clock exactly), what the user handed in, and each part's evaluation once made.
 * Pure: zod only, so the store validates what it reads and the scorecard reads the same types.
 */
import { z } from 'zod';
import { COMPLEXITY_CLASSES } from '../problems/vocabulary';

export const VERDICTS = ['accepted', 'wrong-answer', 'runtime-error', 'time-limit', 'memory-limit', 'output-limit', 'compile-error'] as const;
export type Verdict = (typeof VERDICTS)[number];
/** "wrong answer", for sentences. */
export const verdictWords = (v: Verdict) => v.replace(/-/g, ' ');

/** The interview method for the coding part, in order. `code` is the editor; the rest are short fields. */
export const METHOD_STEPS = ['clarify', 'examples', 'approach', 'complexity', 'code', 'test'] as const;
export type MethodStep = (typeof METHOD_STEPS)[number];
export const TEXT_STEPS = ['clarify', 'examples', 'approach', 'complexity', 'test'] as const satisfies readonly MethodStep[];
export type TextStep = (typeof TEXT_STEPS)[number];

const timeClass = z.enum(COMPLEXITY_CLASSES);
const check = z.object({ id: z.string(), status: z.enum(['pass', 'fail', 'info']), message: z.string() });

const codingEvaluation = z.object({
  verdict: z.enum(VERDICTS),
  passed: z.number().int(),
  total: z.number().int(),
  hiddenPassed: z.number().int(),
  hiddenTotal: z.number().int(),
  /** Exam mode: the kind of the first failure only, never a hidden test's name. */
  firstFailure: z.enum(VERDICTS).optional(),
  /** A visible example's failure may be named: the user can see the examples. */
  firstFailedExample: z.string().optional(),
  measured: timeClass.optional(),
  measureNote: z.string().optional(),
  complexityVerdict: z.enum(['matches', 'worse-than-needed', 'better-than-possible', 'does-not-match-code', 'unclear']),
  complexityChecks: z.array(check),
  claimedTime: timeClass.optional(),
});
export type CodingEvaluation = z.infer<typeof codingEvaluation>;

/** The complexity review's verdict in words. */
export const CLAIM_WORDS: Record<CodingEvaluation['complexityVerdict'], string> = {
  matches: 'right',
  'worse-than-needed': 'right for your code, but a faster approach exists',
  'better-than-possible': 'faster than any correct solution can be',
  'does-not-match-code': 'does not match how your code grows',
  unclear: 'could not be read',
};


const designEvaluation = z.object({
  results: z.array(z.object({ id: z.string(), label: z.string(), type: z.string(), met: z.boolean(), detail: z.string(), essential: z.boolean().optional(), optional: z.boolean().optional(), unsure: z.boolean().optional(), hole: z.string().optional() })),
  note: z.string().optional(),
});
export type DesignEvaluation = z.infer<typeof designEvaluation>;

/** Statuses saved before the answer reader (met, named) read as their new names. */
const OLD_STATUS = { met: 'explained', named: 'mentioned' } as const;
const conceptStatus = z
  .enum(['explained', 'mentioned', 'contradicted', 'missed', 'met', 'named'])
  .transform((s) => (s === 'met' || s === 'named' ? OLD_STATUS[s] : s));
const conceptEvaluation = z.object({
  findings: z.array(
    z.object({ id: z.string(), label: z.string(), status: conceptStatus, unsure: z.boolean().optional(), evidence: z.string().optional(), message: z.string() }),
  ),
  notes: z.array(z.string()),
});
export type ConceptEvaluation = z.infer<typeof conceptEvaluation>;

/** A trace, api or estimate question graded like practice mode: each field right or not, with the why. */
const questionEvaluation = z.object({
  verdict: z.enum(['right', 'partly', 'wrong']),
  fields: z.array(z.object({ id: z.string(), right: z.boolean(), message: z.string(), expected: z.string().optional(), advice: z.literal(true).optional() })),
});
export type QuestionEvaluation = z.infer<typeof questionEvaluation>;

const stepEvent = z.object({ step: z.enum(METHOD_STEPS), at: z.number() });

export const codingWork = z.object({
  language: z.enum(['javascript', 'typescript', 'python']).default('javascript'),
  code: z.string().default(''),
  /** The code of the other languages tried in this part, so switching back brings it back. */
  codeByLanguage: z.partialRecord(z.enum(['javascript', 'typescript', 'python']), z.string()).optional(),
  fields: z.partialRecord(z.enum(TEXT_STEPS), z.string()).default({}),
  /** When each step was opened; time per step is the gap to the next event. */
  stepLog: z.array(stepEvent).default([]),
  prediction: z.object({ pass: z.boolean(), timeClass }).optional(),
});
export type CodingWork = z.infer<typeof codingWork>;

export const designWork = z.object({ diagram: z.string().default(''), notes: z.record(z.string(), z.string()).default({}) });
export type DesignWork = z.infer<typeof designWork>;

export const conceptWork = z.object({ answer: z.string().default(''), followUp: z.string().default('') });
export type ConceptWork = z.infer<typeof conceptWork>;

/** A leadership-principle answer, reviewed as a story: the parts found, first person, measures, time told. */
const principleEvaluation = z.object({
  complete: z.boolean(),
  parts: z.object({ situation: z.boolean(), task: z.boolean(), action: z.boolean(), result: z.boolean(), learning: z.boolean() }),
  evidence: z.partialRecord(z.enum(['situation', 'task', 'action', 'result', 'learning']), z.string()).default({}),
  firstPersonShare: z.number().min(0).max(1),
  /** How many action sentences the share is of (0: cannot tell who acted). */
  actions: z.number().int().min(0).default(0),
  metrics: z.array(z.string()),
  words: z.number().int().min(0),
  /** The answer told aloud at 140 words a minute. */
  seconds: z.number().min(0),
  principles: z.array(z.string()),
  advice: z.array(z.string()),
  followUpWords: z.number().int().min(0).default(0),
});
export type PrincipleEvaluation = z.infer<typeof principleEvaluation>;

export const principleWork = z.object({
  /** The bank story the answer started from, if any. */
  storyId: z.string().optional(),
  answer: z.string().default(''),
  followUp: z.string().default(''),
  followUpAsked: z.boolean().default(false),
});
export type PrincipleWork = z.infer<typeof principleWork>;

/** What was typed in each answer field of a trace, api or estimate question, by field id. */
export const questionWork = z.object({ answers: z.record(z.string(), z.string()).default({}) });
export type QuestionWork = z.infer<typeof questionWork>;

const partBase = {
  itemId: z.string(),
  title: z.string(),
  skill: z.string(),
  durationMs: z.number().positive(),
  startedAt: z.number().optional(),
  endedAt: z.number().optional(),
  endedBy: z.enum(['hand-in', 'time']).optional(),
  /** Time handed on from the part before, handed in early; already included in `durationMs`. */
  carriedMs: z.number().nonnegative().optional(),
  /** Set when evaluation failed, so the scorecard can say so instead of waiting forever. */
  evaluationError: z.string().optional(),
};

export const mockPart = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('coding'), ...partBase, work: codingWork, evaluation: codingEvaluation.optional() }),
  z.object({ kind: z.literal('design'), ...partBase, designKind: z.string().default('system'), work: designWork, evaluation: designEvaluation.optional() }),
  z.object({ kind: z.literal('concept'), ...partBase, work: conceptWork, evaluation: conceptEvaluation.optional() }),
  z.object({
    kind: z.literal('principle'),
    ...partBase,
    /** The question as the interviewer asks it, and the follow-up drawn from the principle's probes. */
    question: z.string(),
    probe: z.string(),
    work: principleWork,
    evaluation: principleEvaluation.optional(),
  }),
  z.object({ kind: z.literal('question'), ...partBase, questionKind: z.enum(['trace', 'api', 'estimate']), work: questionWork, evaluation: questionEvaluation.optional() }),
]);
export type MockPart = z.infer<typeof mockPart>;
export type PartKind = MockPart['kind'];

export const mockRecord = z.object({
  version: z.literal(1),
  id: z.string(),
  seed: z.string(),
  plannedMinutes: z.number().positive(),
  createdAt: z.number(),
  parts: z.array(mockPart).min(1),
  /** The whole mock ended: every part handed in or timed out. */
  finishedAt: z.number().optional(),
  /** The user stopped the mock early. */
  abandoned: z.boolean().optional(),
});
export type MockRecord = z.infer<typeof mockRecord>;
