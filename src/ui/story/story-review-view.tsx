import type { StoryReview } from '../../review/story/story-review';
import { STORY_PARTS } from '../../review/story/story-text';
import { STID } from './story-test-ids';

const PART_NAME = { situation: 'Situation', task: 'Task', action: 'Actions', result: 'Result', learning: 'Learning' } as const;
const PART_WHY = {
  situation: 'Where and when, and what was at stake: one or two sentences.',
  task: 'The goal or responsibility: what you (or the team) had to achieve.',
  action: 'What was done about it, step by step.',
  result: 'An outcome someone could check: a launch on the date, a renewal, a number before and after. A feeling does not count.',
  learning: 'A lesson stated as one: “I learned…”, “next time I…”.',
} as const;
const ACTOR = { i: 'I', we: 'we / the team', passive: 'passive (“was done”)', other: 'someone else' } as const;

const minutes = (s: number) => `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;

/** A story's review: the parts with their sentences, first person, measures, time, principles, advice. */
export function StoryReviewView({ review, onTag }: { review: StoryReview; onTag?: (principleId: string) => void }) {
  const own = review.actions;
  return (
    <div data-testid={STID.review} data-complete={review.complete} className="panel">
      <h3>How an interviewer hears it</h3>
      <ul className="checks">
        {STORY_PARTS.map((part) => {
          const p = review.parts[part];
          return (
            <li key={part} className={`check check-${p.present ? 'pass' : part === 'learning' ? 'info' : 'fail'}`} data-testid={STID.reviewPart} data-part={part} data-present={p.present}>
              <span className="check-icon" aria-label={p.present ? 'present' : 'missing'}>
                {p.present ? '✓' : '✗'}
              </span>{' '}
              <strong>{PART_NAME[part]}</strong> {p.present ? '' : <span className="muted">(not found{part === 'learning' ? ', optional' : ''})</span>}
              {p.evidence && <div className="check-detail evidence">“{p.evidence}”</div>}
              {!p.present && <div className="check-detail">{p.note ?? PART_WHY[part]}</div>}
            </li>
          );
        })}
      </ul>
      <p data-testid="story-first-person" data-share={review.firstPersonShare}>
        <strong>Your own actions:</strong>{' '}
        {own.length
          ? `${Math.round(review.firstPersonShare * 100)}% of ${own.length} action sentence${own.length === 1 ? '' : 's'} say “I” (${(['i', 'we', 'passive', 'other'] as const)
              .filter((a) => a === 'i' || own.some((x) => x.actor === a))
              .map((a) => `${own.filter((x) => x.actor === a).length} ${ACTOR[a]}`)
              .join(', ')}).`
          : 'cannot tell: no sentence tells an action with who did it.'}
      </p>
      <p data-testid="story-metrics">
        <strong>Measurable outcomes:</strong> {review.metrics.length ? review.metrics.map((m) => `“${m}”`).join('; ') : 'none stated in the result.'}
      </p>
      <p data-testid="story-time" data-seconds={review.seconds}>
        <strong>Length:</strong> {review.words} words, about {minutes(review.seconds)} told aloud at 140 words a minute —{' '}
        {review.pace === 'good' ? 'inside the 1½–3 minutes an answer should take.' : review.pace === 'short' ? 'shorter than the 1½ minutes an answer needs.' : 'longer than 3 minutes: the interviewer will cut in.'}
      </p>
      <p>
        <strong>Principles it shows best:</strong>
      </p>
      <ul>
        {review.principles.map((p) => (
          <li key={p.id} data-testid={STID.suggestedTag} data-principle={p.id}>
            {p.name}
            {p.evidence[0] ? <span className="muted"> — “{p.evidence[0]}”</span> : <span className="muted"> — a guess: no signal words found</span>}
            {onTag && (
              <>
                {' '}
                <button type="button" className="link-button" onClick={() => onTag(p.id)}>
                  Tag it
                </button>
              </>
            )}
          </li>
        ))}
      </ul>
      {review.cannotTell.length > 0 && (
        <>
          <p>
            <strong>Cannot tell:</strong>
          </p>
          <ul>
            {review.cannotTell.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </>
      )}
      {review.advice.length > 0 && (
        <>
          <p>
            <strong>What the interviewer would say:</strong>
          </p>
          <ul data-testid="story-advice">
            {review.advice.map((a) => (
              <li key={a}>{a}</li>
            ))}
          </ul>
        </>
      )}
      <p className="muted">The review reads the words of your sentences; it cannot check that they are true or how you sound. Say it aloud with the 2-minute drill.</p>
    </div>
  );
}
