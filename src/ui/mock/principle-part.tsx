import { useMemo } from 'react';
import type { MockPart, PrincipleWork } from '../../mock/record';
import { storyText } from '../../review/story/story-coverage';
import { listStories } from '../story/story-store';
import { StoryOptions, storiesForPrinciple } from '../story/story-options';
import { STID } from '../story/story-test-ids';
import { FollowUpAndHandIn } from './follow-up-and-hand-in';

type Props = {
  part: Extract<MockPart, { kind: 'principle' }>;
  onWork(change: (work: PrincipleWork) => PrincipleWork): void;
  onHandIn(): void;
};

/**
 * A leadership-principle question as the interviewer asks it: answer from a bank story (its text is put
 * in the box to tell and adjust) or fresh, then the follow-up. Reviewed as a story on the scorecard.
 */
export function MockPrinciplePart({ part, onWork, onHandIn }: Props) {
  const stories = useMemo(() => listStories(), []);
  const { tagged, others } = storiesForPrinciple(stories, part.itemId);
  const chooseStory = (id: string) => {
    const chosen = stories.find((s) => s.id === id);
    onWork((w) => ({ ...w, storyId: chosen?.id, answer: chosen && !w.answer.trim() ? storyText(chosen.story) : w.answer }));
  };
  return (
    <section className="page" data-testid={STID.lpPart} aria-labelledby="mock-lp-title" style={{ padding: 0 }}>
      <h2 id="mock-lp-title">Leadership principle: {part.title}</h2>
      <p className="question">{part.question}</p>
      <p className="muted">Tell it as you would on the phone, in about two minutes: the situation, your goal, what you did (“I”), and a result with a number.</p>
      {stories.length > 0 && (
        <label>
          Answer from your story bank:{' '}
          <select data-testid={STID.lpStoryPick} value={part.work.storyId ?? ''} onChange={(e) => chooseStory(e.target.value)}>
            <StoryOptions tagged={tagged} others={others} principleName={part.title} />
          </select>
        </label>
      )}
      <label htmlFor="mock-lp-answer">
        <strong>Your answer</strong> <span className="muted">(type it, or say it out loud and type what you said)</span>
      </label>
      <textarea id="mock-lp-answer" className="answer-box" rows={10} data-testid={STID.lpAnswer} value={part.work.answer} onChange={(e) => { const v = e.target.value; onWork((w) => ({ ...w, answer: v })); }} />
      <FollowUpAndHandIn
        asked={part.work.followUpAsked}
        question={part.probe}
        answer={part.work.followUp}
        onAnswer={(v) => onWork((w) => ({ ...w, followUp: v }))}
        onAsk={() => onWork((w) => ({ ...w, followUpAsked: true }))}
        answerTestId={STID.lpFollowUpAnswer}
        askTestId="mock-lp-ask-follow-up"
        onHandIn={onHandIn}
      />
    </section>
  );
}
