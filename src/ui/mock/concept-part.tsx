import { useState } from 'react';
import type { ConceptQuestion } from '../../problems/parse';
import type { ConceptWork, MockPart } from '../../mock/record';
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
      {askFollowUp ? (
        <>
          <p className="question">{followUp.question}</p>
          <textarea className="answer-box" aria-label="Your answer to the follow-up" data-testid={MTID.conceptFollowUp} value={part.work.followUp} onChange={(e) => { const v = e.target.value; onWork((w) => ({ ...w, followUp: v })); }} />
        </>
      ) : (
        <div className="row">
          <button type="button" onClick={() => setAskFollowUp(true)}>
            I have answered: ask me the follow-up
          </button>
        </div>
      )}
      <div className="row">
        <button type="button" className="accent" data-testid={MTID.handIn} onClick={onHandIn}>
          Hand in this answer
        </button>
      </div>
    </section>
  );
}
