import { z } from 'zod';
import { DIFFICULTIES } from './schema';

/**
 * Schemas of the three kinds of question a technical screen asks besides "write a function":
 * read the code (`trace`), read the API exchange (`api`) and estimate the scale (`estimate`).
 * Each has exact reference answers; `check:problems` grades them with the same graders the app uses.
 */

const id = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use lower-case words joined by hyphens, e.g. "retry-status"');
const identifier = z.string().regex(/^[A-Za-z_$][\w$]*$/, 'must be a function name');
const nonEmpty = z.string().trim().min(1, 'must not be empty');
const summary = nonEmpty.max(140, 'keep the summary to one line (140 characters)');
const json = z.json();

const typicalWrong = z.strictObject({
  answers: z.array(nonEmpty).min(1).describe('What a candidate types, in one or more spellings, e.g. "201" or "[1, 2]"'),
  message: nonEmpty.describe('What the interviewer would say to it, with the why'),
});

const prediction = z.strictObject({
  id,
  args: z.array(json).describe('The arguments the snippet is called with; the expected result comes from running it'),
  why: nonEmpty.describe('A walk through the code for this input, shown after the answer is handed in'),
  typicalWrong: z.array(typicalWrong).optional().describe('Results candidates often predict, each with what went wrong in their reading'),
});

export const traceQuestionMeta = z.strictObject({
  $schema: z.string().optional(),
  id,
  kind: z.literal('trace'),
  title: nonEmpty,
  skill: z.literal('reading-code'),
  difficulty: z.enum(DIFFICULTIES),
  summary,
  language: z.enum(['javascript', 'python']).describe('The snippet is snippet.js (javascript) or snippet.py (python-style pseudocode)'),
  function: identifier.describe('The function of the snippet that each prediction calls'),
  context: nonEmpty.describe('What the interviewer says before showing the code (Markdown)'),
  predictions: z.array(prediction).min(2, 'ask for 2–3 predictions').max(3, 'ask for 2–3 predictions'),
  bug: z
    .strictObject({
      why: nonEmpty.describe('The bug, in a PM\'s words: what goes wrong and for whom'),
      breakingInput: z.array(json).describe('A reference input on which the snippet and intended.js differ'),
      fixTests: z
        .array(z.strictObject({ name: nonEmpty, args: z.array(json) }))
        .min(3)
        .describe('Hidden tests for the fix; their expected values come from running intended.js'),
    })
    .optional()
    .describe('Only for snippets with a bug: needs intended.js (the intended behaviour) and fixed.js/fixed.py (a reference fix)'),
  doesWhat: nonEmpty.describe('What the code does, in one sentence, as a good candidate says it'),
  explainIdeas: z
    .array(
      z.strictObject({
        id,
        label: nonEmpty.describe('What the sentence should get across, e.g. "Retries only 429 and 5xx"'),
        why: nonEmpty.describe('Shown when the idea is missing'),
        claims: z.array(nonEmpty).min(1).describe('Paraphrases in the answer reader\'s claim syntax (CONTRIBUTING.md, "Claims")'),
        terms: z.array(nonEmpty).optional().describe('Words that only mention the idea'),
      }),
    )
    .min(1)
    .max(3)
    .describe('What a good one-sentence summary says; read by the answer reader, advice only'),
  hints: z.array(nonEmpty).min(1).max(3),
});
export type TraceQuestionMeta = z.infer<typeof traceQuestionMeta>;

const headers = z.record(z.string(), z.string());
const step = z.strictObject({
  note: z.string().optional().describe('What is happening, e.g. "the network drops before the reply arrives"'),
  request: z.strictObject({
    method: z.enum(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD']),
    path: nonEmpty,
    headers: headers.optional(),
    body: json.optional(),
  }),
  response: z
    .strictObject({ status: z.number().int().min(100).max(599), headers: headers.optional(), body: json.optional() })
    .optional()
    .describe('Omit when the reply never arrives or is what a question asks for'),
});

const apiAnswer = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('status'), value: z.number().int().min(100).max(599) }),
  z.strictObject({ type: z.literal('number'), value: z.number(), unit: z.string().optional().describe('e.g. "seconds": shown with the answer') }),
  z.strictObject({
    type: z.literal('text'),
    accept: z.array(nonEmpty).min(1).describe('Accepted answers; the first is shown as the expected one'),
    caseSensitive: z.boolean().optional().describe('true for tokens and cursors, where case matters'),
  }),
  z.strictObject({
    type: z.literal('choice'),
    options: z.array(z.strictObject({ id, label: nonEmpty })).min(2),
    correct: z.array(id).min(1).describe('Every right option; the candidate must name exactly these'),
  }),
]);
export type ApiAnswerSpec = z.infer<typeof apiAnswer>;

const apiQuestion = z.strictObject({
  id,
  ask: nonEmpty.describe('The question as the interviewer asks it'),
  answer: apiAnswer,
  why: nonEmpty.describe('Why that is the answer, shown after hand-in'),
  wrong: z.array(typicalWrong).optional(),
});
export type ApiQuestionItem = z.infer<typeof apiQuestion>;

export const apiQuestionMeta = z.strictObject({
  $schema: z.string().optional(),
  id,
  kind: z.literal('api'),
  title: nonEmpty,
  skill: z.literal('reading-apis'),
  difficulty: z.enum(DIFFICULTIES),
  summary,
  context: nonEmpty.describe('The setting, in Markdown: which service, which client'),
  exchange: z.array(step).min(2),
  questions: z.array(apiQuestion).min(2).max(5),
});
export type ApiQuestionMeta = z.infer<typeof apiQuestionMeta>;

export const ESTIMATE_UNITS = {
  'per-second': 'per second',
  bytes: 'bytes',
  'bytes-per-second': 'bytes per second',
  count: 'a count',
} as const;
export type EstimateUnit = keyof typeof ESTIMATE_UNITS;

export const ESTIMATE_FACTORS = ['peak', 'replication', 'headroom'] as const;

export const estimateQuestionMeta = z.strictObject({
  $schema: z.string().optional(),
  id,
  kind: z.literal('estimate'),
  title: nonEmpty,
  skill: z.literal('estimation'),
  difficulty: z.enum(DIFFICULTIES),
  summary,
  scenario: nonEmpty.describe('The setting and the facts the interviewer gives (Markdown)'),
  ask: nonEmpty.describe('The question, e.g. "Roughly how many order requests per second at peak?"'),
  unit: z.enum(Object.keys(ESTIMATE_UNITS) as [EstimateUnit, ...EstimateUnit[]]).describe('What the final figure measures'),
  unitLabel: nonEmpty.describe('The figure\'s unit in words, e.g. "requests per second"'),
  needs: z
    .array(
      z.strictObject({
        factor: z.enum(ESTIMATE_FACTORS),
        why: nonEmpty,
        words: z.array(nonEmpty).optional().describe('Words of this scenario that show the factor was used, besides the usual ones ("peak", "replicas", "headroom"), e.g. "2 hours"'),
      }),
    )
    .optional()
    .describe('Factors an interviewer expects in this estimate (a peak factor, replication)'),
  band: z.number().min(1.5).max(10).optional().describe('How far off the final figure may be, as a factor (default 3)'),
  reference: z.strictObject({
    lines: z.array(nonEmpty).min(2).describe('A model working, one assumption or step per line; the checker re-does it'),
    figure: nonEmpty.describe('The model final figure with its unit, e.g. "3.5k requests/s"'),
  }),
  hints: z.array(nonEmpty).min(1).max(3),
});
export type EstimateQuestionMeta = z.infer<typeof estimateQuestionMeta>;

export const TRACE_FILES = { snippetJs: 'snippet.js', snippetPy: 'snippet.py', intended: 'intended.js', fixedJs: 'fixed.js', fixedPy: 'fixed.py' } as const;
export const QUESTION_TEXT_FILES = { explanation: 'explanation.md' } as const;
