import type { AnswerQuestion } from '../../problems/parse-questions';
import type { AnswerResult } from '../../review/questions/result';
import { gradeAnswer } from '../../worker/answer-runs';
import { getJudgeClient } from '../../worker/browser-client';

/** Grades an answer in the page: a trace's code runs in the sandbox worker, the rest is read in place. */
export function gradeInBrowser(question: AnswerQuestion, answers: Record<string, string>): Promise<AnswerResult> {
  return gradeAnswer(getJudgeClient(), question, answers);
}
