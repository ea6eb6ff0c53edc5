import { useEffect, useRef, useState } from 'react';
import type { ConceptQuestion } from '../../problems/parse';
import type { ConceptReview } from '../../review/concept-review';
import { Markdown } from '../common/markdown';
import { formatClock } from '../../mock/clock';
import { MTID } from '../mock/mock-test-ids';
import { loadConceptPractice, recordConceptReview, saveConceptAnswer } from '../mock/mock-store';
import { ConceptReviewView } from './concept-review-view';
import { useDebouncedSave } from '../storage/use-debounced-save';
import '../mock/mock.css';

/** How long the user speaks in "say it out loud" mode: about what an interviewer lets an answer run. */
export const SAY_IT_MS = 90_000;
const SAVE_DELAY_MS = 300;

type SayIt = { phase: 'idle' } | { phase: 'speaking'; startedAt: number } | { phase: 'typing' };

/** Practise one concept question: write an answer, or say it out loud for 90 seconds and then type what you said. */
export default function ConceptPage({ question }: { question: ConceptQuestion }) {
  const [answer, setAnswer] = useState(() => loadConceptPractice(question.id).answer);
  const [review, setReview] = useState<ConceptReview | undefined>();
  const [mode, setMode] = useState<'write' | 'say'>('write');
  const [sayIt, setSayIt] = useState<SayIt>({ phase: 'idle' });
  const [now, setNow] = useState(() => Date.now());
  const [announcement, setAnnouncement] = useState('');
  const [showModel, setShowModel] = useState(false);
  const pendingSave = useDebouncedSave((value: string) => saveConceptAnswer(question.id, value), SAVE_DELAY_MS);
  const answerBox = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    document.title = `${question.title} · Techscreen`;
  }, [question.title]);

  // The countdown redraws a few times a second; screen readers hear only the start and the end.
  useEffect(() => {
    if (sayIt.phase !== 'speaking') return;
    const timer = setInterval(() => {
      const t = Date.now();
      setNow(t);
      if (t - sayIt.startedAt >= SAY_IT_MS) {
        setSayIt({ phase: 'typing' });
        setAnnouncement('Time is up. Now type or paste what you said.');
      }
    }, 250);
    return () => clearInterval(timer);
  }, [sayIt]);

  useEffect(() => {
    if (sayIt.phase === 'typing') answerBox.current?.focus();
  }, [sayIt.phase]);

  const onAnswer = (value: string) => {
    setAnswer(value);
    pendingSave.schedule(value);
  };

  const [reviewError, setReviewError] = useState('');
  const doReview = () => {
    pendingSave.cancel();
    saveConceptAnswer(question.id, answer);
    setReviewError('');
    // The answer reader (and its NLP library) loads on the first review, not with the page.
    import('../../review/concept-review')
      .then(({ reviewConceptAnswer }) => {
        const r = reviewConceptAnswer(answer, question.keyPoints);
        setReview(r);
        const gaps = r.findings.filter((f) => f.status !== 'explained' && !f.unsure).map((f) => f.point.id);
        const unsure = r.findings.filter((f) => f.status !== 'explained' && f.unsure).map((f) => f.point.id);
        recordConceptReview(question.id, { at: Date.now(), met: r.met, total: r.total, missed: gaps, ...(unsure.length ? { undecided: unsure } : {}) });
      })
      .catch(() => setReviewError('The review could not load. Your answer is saved; reload the page and try again.'));
  };

  const startSpeaking = () => {
    const t = Date.now();
    setNow(t);
    setSayIt({ phase: 'speaking', startedAt: t });
    setAnnouncement('90 seconds: answer out loud now.');
  };

  const remaining = sayIt.phase === 'speaking' ? Math.max(0, SAY_IT_MS - (now - sayIt.startedAt)) : SAY_IT_MS;
  const canType = mode === 'write' || sayIt.phase === 'typing';
  return (
    <section className="page" data-testid={MTID.conceptPage} aria-labelledby="concept-title">
      <p className="crumbs">
        <a href="#/">Catalog</a> › Technical concepts
      </p>
      <h1 id="concept-title">{question.title}</h1>
      <p>
        <span className={`badge difficulty-${question.difficulty}`}>{question.difficulty}</span> <span className="badge kind-concept">concept</span>
      </p>
      <p className="question">{question.question}</p>
      <div className="row" role="radiogroup" aria-label="How to answer">
        <label>
          <input type="radio" name="mode" checked={mode === 'write'} onChange={() => setMode('write')} /> Write my answer
        </label>
        <label>
          <input type="radio" name="mode" data-testid={MTID.sayItMode} checked={mode === 'say'} onChange={() => { setMode('say'); setSayIt({ phase: 'idle' }); }} /> Say it out loud (90 seconds), then type what I said
        </label>
      </div>
      <p className="visually-hidden" aria-live="assertive" data-testid={MTID.timerAnnouncement}>
        {announcement}
      </p>
      {mode === 'say' && sayIt.phase !== 'typing' && (
        <div className="panel">
          {sayIt.phase === 'idle' ? (
            <>
              <p>Answer as you would on the phone: out loud, in full sentences, for up to 90 seconds. Then type or paste what you said and get the same review.</p>
              <button type="button" className="primary" data-testid={MTID.sayItStart} onClick={startSpeaking}>
                Start the 90 seconds
              </button>
            </>
          ) : (
            <div className="row">
              <span className="big-timer" role="timer" aria-live="off" aria-label="Time left to speak" data-testid={MTID.sayItTimer} data-remaining-ms={remaining}>
                {formatClock(remaining)}
              </span>
              <button type="button" data-testid={MTID.sayItDone} onClick={() => { setSayIt({ phase: 'typing' }); setAnnouncement('Now type or paste what you said.'); }}>
                I am done speaking
              </button>
            </div>
          )}
        </div>
      )}
      {canType && (
        <>
          <label htmlFor="concept-answer">
            <strong>{mode === 'say' ? 'Type or paste what you said' : 'Your answer'}</strong>
          </label>
          <textarea id="concept-answer" ref={answerBox} className="answer-box" data-testid={MTID.conceptAnswer} value={answer} onChange={(e) => onAnswer(e.target.value)} />
          <div className="row">
            <button type="button" className="primary" data-testid={MTID.conceptReviewButton} disabled={!answer.trim()} onClick={doReview}>
              Review my answer
            </button>
          </div>
          {reviewError && (
            <p role="alert" className="error">
              {reviewError}
            </p>
          )}
        </>
      )}
      {review && (
        <>
          <ConceptReviewView
            findings={review.findings.map((f) => ({ id: f.point.id, label: f.point.label, status: f.status, unsure: f.unsure, evidence: f.evidence, message: f.message }))}
            notes={review.notes}
          />
          <h2>The interviewer follows up</h2>
          <ul data-testid={MTID.followUps}>
            {question.followUps.map((f) => (
              <li key={f.question}>
                <strong>{f.question}</strong>
                <details>
                  <summary>What a good answer covers</summary>
                  <p>{f.listenFor}</p>
                </details>
              </li>
            ))}
          </ul>
        </>
      )}
      <h2>Model answer</h2>
      {showModel ? (
        <div data-testid={MTID.modelAnswer}>
          <Markdown source={question.modelAnswer} />
          <h3>What the interviewer listens for</h3>
          <ul>
            {question.keyPoints.map((p) => (
              <li key={p.id}>
                <strong>{p.label}.</strong> {p.why}
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <button type="button" onClick={() => setShowModel(true)}>
          Reveal the model answer
        </button>
      )}
    </section>
  );
}
