import { useMemo, useState } from 'react';
import { listCatalog, type CatalogEntry } from '../../problems/catalog';
import { loadProblem } from '../../problems/catalog';
import { drawMock, drawPrinciples, FULL_SCREEN, MOCK_LENGTHS, scalePlan, withPrinciples, type DrawItem, type MockLength, type MockPlan } from '../../mock/draw';
import { markOf } from '../../mock/marks';
import { storyCoverage } from '../../review/story/story-coverage';
import { principleBank } from '../story/principle-bank';
import { listStories } from '../story/story-store';
import type { MockPart, MockRecord } from '../../mock/record';
import { buildScorecard } from '../../mock/scorecard';
import { formatClock } from '../../mock/clock';
import { gatherMarks, gatherProgress } from '../progress/progress-data';
import { listMocks, loadMockSettings, saveMock, saveMockSettings, setActiveMock } from './mock-store';
import { MTID } from './mock-test-ids';

const STANDARD = Object.keys(MOCK_LENGTHS).map(Number) as MockLength[];
export const STARTER_MOCK_DIAGRAM = 'flowchart LR\n  client[Client] --> service[Service]\n';

const newSeed = () => Math.floor(Math.random() * 36 ** 6).toString(36).padStart(6, '0');

/** Trace, api and estimate questions are all one kind of mock part. */
function drawItemOf(e: CatalogEntry): DrawItem {
  if (e.kind === 'trace' || e.kind === 'api' || e.kind === 'estimate') return { ...e, kind: 'question', questionKind: e.kind };
  return { ...e, kind: e.kind };
}

/** Items the user has solved (the same marks as the catalog and progress), so the draw can avoid them. */
function solvedItems(entries: CatalogEntry[]): Set<string> {
  const marks = gatherMarks(entries);
  return new Set(entries.filter((e) => marks[e.id] === 'solved').map((e) => e.id));
}

/**
 * Principles to ask first: those missed last time (drill or mock), then those with no story in the bank.
 * The mock is where a weak principle gets asked again.
 */
function weakPrinciples(ids: readonly string[]): string[] {
  const { evidence, touched } = gatherProgress([]);
  const missed = ids.filter((id) => markOf(id, evidence, touched) === 'missed');
  const uncovered = storyCoverage(listStories().map((s) => ({ id: s.id, tags: s.story.tags }))).uncovered;
  return [...missed, ...uncovered.filter((id) => !missed.includes(id))];
}

/** The length of the standard plan whose split a custom clock borrows: the nearest one. */
const nearestLength = (minutes: number): MockLength => STANDARD.reduce((best, m) => (Math.abs(m - minutes) < Math.abs(best - minutes) ? m : best), STANDARD[0]);

/** Choose the length, see the drawn set, begin; and the list of past mocks with their scores. */
export function MockSetup({ onStarted }: { onStarted(record: MockRecord): void }) {
  const catalog = useMemo(() => listCatalog().flatMap((c) => ('entry' in c ? [c.entry] : [])), []);
  const entries = useMemo<DrawItem[]>(() => catalog.map(drawItemOf), [catalog]);
  const solved = useMemo(() => solvedItems(catalog), [catalog]);
  const [minutes, setMinutes] = useState(() => loadMockSettings().minutes);
  const [withLp, setWithLp] = useState(() => loadMockSettings().principles);
  const bank = useMemo(() => principleBank(), []);
  const weak = useMemo(() => (bank.ok ? weakPrinciples(bank.principles.map((p) => p.id)) : []), [bank]);
  const [custom, setCustom] = useState(() => !STANDARD.includes(loadMockSettings().minutes as MockLength));
  const [seed, setSeed] = useState(newSeed);
  const [error, setError] = useState<string | undefined>();
  const [starting, setStarting] = useState(false);
  const history = useMemo(() => listMocks().filter((r) => r.finishedAt !== undefined), []);

  const plan: MockPlan | string = useMemo(() => {
    try {
      if (withLp) {
        if (!bank.ok) return `The leadership principles could not be loaded: ${bank.errors.join('; ')}`;
        const full = withPrinciples(drawMock(entries, FULL_SCREEN.technical as MockLength, seed, solved), drawPrinciples(bank.principles, seed, weak));
        return minutes === full.minutes ? full : scalePlan(full, minutes);
      }
      const base = drawMock(entries, nearestLength(minutes), seed, solved);
      return minutes === base.minutes ? base : scalePlan(base, minutes);
    } catch (e) {
      return (e as Error).message;
    }
  }, [entries, minutes, seed, solved, withLp, bank, weak]);

  const chooseMinutes = (m: number) => {
    if (!Number.isFinite(m) || m <= 0 || m > 240) return;
    setMinutes(m);
    saveMockSettings({ minutes: m, principles: withLp });
  };
  const chooseWhole = (on: boolean) => {
    setWithLp(on);
    if (on) {
      setCustom(false);
      setMinutes(FULL_SCREEN.minutes);
    }
    saveMockSettings({ minutes: on ? FULL_SCREEN.minutes : minutes, principles: on });
  };

  const begin = async () => {
    if (typeof plan === 'string') return;
    setStarting(true);
    try {
      const coding = plan.parts.find((p) => p.kind === 'coding');
      const loaded = coding ? await loadProblem(coding.item.id) : undefined;
      if (loaded && !loaded.ok) throw new Error(loaded.errors.join('; '));
      const starter = loaded?.ok && loaded.problem.kind === 'coding' ? loaded.problem.starter.javascript : '';
      const now = Date.now();
      const parts: MockPart[] = plan.parts.map((p) => {
        const base = { itemId: p.item.id, title: p.item.title, skill: p.item.skill, durationMs: Math.round(p.minutes * 60_000) };
        if (p.kind === 'coding') return { ...base, kind: 'coding', work: { language: 'javascript', code: starter, fields: {}, stepLog: [] } };
        if (p.kind === 'design') return { ...base, kind: 'design', designKind: p.item.skill === 'api-design' ? 'api' : 'system', work: { diagram: STARTER_MOCK_DIAGRAM, notes: {} } };
        if (p.kind === 'principle') return { ...base, kind: 'principle', question: p.question ?? '', probe: p.probe ?? '', work: { answer: '', followUp: '', followUpAsked: false } };
        if (p.kind === 'question') return { ...base, kind: 'question', questionKind: p.item.questionKind ?? 'trace', work: { answers: {} } };
        return { ...base, kind: 'concept', work: { answer: '', followUp: '' } };
      });
      const record: MockRecord = { version: 1, id: `m${now.toString(36)}`, seed, plannedMinutes: minutes, createdAt: now, parts };
      saveMock(record);
      setActiveMock(record.id);
      onStarted(record);
    } catch (e) {
      setError(`The mock could not start: ${(e as Error).message}`);
      setStarting(false);
    }
  };

  return (
    <section className="page" data-testid={MTID.mockSetup} aria-labelledby="mock-title">
      <p className="crumbs">
        <a href="#/">Catalog</a> › Mock screen
      </p>
      <h1 id="mock-title">Mock technical screen</h1>
      <p>
        Interview conditions: no hints, no reference, exam-mode verdicts (how many tests passed and the kind of the first failure, never a hidden test's name), a clock per part and overall. At zero a part
        locks and the next one opens. Everything saves as you type; if the page reloads or crashes, the mock resumes where it was — and the clock keeps running, as it would in an interview.
      </p>
      <fieldset className="setup-grid">
        <legend>Length</legend>
        <div className="row" role="radiogroup" aria-label="Length">
          <label>
            <input type="radio" name="length" data-testid={MTID.mockLength} value="whole" checked={withLp && !custom} onChange={() => chooseWhole(true)} /> The whole phone screen, 60 minutes
            <span className="muted"> (2 leadership-principle questions of 15 minutes, then the 30-minute technical half)</span>
          </label>
          {STANDARD.map((m) => (
            <label key={m}>
              <input type="radio" name="length" data-testid={MTID.mockLength} value={m} checked={!withLp && !custom && minutes === m} onChange={() => { setCustom(false); setWithLp(false); setMinutes(m); saveMockSettings({ minutes: m, principles: false }); }} /> {m} minutes technical
              {m === 30 && <span className="muted"> (the technical half of a 60-minute screen)</span>}
            </label>
          ))}
          <label>
            <input type="radio" name="length" checked={custom} onChange={() => setCustom(true)} /> Custom length{withLp ? ' (whole screen)' : ''}
          </label>
          {custom && (
            <label>
              <input type="number" min={1} max={240} step={0.5} data-testid={MTID.mockCustomMinutes} value={minutes} onChange={(e) => chooseMinutes(Number(e.target.value))} style={{ width: '5em' }} /> minutes
            </label>
          )}
        </div>
      </fieldset>
      <h2>The set drawn for you</h2>
      {typeof plan === 'string' ? (
        <p role="alert">{plan}</p>
      ) : (
        <>
          <p className="muted">
            {withLp ? 'Two leadership-principle questions (principles you missed or have no story for come first), then ' : ''}One coding problem with its complexity explanation, one design prompt, {plan.parts.filter((p) => p.kind === 'concept').length} concept questions{plan.parts.some((p) => p.kind === 'question') ? ' and one short read-the-code, read-the-API or estimate question' : ''}, balanced and avoiding what you already solved where possible. Draw{' '}
            <code>{seed}</code> gives the same set on any machine.
          </p>
          <ol className="plan-list">
            {plan.parts.map((p) => (
              <li key={p.item.id} data-testid={MTID.mockPlanPart} data-kind={p.kind} data-id={p.item.id}>
                <strong>{p.kind === 'coding' ? 'Coding' : p.kind === 'design' ? (p.item.skill === 'api-design' ? 'API design' : 'System design') : p.kind === 'principle' ? 'Leadership principle' : 'Concept'}</strong> · {formatClock(p.minutes * 60_000)} — {p.item.title}
                {p.weak && <span className="muted"> (you missed it last time or have no story for it)</span>}
                {p.reusedSolved && <span className="muted"> (you solved this before: nothing unsolved of this kind is left)</span>}
              </li>
            ))}
          </ol>
        </>
      )}
      <div className="row">
        <button type="button" data-testid={MTID.mockRedraw} onClick={() => setSeed(newSeed())}>
          Draw another set
        </button>
        <button type="button" className="primary" data-testid={MTID.mockBegin} disabled={typeof plan === 'string' || starting} onClick={() => void begin()}>
          Begin the mock
        </button>
      </div>
      {error && <p role="alert">{error}</p>}
      <h2>Past mocks</h2>
      {history.length === 0 ? (
        <p className="muted">No finished mock yet.</p>
      ) : (
        <table className="score-table" data-testid={MTID.mockHistory}>
          <thead>
            <tr>
              <th>When</th>
              <th>Length</th>
              <th>Parts</th>
              <th>Score</th>
            </tr>
          </thead>
          <tbody>
            {history.map((r) => {
              const card = buildScorecard(r);
              return (
                <tr key={r.id} data-testid={MTID.mockHistoryRow} data-id={r.id} data-score={card.score ?? ''}>
                  <td>
                    <a href={`#/mock/${r.id}`}>{new Date(r.createdAt).toLocaleString()}</a>
                  </td>
                  <td>{formatClock(r.plannedMinutes * 60_000)}</td>
                  <td>{r.parts.map((p) => p.title).join(' · ')}</td>
                  <td>{card.score !== undefined ? `${card.score}/100` : 'not scored yet'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
