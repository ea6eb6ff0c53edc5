import type { AnswerQuestion } from '../../problems/parse-questions';
import type { MockPart, QuestionWork } from '../../mock/record';
import { AnswerForm } from '../questions/answer-form';
import '../questions/questions.css';
import { MTID } from './mock-test-ids';

type Props = {
  part: Extract<MockPart, { kind: 'question' }>;
  question: AnswerQuestion;
  onWork(change: (work: QuestionWork) => QuestionWork): void;
  onHandIn(): void;
};

/** A short trace, api or estimate question under interview conditions: no hints, nothing graded until the scorecard. */
export function MockQuestionPart({ part, question, onWork, onHandIn }: Props) {
  return (
    <section className="page" aria-labelledby="mock-question-title" style={{ padding: 0 }} data-testid={MTID.questionPart} data-kind={question.kind}>
      <h2 id="mock-question-title">{question.title}</h2>
      <AnswerForm question={question} answers={part.work.answers} onChange={(id, value) => onWork((w) => ({ ...w, answers: { ...w.answers, [id]: value } }))} />
      <div className="row">
        <button type="button" className="accent" data-testid={MTID.handIn} onClick={onHandIn}>
          Hand in these answers
        </button>
      </div>
    </section>
  );
}
