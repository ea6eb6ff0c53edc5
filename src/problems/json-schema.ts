import { z } from 'zod';
import { codingProblemMeta, conceptQuestionMeta, designPromptMeta, hiddenTests } from './schema';
import { principleMeta } from './principles';

/** JSON Schemas for the files authors edit, keyed by their file name in problems/. */
export function schemaFiles(): Record<string, unknown> {
  const opts = { io: 'input' } as const;
  return {
    'problem.schema.json': z.toJSONSchema(codingProblemMeta, opts),
    'design.schema.json': z.toJSONSchema(designPromptMeta, opts),
    'concept.schema.json': z.toJSONSchema(conceptQuestionMeta, opts),
    'tests.schema.json': z.toJSONSchema(hiddenTests, opts),
    'principle.schema.json': z.toJSONSchema(principleMeta, opts),
  };
}
