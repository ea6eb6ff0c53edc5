import { useEffect, useMemo, useRef, useState } from 'react';
import type { Principle } from '../../problems/principles';
import { storyText } from '../../review/story/story-coverage';
import { formatClock } from '../../mock/clock';
import { useDebouncedSave } from '../storage/use-debounced-save';
import { StoryReviewView } from './story-review-view';
import { StoryOptions, storiesForPrinciple } from './story-options';
import { listStories, loadPrinciplePractice, recordPrincipleAttempt, savePrincipleAnswer } from './story-store';
import { STID } from './story-test-ids';
import { useStoryReview } from './use-story-review';

/** How long a told answer should take: the interviewer starts probing after about two minutes. */
export const DRILL_MS = 120_000;

type Phase = { name: 'ready' } | { name: 'speaking'; startedAt: number } | { name: 'typing'; spokenMs: number };

/**
 * The 2-minute drill for one principle: a question as an interviewer asks it, a story from the bank (or
 * a fresh one) told aloud against the clock, then typed and reviewed, then a follow-up from the
 * principle's probes.
 */
export function PrincipleDrillPage({ principle, principles }: { principle: Principle; principles: Principle[] }) {
  const [questionIndex, setQuestionIndex] = useState(() => Math.floor(Date.now() / 1000) % principle.questions.length);
  const stories = useMemo(() => listStories(), []);
  const { tagged, others } = storiesForPrinciple(stories, principle.id);
  const [storyId, setStoryId] = useState<string>(tagged[0]?.id ?? '');
  const [phase, setPhase] = useState<Phase>({ name: 'ready' });
  const [now, setNow] = useState(() => Date.now());
  const [answer, setAnswer] = useState(() => loadPrinciplePractice(principle.id).answer);
  const [announcement, setAnnouncement] = useState('');
  const { review, run } = useStoryReview(principles);
  const [probe, setProbe] = useState<string | undefined>();
  const box = useRef<HTMLTextAreaElement>(null);
  const saver = useDebouncedSave((value: string) => savePrincipleAnswer(principle.id, value), 300);

  useEffect(() => {
    document.title = `${principle.name} drill · Techscreen`;
  }, [principle.name]);
  useEffect(() => {
    if (phase.name !== 'speaking') return;
    const timer = setInterval(() => {
      const t = Date.now();
      setNow(t);
      if (t - phase.startedAt >= DRILL_MS) {
        setPhase({ name: 'typing', spokenMs: DRILL_MS });
        setAnnouncement('Two minutes are up. Type or paste what you said.');
      }
    }, 250);
    return () => clearInterval(timer);
  }, [phase]);
  useEffect(() => {
    if (phase.name === 'typing') box.current?.focus();
  }, [phase.name]);

  const chosen = stories.find((s) => s.id === storyId);
  const start = () => {
    const t = Date.now();
    setNow(t);
    setPhase({ name: 'speaking', startedAt: t });
    setAnnouncement('Two minutes: tell your answer out loud now.');
    if (chosen && !answer.trim()) {
      const text = storyText(chosen.story);
      setAnswer(text);
      saver.schedule(text);
    }
  };
  const doReview = async () => {
    saver.flush();
    const r = await run(answer);
    if (!r) return;
    const spokenMs = phase.name === 'typing' ? phase.spokenMs : undefined;
    recordPrincipleAttempt(principle.id, {
      at: Date.now(),
      question: principle.questions[questionIndex],
      storyId: chosen?.id,
      spokenSeconds: spokenMs === undefined ? undefined : Math.round(spokenMs / 1000),
      complete: r.complete,
      firstPersonShare: r.firstPersonShare,
      metrics: r.metrics.length,
      seconds: r.seconds,
      source: 'drill',
    });
    // The follow-up goes where the story is weakest, as an interviewer's would.
    const weak = !r.parts.result.present || r.metrics.length === 0 ? /number|measure|result|data|cost|save/i : r.firstPersonShare < 0.5 ? /you|your/i : /differently|learn|next/i;
    setProbe(principle.probes.find((p) => weak.test(p)) ?? principle.probes[Math.floor(Date.now() / 1000) % principle.probes.length]);
  };

  const remaining = phase.name === 'speaking' ? Math.max(0, DRILL_MS - (now - phase.startedAt)) : DRILL_MS;
  return (
    <section className="page" data-testid={STID.drillPage} aria-labelledby="drill-title">
      <p className="crumbs">
        <a href="#/stories">Story bank</a> › {principle.name}
      </p>
      <h1 id="drill-title">{principle.name}: 2-minute drill</h1>
      <p className="muted">{principle.meaning}</p>
      <p className="question" data-testid={STID.drillQuestion}>
        {principle.questions[questionIndex]}
      </p>
      <div className="row">
        <button type="button" onClick={() => setQuestionIndex((i) => (i + 1) % principle.questions.length)} disabled={phase.name === 'speaking'}>
          Another question
        </button>
        <label>
          Answer with{' '}
          <select data-testid={STID.drillStory} value={storyId} onChange={(e) => setStoryId(e.target.value)} disabled={phase.name === 'speaking'}>
            <StoryOptions tagged={tagged} others={others} principleName={principle.name} />
          </select>
        </label>
      </div>
      <p className="visually-hidden" aria-live="assertive">
        {announcement}
      </p>
      {phase.name === 'ready' && (
        <button type="button" className="primary" data-testid={STID.drillStart} onClick={start}>
          Start the 2 minutes
        </button>
      )}
      {phase.name === 'speaking' && (
        <div className="row">
          <span className="big-timer" role="timer" aria-label="Time left to speak" data-testid={STID.drillTimer} data-remaining-ms={remaining}>
            {formatClock(remaining)}
          </span>
          <button
            type="button"
            data-testid={STID.drillDone}
            onClick={() => {
              setPhase({ name: 'typing', spokenMs: Date.now() - phase.startedAt });
              setAnnouncement('Now type or paste what you said.');
            }}
          >
            I am done speaking
          </button>
        </div>
      )}
      {phase.name !== 'speaking' && (
        <>
          <label htmlFor="drill-answer">
            <strong>{phase.name === 'typing' ? 'What you said (edit the story to match how you told it)' : 'Your answer (you can also write it first)'}</strong>
          </label>
          <textarea
            id="drill-answer"
            ref={box}
            className="answer-box"
            data-testid={STID.drillAnswer}
            value={answer}
            onChange={(e) => {
              setAnswer(e.target.value);
              saver.schedule(e.target.value);
            }}
          />
          {phase.name === 'typing' && <p className="muted">You spoke for {formatClock(phase.spokenMs)} (goal 1:30–3:00).</p>}
          <button type="button" className="primary" data-testid={STID.drillReview} disabled={!answer.trim()} onClick={() => void doReview()}>
            Review my answer
          </button>
        </>
      )}
      {review && <StoryReviewView review={review} />}
      {probe && (
        <div className="panel" data-testid={STID.followUp}>
          <h2>The interviewer follows up</h2>
          <p className="question">{probe}</p>
          <p className="muted">Answer it out loud in under a minute. Other probes for this principle: {principle.probes.filter((p) => p !== probe).join(' · ')}</p>
        </div>
      )}
    </section>
  );
}
