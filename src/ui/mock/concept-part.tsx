import { useState } from 'react';
import type { ConceptQuestion } from '../../problems/parse';
import type { ConceptWork, MockPart } from '../../mock/record';
import { FollowUpAndHandIn } from './follow-up-and-hand-in';
import { MTID } from './mock-test-ids';

type Props = {
  part: Extract<MockPart, { kind: 'concept' }>;
  question: ConceptQuestion;
  onWork(change: (work: ConceptWork) => ConceptWork): void;
  onHandIn(): void;
};

/** A concept question as asked out loud: answer, then the interviewer's follow-up. No review until the scorecard. */
export function MockConceptPart({ part, question, onWork, onHandIn }: Props) {
  const [askFollowUp, setAskFollowUp] = useState(part.work.followUp.trim() !== '');
  const followUp = question.followUps[0];
  return (
    <section className="page" aria-labelledby="mock-concept-title" style={{ padding: 0 }}>
      <h2 id="mock-concept-title">{question.title}</h2>
      <p className="question">{question.question}</p>
      <label htmlFor="mock-concept-answer">
        <strong>Your answer</strong> <span className="muted">(type it, or say it out loud and type what you said)</span>
      </label>
      <textarea id="mock-concept-answer" className="answer-box" data-testid={MTID.conceptAnswer} value={part.work.answer} onChange={(e) => { const v = e.target.value; onWork((w) => ({ ...w, answer: v })); }} />
      <FollowUpAndHandIn
        asked={askFollowUp}
        question={followUp.question}
        answer={part.work.followUp}
        onAnswer={(v) => onWork((w) => ({ ...w, followUp: v }))}
        onAsk={() => setAskFollowUp(true)}
        answerTestId={MTID.conceptFollowUp}
        onHandIn={onHandIn}
      />
    </section>
  );
}
