import { MTID } from './mock-test-ids';

type Props = {
  /** Whether the candidate has asked for the follow-up yet. */
  asked: boolean;
  question: string;
  answer: string;
  onAnswer(text: string): void;
  onAsk(): void;
  answerTestId: string;
  askTestId?: string;
  onHandIn(): void;
};

/** The end of a spoken part: the interviewer's follow-up once the candidate has answered, then hand in. */
export function FollowUpAndHandIn({ asked, question, answer, onAnswer, onAsk, answerTestId, askTestId, onHandIn }: Props) {
  return (
    <>
      {asked ? (
        <>
          <p className="question">{question}</p>
          <textarea className="answer-box" aria-label="Your answer to the follow-up" data-testid={answerTestId} value={answer} onChange={(e) => onAnswer(e.target.value)} />
        </>
      ) : (
        <div className="row">
          <button type="button" data-testid={askTestId} onClick={onAsk}>
            I have answered: ask me the follow-up
          </button>
        </div>
      )}
      <div className="row">
        <button type="button" className="accent" data-testid={MTID.handIn} onClick={onHandIn}>
          Hand in this answer
        </button>
      </div>
    </>
  );
}
