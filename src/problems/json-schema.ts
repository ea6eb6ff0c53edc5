import { z } from 'zod';
import { apiQuestionMeta, estimateQuestionMeta, traceQuestionMeta } from './question-schema';
import { codingProblemMeta, conceptQuestionMeta, designPromptMeta, hiddenTests } from './schema';
import { principleMeta } from './principles';

/** JSON Schemas for the files authors edit, keyed by their file name in problems/. */
export function schemaFiles(): Record<string, unknown> {
  const opts = { io: 'input' } as const;
  return {
    'problem.schema.json': z.toJSONSchema(codingProblemMeta, opts),
    'design.schema.json': z.toJSONSchema(designPromptMeta, opts),
    'concept.schema.json': z.toJSONSchema(conceptQuestionMeta, opts),
    'trace.schema.json': z.toJSONSchema(traceQuestionMeta, opts),
    'api.schema.json': z.toJSONSchema(apiQuestionMeta, opts),
    'estimate.schema.json': z.toJSONSchema(estimateQuestionMeta, opts),
    'tests.schema.json': z.toJSONSchema(hiddenTests, opts),
    'principle.schema.json': z.toJSONSchema(principleMeta, opts),
  };
}
