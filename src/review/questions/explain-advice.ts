import type { TraceQuestion } from '../../problems/parse-questions';
import { judgeIdea, readAnswer } from '../answer';
import type { FieldResult } from './result';

/**
 * Advice on "what does this code do, in a sentence", read by the answer reader (src/review/answer):
 * each idea of the question's `explainIdeas` explained, mentioned, contradicted or missed, quoting the
 * sentence. Advice only: it never changes the verdict. Imports the NLP library: load it lazily.
 */
export function adviseExplanation(question: TraceQuestion, typed: string | undefined): FieldResult | undefined {
  if (!typed?.trim()) return undefined;
  const answer = readAnswer(typed);
  const verdicts = question.explainIdeas.map((idea) => ({ idea, verdict: judgeIdea(answer, idea) }));
  const explained = verdicts.filter((v) => v.verdict.status === 'explained');
  const parts = verdicts.map(({ idea, verdict }) => {
    if (verdict.status === 'explained') return `✓ ${idea.label}.`;
    if (verdict.unsure) return `? ${idea.label}: the reader could not tell. ${idea.why}`;
    if (verdict.status === 'missed') return `✗ ${idea.label}: not said. ${idea.why}`;
    return `✗ ${verdict.message}`;
  });
  const all = explained.length === verdicts.length;
  return {
    id: 'explain',
    right: all,
    advice: true,
    message: `${parts.join(' ')}${all ? '' : ` One way to say it: “${question.doesWhat}”`}`,
  };
}
