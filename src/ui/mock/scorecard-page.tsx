import { useMemo } from 'react';
import { stepTimes, formatClock } from '../../mock/clock';
import { METHOD_STEPS, type MockRecord } from '../../mock/record';
import { buildScorecard, scorecardMarkdown, STEP_LABEL, STEP_MIN_MS, STEP_MIN_WORDS, type PartScore } from '../../mock/scorecard';
import { problemHref } from '../common/use-hash-route';
import { VERDICT_LABEL } from '../common/verdict-text';
import { ConceptReviewView } from '../concept/concept-review-view';
import { MTID } from './mock-test-ids';
import { NOTE_SECTIONS } from '../../problems/design-vocabulary';
import { isAsked, MARK_ICON, MARK_LABEL } from '../../mock/marks';
import { scorePrinciple } from '../../mock/principle-score';
import { PRINCIPLE_IDS } from '../../problems/vocabulary';
import { STID } from '../story/story-test-ids';

/** A leadership principle is practised in its drill; every other item on its own page. */
const practiceHref = (id: string) => ((PRINCIPLE_IDS as readonly string[]).includes(id) ? `#/drill/${id}` : problemHref(id));
const practiceUrl = (id: string) => `${location.origin}${location.pathname}${practiceHref(id)}`;

function download(name: string, text: string) {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([text], { type: 'text/markdown' }));
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

/** The debrief: score, strengths, the three most important gaps, then each part in detail. */
export function ScorecardPage({ record }: { record: MockRecord }) {
  const card = useMemo(() => buildScorecard(record), [record]);
  const finished = record.finishedAt !== undefined;
  return (
    <section className="page" data-testid={MTID.scorecard} data-score={card.score ?? ''} data-pending={card.pending} aria-labelledby="scorecard-title">
      <p className="crumbs">
        <a href="#/">Catalog</a> › <a href="#/mock">Mock screen</a> › Scorecard
      </p>
      <h1 id="scorecard-title">Scorecard · {new Date(record.createdAt).toLocaleString()}</h1>
      {!finished && <p role="status">This mock is still running: <a href="#/mock">go back to it</a>.</p>}
      <p>
        <span className="score-big" data-testid={MTID.scorecardScore}>
          {card.score !== undefined ? `${card.score}/100` : '…'}
        </span>{' '}
        {card.pending > 0 ? (
          <span role="status">Judging {card.pending} part{card.pending > 1 ? 's' : ''}…</span>
        ) : (
          <span className="muted">Each part's score weighted by its time. Coding: tests 50 points, complexity claim 20, method steps 30 (a step counts when it has at least {STEP_MIN_WORDS} words and was open at least {STEP_MIN_MS / 1000} seconds); design: rubric items; concepts: key points explained; leadership principles: story parts 40, “I” 20, a measurable result 20, told in 1½–3 minutes 20.</span>
        )}
      </p>
      <div className="row">
        <button type="button" data-testid={MTID.exportMarkdown} onClick={() => download(`techscreen-mock-${new Date(record.createdAt).toISOString().slice(0, 10)}.md`, scorecardMarkdown(record, card, practiceUrl))}>
          Export as Markdown
        </button>
        <a href="#/progress">Progress and what to practise next</a>
        <a href="#/mock">Another mock</a>
      </div>
      <table className="score-table">
        <thead>
          <tr>
            <th>Part</th>
            <th>Score</th>
            <th>Mark</th>
            <th>Time used / given</th>
            <th>Ended</th>
          </tr>
        </thead>
        <tbody>
          {card.parts.map((p) => (
            <tr key={p.index}>
              <td>
                {p.index + 1}. {p.part.title} <span className="muted">({p.part.kind})</span>
              </td>
              <td>{p.score ?? '…'}</td>
              <td data-mark={p.mark ?? ''}>
                {p.mark ? (
                  <>
                    <span className={`mark mark-${p.mark}`} aria-hidden="true">
                      {MARK_ICON[p.mark]}
                    </span>{' '}
                    {MARK_LABEL[p.mark]}
                  </>
                ) : (
                  '…'
                )}
              </td>
              <td>
                {formatClock(p.usedMs)} / {formatClock(p.givenMs)}
              </td>
              <td>{p.part.endedBy === 'time' ? 'time ran out' : p.part.endedBy === 'hand-in' ? 'handed in' : 'open'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>Strengths</h2>
      <ul>
        {card.strengths.length === 0 && <li className="muted">None recorded this time.</li>}
        {card.strengths.map((s) => (
          <li key={s.text} data-testid={MTID.scorecardStrength}>
            {s.text}
          </li>
        ))}
      </ul>
      <h2>The three most important gaps</h2>
      <ol>
        {card.gaps.length === 0 && <li className="muted">No gaps found.</li>}
        {card.gaps.map((g) => (
          <li key={g.text} data-testid={MTID.scorecardGap}>
            {g.text}
          </li>
        ))}
      </ol>
      {card.parts.map((p) => (
        <PartDetail key={p.index} score={p} />
      ))}
    </section>
  );
}

function PartDetail({ score }: { score: PartScore }) {
  const part = score.part;
  return (
    <article className="panel" data-testid={MTID.scorecardPart} data-kind={part.kind} data-id={part.itemId} data-score={score.score ?? ''} data-mark={score.mark ?? ''} aria-labelledby={`part-${score.index}`}>
      <h2 id={`part-${score.index}`}>
        Part {score.index + 1}: {part.title}
      </h2>
      <p>
        Time used {formatClock(score.usedMs)} of {formatClock(score.givenMs)}
        {part.endedBy === 'time' ? ' — time ran out and the part locked' : ''}. Score {score.score ?? '…'}: {score.basis}.{' '}
        <a href={practiceHref(part.itemId)} data-testid={MTID.practiceLink}>
          Open it in practice mode, with the reference
        </a>
      </p>
      {part.evaluationError && <p role="alert">Could not be judged: {part.evaluationError}</p>}
      {part.kind === 'coding' && (
        <>
          <table className="score-table">
            <thead>
              <tr>
                <th>Step</th>
                <th>Time</th>
                <th>What you wrote</th>
              </tr>
            </thead>
            <tbody>
              {(() => {
                const times = stepTimes(part.work.stepLog, part.startedAt ?? 0, part.endedAt ?? part.startedAt ?? 0);
                return METHOD_STEPS.map((s) => (
                  <tr key={s}>
                    <td>{STEP_LABEL[s]}</td>
                    <td>{formatClock(times[s])}</td>
                    <td>{s === 'code' ? <pre className="handed-in" tabIndex={0}>{part.work.code}</pre> : <div className="handed-in" tabIndex={0}>{part.work.fields[s]?.trim() || <span className="muted">(empty)</span>}</div>}</td>
                  </tr>
                ));
              })()}
            </tbody>
          </table>
          {part.evaluation && (
            <>
              <p data-verdict={part.evaluation.verdict}>
                <strong>{VERDICT_LABEL[part.evaluation.verdict]}</strong>: {part.evaluation.passed}/{part.evaluation.total} tests passed (hidden {part.evaluation.hiddenPassed}/{part.evaluation.hiddenTotal})
                {part.evaluation.firstFailure && (
                  <>
                    ; first failure: {VERDICT_LABEL[part.evaluation.firstFailure]}
                    {part.evaluation.firstFailedExample ? ` on the visible example "${part.evaluation.firstFailedExample}"` : ' on a hidden test'}
                  </>
                )}
                .
              </p>
              <p>
                {part.work.prediction ? (
                  <>
                    You predicted <strong>{part.work.prediction.pass ? 'it would pass' : 'it would not pass'}</strong> and <strong>{part.work.prediction.timeClass}</strong>; it{' '}
                    <strong>{part.evaluation.verdict === 'accepted' ? 'passed' : 'did not pass'}</strong> and measured <strong>{part.evaluation.measured ?? 'unclear'}</strong>.
                  </>
                ) : (
                  'No prediction: time ran out before you submitted.'
                )}
              </p>
              <h3>Complexity review</h3>
              <ul className="checks">
                {part.evaluation.complexityChecks.map((c) => (
                  <li key={c.id} className={`check check-${c.status}`}>
                    <span className="check-icon">{c.status === 'pass' ? '✓' : c.status === 'fail' ? '✗' : 'i'}</span> {c.message}
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
      {part.kind === 'design' && (
        <>
          <pre className="handed-in" tabIndex={0}>{part.work.diagram}</pre>
          {Object.entries(part.work.notes)
            .filter(([, t]) => t.trim())
            .map(([section, text]) => (
              <div key={section}>
                <strong>{NOTE_SECTIONS.find((s) => s.id === section)?.title ?? section}</strong>
                <div className="handed-in" tabIndex={0}>{text}</div>
              </div>
            ))}
          {part.evaluation && (
            <>
              <h3>Rubric and API findings</h3>
              {part.evaluation.note && <p className="muted">{part.evaluation.note}</p>}
              <ul className="checks">
                {part.evaluation.results.map((r) => (
                  <li key={r.id} className={`check check-${r.met ? 'pass' : isAsked(r) ? 'unsure' : 'fail'}`} data-met={r.met} data-unsure={isAsked(r)}>
                    <span className="check-icon" aria-label={r.met ? 'met' : isAsked(r) ? 'not shown either way' : 'not met'}>{r.met ? '✓' : isAsked(r) ? '?' : '✗'}</span> <strong>{r.label}</strong> <span className="muted">({r.type})</span>
                    <div className="check-detail">{r.detail}</div>
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
      {part.kind === 'principle' && <PrincipleScore part={part} />}
      {part.kind === 'question' && (
        <>
          {part.evaluation ? (
            <>
              <p data-testid={MTID.questionVerdict} data-verdict={part.evaluation.verdict}>
                <strong>{part.evaluation.verdict === 'right' ? 'Right' : part.evaluation.verdict === 'partly' ? 'Partly right' : 'Not right'}</strong>
              </p>
              <ul className="checks">
                {part.evaluation.fields.map((f) => (
                  <li key={f.id} className={`check check-${f.advice ? 'info' : f.right ? 'pass' : 'fail'}`}>
                    <span className="check-icon">{f.advice ? 'i' : f.right ? '✓' : '✗'}</span> <strong>{f.id}</strong>: <span className="muted">“{(part.work.answers[f.id] ?? '').trim() || '(no answer)'}”</span>
                    <div className="check-detail">
                      {f.message}
                      {!f.right && !f.advice && f.expected !== undefined && <> Expected: <code>{f.expected}</code></>}
                    </div>
                  </li>
                ))}
              </ul>
            </>
          ) : (
            Object.entries(part.work.answers).map(([id, text]) => (
              <div key={id} className="handed-in" tabIndex={0}>
                <strong>{id}</strong>: {text}
              </div>
            ))
          )}
        </>
      )}
      {part.kind === 'concept' && (
        <>
          <div className="handed-in" tabIndex={0}>{part.work.answer.trim() || <span className="muted">(no answer)</span>}</div>
          {part.work.followUp.trim() && <div className="handed-in" tabIndex={0}>{part.work.followUp}</div>}
          {part.evaluation && <ConceptReviewView findings={part.evaluation.findings} notes={part.evaluation.notes} />}
        </>
      )}
    </article>
  );
}

const STORY_PART_NAMES = { situation: 'Situation', task: 'Task', action: 'Actions', result: 'Result', learning: 'Learning' } as const;

/** A leadership-principle answer on the scorecard: structure, first person, measures and time, side by side. */
function PrincipleScore({ part }: { part: Extract<MockRecord['parts'][number], { kind: 'principle' }> }) {
  const e = part.evaluation;
  const s = e ? scorePrinciple(e) : undefined;
  return (
    <div data-testid={STID.lpScore} data-structure={s?.structure ?? ''} data-first-person={e?.firstPersonShare ?? ''} data-metrics={e?.metrics.length ?? ''} data-seconds={e?.seconds ?? ''}>
      <p className="question">{part.question}</p>
      <div className="handed-in" tabIndex={0}>{part.work.answer.trim() || <span className="muted">(no answer)</span>}</div>
      {part.work.followUpAsked && (
        <>
          <p className="question">{part.probe}</p>
          <div className="handed-in" tabIndex={0}>{part.work.followUp.trim() || <span className="muted">(no answer to the follow-up)</span>}</div>
        </>
      )}
      {e && s && (
        <>
          <table className="score-table">
            <thead>
              <tr>
                <th scope="col">Story structure</th>
                <th scope="col">First person</th>
                <th scope="col">Measurable result</th>
                <th scope="col">Told aloud</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <td>
                  {(['situation', 'task', 'action', 'result', 'learning'] as const).map((k) => (
                    <div key={k} title={e.evidence[k]}>
                      {e.parts[k] ? '✓' : '✗'} {STORY_PART_NAMES[k]}
                    </div>
                  ))}
                  <span className="muted">{s.structure} of 40</span>
                </td>
                <td>
                  {e.actions ? `${Math.round(e.firstPersonShare * 100)}% of ${e.actions} actions with “I”` : 'cannot tell who acted'}
                  <br />
                  <span className="muted">{s.firstPerson} of 20</span>
                </td>
                <td>
                  {e.metrics.length ? e.metrics.map((m) => <div key={m}>“{m}”</div>) : 'none'}
                  <span className="muted">{s.metrics} of 20</span>
                </td>
                <td>
                  about {formatClock(e.seconds * 1000)} ({e.words} words)
                  <br />
                  <span className="muted">{s.time} of 20</span>
                </td>
              </tr>
            </tbody>
          </table>
          {e.advice.length > 0 && (
            <ul>
              {e.advice.map((a) => (
                <li key={a}>{a}</li>
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  );
}
