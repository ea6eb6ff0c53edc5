import { useCallback, useEffect, useRef, useState } from 'react';
import { loadProblem } from '../../problems/catalog';
import type { Problem } from '../../problems/parse';
import { advance, clockState, formatClock, handIn } from '../../mock/clock';
import type { MockPart, MockRecord } from '../../mock/record';
import { activeMockId, loadMock, saveMock, setActiveMock } from './mock-store';
import { getStore } from '../storage/store';
import { evaluatePart } from './evaluate';
import { MockSetup } from './mock-setup';
import { MockCodingPart } from './coding-part';
import { MockDesignPart } from './design-part';
import { MockQuestionPart } from './question-part';
import { MockConceptPart } from './concept-part';
import { MockPrinciplePart } from './principle-part';
import { ScorecardPage } from './scorecard-page';
import { MTID } from './mock-test-ids';
import './mock.css';

/** How often the clock redraws; the saved times are absolute, so this only affects the display. */
const TICK_MS = 250;
const SAVE_DELAY_MS = 250;

/**
 * "#/mock": the running mock if there is one, else the setup and history. "#/mock/<id>": that mock's
 * scorecard. Default export: a lazy chunk.
 */
export default function MockRoute({ scorecardId, dark }: { scorecardId?: string; dark: boolean }) {
  const [started, setStarted] = useState<MockRecord | undefined>();
  const id = scorecardId ?? started?.id ?? activeMockId();
  const [missing] = useState(() => (id ? loadMock(id) === undefined : false));
  if (id && !missing) return <MockSession key={id} id={id} dark={dark} scorecardOnly={scorecardId !== undefined} />;
  if (scorecardId) {
    return (
      <div className="panel error-panel" role="alert">
        <h1>That mock is not saved in this browser</h1>
        <a href="#/mock">Back to the mock screen</a>
      </div>
    );
  }
  if (id && missing) setActiveMock(undefined);
  return <MockSetup onStarted={setStarted} />;
}

/** One mock: keeps the saved record, its clock and its evaluations; shows the running part or the scorecard. */
function MockSession({ id, dark, scorecardOnly }: { id: string; dark: boolean; scorecardOnly: boolean }) {
  const [record, setRecord] = useState<MockRecord | undefined>(() => {
    const r = loadMock(id);
    return r ? advance(r, Date.now()) : undefined;
  });
  const latest = useRef(record);
  const saveTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const dirty = useRef(false);

  const flush = useCallback(() => {
    clearTimeout(saveTimer.current);
    saveTimer.current = undefined;
    if (!dirty.current || !latest.current) return;
    dirty.current = false;
    saveMock(latest.current);
  }, []);

  /** Every change goes through here: state now, storage shortly after (and at once for clock events). */
  const update = useCallback(
    (change: (r: MockRecord) => MockRecord, immediate = false) => {
      const current = latest.current;
      if (!current) return;
      const next = change(current);
      if (next === current) return;
      latest.current = next;
      dirty.current = true;
      setRecord(next);
      clearTimeout(saveTimer.current);
      if (immediate) flush();
      else saveTimer.current = setTimeout(flush, SAVE_DELAY_MS);
    },
    [flush],
  );

  useEffect(() => {
    if (record && record !== loadMock(id)) saveMock(record);
    // The store calls this when the page is hidden or unloaded (a reload right after typing) and before an export.
    const unregister = getStore().registerFlusher(flush);
    return () => {
      flush();
      unregister();
    };
    // Once per session: the first read may have closed expired parts, which must be saved.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [flush, id]);

  // Evaluate handed-in parts one at a time (the sandbox runs one job at a time). A session that has
  // gone (the scorecard took over) drops its result: the new session judges the part itself.
  const evaluating = useRef<number | undefined>(undefined);
  const live = useRef(true);
  useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
    };
  }, []);
  useEffect(() => {
    if (!record || evaluating.current !== undefined) return;
    const index = record.parts.findIndex((p) => p.endedAt !== undefined && !p.evaluation && !p.evaluationError);
    if (index === -1) return;
    evaluating.current = index;
    evaluatePart(record.parts[index], dark)
      .then((result) => live.current && update((r) => ({ ...r, parts: r.parts.map((p, i) => (i === index ? ({ ...p, evaluation: result.evaluation } as MockPart) : p)) }), true))
      .catch((e: unknown) => live.current && update((r) => ({ ...r, parts: r.parts.map((p, i) => (i === index ? { ...p, evaluationError: String((e as Error)?.message ?? e) } : p)) }), true))
      .finally(() => {
        evaluating.current = undefined;
        // Let the effect look for the next part.
        setRecord((r) => (r ? { ...r } : r));
      });
  }, [record, dark, update]);

  // A finished mock is no longer the active one, and its scorecard gets its own address.
  useEffect(() => {
    if (record?.finishedAt === undefined) return;
    if (activeMockId() === id) setActiveMock(undefined);
    if (!scorecardOnly) location.replace(`#/mock/${id}`);
  }, [record?.finishedAt, id, scorecardOnly]);

  if (!record) return <p role="alert">This mock could not be read.</p>;
  if (record.finishedAt !== undefined || scorecardOnly) return <ScorecardPage record={record} />;
  return <MockRunner record={record} update={update} dark={dark} />;
}

type Update = (change: (r: MockRecord) => MockRecord, immediate?: boolean) => void;

function MockRunner({ record, update, dark }: { record: MockRecord; update: Update; dark: boolean }) {
  const [now, setNow] = useState(() => Date.now());
  const [announcement, setAnnouncement] = useState('');
  const announced = useRef<string>('');

  useEffect(() => {
    const timer = setInterval(() => {
      const t = Date.now();
      setNow(t);
      update((r) => advance(r, t), true);
    }, TICK_MS);
    return () => clearInterval(timer);
  }, [update]);

  const clock = clockState(record, now);
  const part = clock.current >= 0 ? record.parts[clock.current] : undefined;

  // Screen readers hear the warnings and the part changes, never every second.
  useEffect(() => {
    if (!part) return;
    const key = `${clock.current}:${clock.warning ?? 'open'}`;
    if (announced.current === key) return;
    const first = announced.current === '';
    announced.current = key;
    if (clock.warning) setAnnouncement(`${clock.warning === 5 ? 'Five minutes' : 'One minute'} left for ${part.title}.`);
    else if (!first) {
      const previous = record.parts[clock.current - 1];
      setAnnouncement(`${previous?.endedBy === 'time' ? `Time is up for ${previous.title}. ` : ''}Part ${clock.current + 1} of ${record.parts.length} is open: ${part.title}.${part.carriedMs ? ` It has ${formatClock(part.carriedMs)} more, left over from the part before.` : ''}`);
    }
  }, [clock, part, record.parts]);

  const setWork = useCallback(
    <P extends MockPart>(index: number, change: (work: P['work']) => P['work']) =>
      update((r) => ({ ...r, parts: r.parts.map((p, i) => (i === index ? ({ ...p, work: change(p.work as P['work']) } as MockPart) : p)) })),
    [update],
  );

  const submit = (index: number, extra?: (p: MockPart) => MockPart) => update((r) => handIn(extra ? { ...r, parts: r.parts.map((p, i) => (i === index ? extra(p) : p)) } : r, index, Date.now()), true);

  const stop = () => update((r) => ({ ...r, abandoned: true, parts: r.parts.map((p) => (p.endedAt === undefined ? { ...p, startedAt: p.startedAt ?? Date.now(), endedAt: Date.now(), endedBy: 'hand-in' as const } : p)), finishedAt: Date.now() }), true);
  const [confirmStop, setConfirmStop] = useState(false);

  const tone = (ms: number) => (ms <= 60_000 ? 'urgent' : ms <= 5 * 60_000 ? 'warn' : '');
  return (
    <div data-testid={MTID.mockRun} data-part={clock.current} data-evaluated={record.parts.filter((p) => p.evaluation || p.evaluationError).length}>
      <h1 className="visually-hidden">
        Mock technical screen{part ? `, part ${clock.current + 1} of ${record.parts.length}: ${part.title}` : ''}
      </h1>
      <div className="mock-bar" role="region" aria-label="Mock clock">
        <ol className="part-list" aria-label="Parts">
          {record.parts.map((p, i) => (
            <li key={i} className={i === clock.current ? 'current' : p.endedAt !== undefined ? 'done' : ''} aria-current={i === clock.current ? 'step' : undefined}>
              {i + 1}. {p.kind}
            </li>
          ))}
        </ol>
        <span>
          This part{' '}
          <span className={`clock ${tone(clock.remainingMs)}`} role="timer" aria-live="off" data-testid={MTID.partTimer} data-remaining-ms={clock.remainingMs}>
            {formatClock(clock.remainingMs)}
          </span>
          {part?.carriedMs ? (
            <span className="muted" data-testid={MTID.carriedTime} data-carried-ms={part.carriedMs}>
              {' '}
              (includes {formatClock(part.carriedMs)} left over from the part before)
            </span>
          ) : null}
        </span>
        <span>
          Overall{' '}
          <span className="clock" role="timer" aria-live="off" data-testid={MTID.overallTimer} data-remaining-ms={clock.overallRemainingMs}>
            {formatClock(clock.overallRemainingMs)}
          </span>
        </span>
        <span role="status" aria-live="polite" data-testid={MTID.timerAnnouncement}>
          {announcement}
        </span>
        <span className="toolbar-spacer" />
        {confirmStop ? (
          <span role="group" aria-label="Confirm stopping">
            End the mock now and see the scorecard? <button type="button" onClick={stop}>End it</button> <button type="button" onClick={() => setConfirmStop(false)}>Keep going</button>
          </span>
        ) : (
          <button type="button" data-testid={MTID.abandonMock} onClick={() => setConfirmStop(true)}>
            End the mock early
          </button>
        )}
      </div>
      <div className="mock-body" data-testid={MTID.mockPart} data-index={clock.current} data-kind={part?.kind} data-id={part?.itemId}>
        {part?.kind === 'principle' && (
          <MockPrinciplePart key={clock.current} part={part} onWork={(change) => setWork(clock.current, change as (w: MockPart['work']) => MockPart['work'])} onHandIn={() => submit(clock.current)} />
        )}
        {part && part.kind !== 'principle' && <PartView key={clock.current} part={part} dark={dark} onWork={(change) => setWork(clock.current, change as (w: MockPart['work']) => MockPart['work'])} onHandIn={(extra) => submit(clock.current, extra)} />}
      </div>
    </div>
  );
}

type PartProps = {
  part: MockPart;
  dark: boolean;
  // The part's own work type; checked where each part is rendered.
  onWork(change: (work: never) => unknown): void;
  onHandIn(extra?: (p: MockPart) => MockPart): void;
};

/** Loads the part's item (validated like every problem) and shows the part for its kind. */
function PartView({ part, dark, onWork, onHandIn }: PartProps) {
  const [problem, setProblem] = useState<Problem | { error: string } | undefined>();
  useEffect(() => {
    let live = true;
    loadProblem(part.itemId).then((r) => live && setProblem(r.ok ? r.problem : { error: r.errors.join('\n') }));
    return () => {
      live = false;
    };
  }, [part.itemId]);
  if (!problem) return <p className="loading" role="status">Loading the part…</p>;
  if ('error' in problem) {
    return (
      <div className="panel error-panel" role="alert">
        <p>This part cannot be opened: {problem.error}</p>
        <button type="button" onClick={() => onHandIn()}>
          Skip to the next part
        </button>
      </div>
    );
  }
  const work = onWork as (change: (w: never) => never) => void;
  if (part.kind === 'coding' && problem.kind === 'coding') {
    return <MockCodingPart part={part} problem={problem} dark={dark} onWork={work} onHandIn={(prediction) => onHandIn((p) => (p.kind === 'coding' ? { ...p, work: { ...p.work, prediction } } : p))} />;
  }
  if (part.kind === 'design' && problem.kind === 'design') return <MockDesignPart part={part} prompt={problem} dark={dark} onWork={work} onHandIn={() => onHandIn()} />;
  if (part.kind === 'concept' && problem.kind === 'concept') return <MockConceptPart part={part} question={problem} onWork={work} onHandIn={() => onHandIn()} />;
  if (part.kind === 'question' && (problem.kind === 'trace' || problem.kind === 'api' || problem.kind === 'estimate')) return <MockQuestionPart part={part} question={problem} onWork={work} onHandIn={() => onHandIn()} />;
  return <p role="alert">This part's item changed kind since the mock began.</p>;
}
