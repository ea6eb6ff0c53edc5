/** The graded answer to a trace, api or estimate question: the shape `npm run answer -- … --json` prints. */

export type FieldResult = {
  id: string;
  /** Right as a fair interviewer would grade it. Advice-only fields are reported with `advice: true` and never change the verdict. */
  right: boolean;
  /** The reference answer, as the candidate would write it. */
  expected?: string;
  /** What the interviewer would say, with the why. */
  message: string;
  advice?: true;
};

export type AnswerVerdict = 'right' | 'partly' | 'wrong';
export type AnswerResult = { verdict: AnswerVerdict; fields: FieldResult[] };

/** Right when every graded field is right, wrong when none is, partly otherwise. */
export function verdictOf(fields: FieldResult[]): AnswerVerdict {
  const graded = fields.filter((f) => !f.advice);
  const right = graded.filter((f) => f.right).length;
  if (graded.length > 0 && right === graded.length) return 'right';
  return right === 0 ? 'wrong' : 'partly';
}

/** A field the candidate left empty. */
export function unanswered(id: string, expected?: string, why?: string): FieldResult {
  return { id, right: false, ...(expected === undefined ? {} : { expected }), message: `Not answered.${why ? ` ${why}` : ''}` };
}

/** Ends a sentence with a full stop unless it already has one. */
export const sentence = (text: string) => (/[.?!:]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);
