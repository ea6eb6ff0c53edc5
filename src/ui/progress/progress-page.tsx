import { useEffect, useMemo, useState } from 'react';
import { listCatalog, type CatalogEntry } from '../../problems/catalog';
import { SKILLS } from '../../problems/schema';
import { DAY_MS, practiseNext } from '../../mock/scheduler';
import { calibration, skillRows } from '../../mock/skills';
import { buildScorecard } from '../../mock/scorecard';
import { MARK_ICON, MARK_LABEL } from '../../mock/marks';
import { loadMermaid, nextRenderId } from '../common/mermaid-loader';
import { problemHref } from '../common/use-hash-route';
import { MTID } from '../mock/mock-test-ids';
import { gatherProgress } from './progress-data';
import { principleBank } from '../story/principle-bank';

const principleNames = (): [string, string][] => {
  const bank = principleBank();
  return bank.ok ? bank.principles.map((p) => [p.id, `Leadership principle: ${p.name}`]) : [];
};
import '../mock/mock.css';


function dueText(dueAt: number, now: number): string {
  if (dueAt <= now) return 'due now';
  const days = Math.ceil((dueAt - now) / DAY_MS);
  return days <= 1 ? 'due tomorrow' : `due in ${days} days`;
}

/** Per skill what was solved, attempted and missed (weakest first), the spaced "practise next" queue, and prediction calibration. */
export default function ProgressPage({ dark }: { dark: boolean }) {
  const entries = useMemo<CatalogEntry[]>(() => listCatalog().flatMap((c) => ('entry' in c ? [c.entry] : [])), []);
  const titles = useMemo(() => new Map([...entries.map((e) => [e.id, e.title] as [string, string]), ...principleNames()]), [entries]);
  const principleIds = useMemo(() => new Set(principleNames().map(([id]) => id)), []);
  const [now] = useState(() => Date.now());
  const data = useMemo(() => gatherProgress(entries), [entries]);
  const rows = useMemo(
    () => skillRows(entries, Object.entries(SKILLS).map(([id, label]) => ({ id, label })), data.evidence, data.touched),
    [entries, data],
  );
  const queue = useMemo(() => practiseNext(data.evidence, now), [data, now]);
  const points = useMemo(() => calibration(data.mocks), [data]);

  useEffect(() => {
    document.title = 'Progress · Techscreen';
  }, []);

  return (
    <section className="page" data-testid={MTID.progressPage} aria-labelledby="progress-title">
      <p className="crumbs">
        <a href="#/">Catalog</a> › Progress
      </p>
      <h1 id="progress-title">Progress and what to practise next</h1>
      <p className="muted">From your own work in this browser: practice submissions, design and concept reviews, and mocks. An item's status is its latest outcome.</p>

      <h2>Practise next</h2>
      {queue.length === 0 ? (
        <p className="muted">Nothing to come back to yet. Misses from practice and mocks appear here a day later, then again three days after you get them right.</p>
      ) : (
        <ol data-testid={MTID.practiseNext}>
          {queue.map((q) => (
            <li key={q.itemId} data-testid={MTID.practiseNextItem} data-id={q.itemId} data-due={q.due}>
              <a href={principleIds.has(q.itemId) ? `#/drill/${q.itemId}` : problemHref(q.itemId)}>{titles.get(q.itemId) ?? q.itemId}</a> — <strong>{dueText(q.dueAt, now)}</strong>
              {q.stage === 1 ? ' (second look, three days on)' : ''}. <span className="muted">{q.reason}</span>
            </li>
          ))}
        </ol>
      )}

      <h2>By skill, weakest first</h2>
      <p className="muted">Ordered by solved minus missed, per item of the skill.</p>
      <table className="score-table">
        <thead>
          <tr>
            <th>Skill</th>
            <th>Solved</th>
            <th>Missed</th>
            <th>Attempted</th>
            <th>Items</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.skill} data-testid={MTID.skillRow} data-skill={r.skill} data-solved={r.solved} data-missed={r.missed} data-attempted={r.attempted}>
              <th scope="row">{r.label}</th>
              <td>{r.solved}</td>
              <td>{r.missed}</td>
              <td>{r.attempted}</td>
              <td>
                {r.items.map((i) => (
                  <a key={i.id} href={problemHref(i.id)} title={`${i.title}: ${MARK_LABEL[i.status]}`} aria-label={`${i.title}: ${MARK_LABEL[i.status]}`} className={`mark mark-${i.status}`} data-id={i.id} data-mark={i.status}>
                    {MARK_ICON[i.status]}
                  </a>
                ))}{' '}
                <span className="muted">of {r.total}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2>Calibration: your predictions against the outcome</h2>
      <div data-testid={MTID.calibration} data-points={points.length}>
        {points.length === 0 ? (
          <p className="muted">Predictions are made in the coding part of a mock, before you submit. Finish a mock to see them here.</p>
        ) : (
          <>
            <p>
              Pass/fail predicted right in <strong>{points.filter((p) => p.passRight).length}</strong> of {points.length} mocks; time class right in{' '}
              <strong>{points.filter((p) => p.classRight).length}</strong> of {points.filter((p) => p.classRight !== undefined).length} measured.
            </p>
            <CalibrationChart points={points} dark={dark} />
            <table className="score-table">
              <thead>
                <tr>
                  <th>When</th>
                  <th>Problem</th>
                  <th>Predicted</th>
                  <th>Outcome</th>
                </tr>
              </thead>
              <tbody>
                {points.map((p) => (
                  <tr key={`${p.mockId}-${p.itemId}`}>
                    <td>
                      <a href={`#/mock/${p.mockId}`}>{new Date(p.at).toLocaleDateString()}</a>
                    </td>
                    <td>{titles.get(p.itemId) ?? p.itemId}</td>
                    <td>
                      {p.predictedPass ? 'pass' : 'fail'}, {p.predictedClass}
                    </td>
                    <td>
                      {p.passed ? 'passed' : 'failed'} {p.passRight ? '✓' : '✗'}, {p.measuredClass ?? 'unmeasured'} {p.classRight === undefined ? '' : p.classRight ? '✓' : '✗'}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </div>

      <h2>Past mocks</h2>
      <ul>
        {data.mocks.filter((m) => m.finishedAt !== undefined).length === 0 && <li className="muted">None yet. <a href="#/mock">Start a mock screen</a>.</li>}
        {data.mocks
          .filter((m) => m.finishedAt !== undefined)
          .map((m) => (
            <li key={m.id}>
              <a href={`#/mock/${m.id}`}>{new Date(m.createdAt).toLocaleString()}</a> — {buildScorecard(m).score ?? '…'}/100
            </li>
          ))}
      </ul>
    </section>
  );
}

/** Running share of right predictions after each mock, drawn with Mermaid's xychart like the growth plot. */
function CalibrationChart({ points, dark }: { points: ReturnType<typeof calibration>; dark: boolean }) {
  const [svg, setSvg] = useState('');
  useEffect(() => {
    if (points.length < 2) return;
    let live = true;
    const running = (key: 'passRight' | 'classRight') => {
      let right = 0;
      let seen = 0;
      return points.map((p) => {
        if (p[key] !== undefined) {
          seen++;
          if (p[key]) right++;
        }
        return seen ? Math.round((100 * right) / seen) : 0;
      });
    };
    const text = [
      'xychart-beta',
      '  title "Predictions right so far (%)"',
      `  x-axis "mock" [${points.map((_, i) => i + 1).join(', ')}]`,
      '  y-axis "% right" 0 --> 100',
      `  line [${running('passRight').join(', ')}]`,
      `  line [${running('classRight').join(', ')}]`,
    ].join('\n');
    loadMermaid(dark)
      .then((m) => m.render(nextRenderId('calibration'), text))
      .then((r) => live && setSvg(r.svg))
      .catch(() => live && setSvg(''));
    return () => {
      live = false;
    };
  }, [points, dark]);
  if (points.length < 2 || !svg) return null;
  return (
    <figure>
      <div className="plot-svg" dangerouslySetInnerHTML={{ __html: svg }} />
      <figcaption className="muted">First line: pass/fail predictions right so far; second line: time-class predictions right so far.</figcaption>
    </figure>
  );
}
