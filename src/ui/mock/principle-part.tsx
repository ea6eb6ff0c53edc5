import { useMemo } from 'react';
import type { MockPart, PrincipleWork } from '../../mock/record';
import { storyText } from '../../review/story/story-coverage';
import { listStories } from '../story/story-store';
import { storyTitle } from '../story/story-bank-page';
import { STID } from '../story/story-test-ids';
import { MTID } from './mock-test-ids';

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
  const tagged = stories.filter((s) => s.story.tags.includes(part.itemId as never));
  const others = stories.filter((s) => !tagged.includes(s));
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
            <option value="">a fresh story</option>
            {tagged.length > 0 && (
              <optgroup label={`Tagged ${part.title}`}>
                {tagged.map((s) => (
                  <option key={s.id} value={s.id}>
                    {storyTitle(s.story)}
                  </option>
                ))}
              </optgroup>
            )}
            {others.length > 0 && (
              <optgroup label="Other stories">
                {others.map((s) => (
                  <option key={s.id} value={s.id}>
                    {storyTitle(s.story)}
                  </option>
                ))}
              </optgroup>
            )}
          </select>
        </label>
      )}
      <label htmlFor="mock-lp-answer">
        <strong>Your answer</strong> <span className="muted">(type it, or say it out loud and type what you said)</span>
      </label>
      <textarea id="mock-lp-answer" className="answer-box" rows={10} data-testid={STID.lpAnswer} value={part.work.answer} onChange={(e) => { const v = e.target.value; onWork((w) => ({ ...w, answer: v })); }} />
      {part.work.followUpAsked ? (
        <>
          <p className="question">{part.probe}</p>
          <textarea className="answer-box" aria-label="Your answer to the follow-up" data-testid={STID.lpFollowUpAnswer} value={part.work.followUp} onChange={(e) => { const v = e.target.value; onWork((w) => ({ ...w, followUp: v })); }} />
        </>
      ) : (
        <div className="row">
          <button type="button" data-testid="mock-lp-ask-follow-up" onClick={() => onWork((w) => ({ ...w, followUpAsked: true }))}>
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
