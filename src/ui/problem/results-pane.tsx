import type { CaseReport, JudgeReport } from '../../engine/types';
import type { CodingProblem } from '../../problems/parse';
import type { JudgeProgress } from '../../worker/judge-client';
import { VERDICT_LABEL, VERDICT_TONE } from '../common/verdict-text';
import { TID } from '../common/test-ids';
import { JsonView } from './json-view';
import { DEFAULT_LIMITS, WORK_UNITS_PER_MS } from '../../engine/limits';

type CodeVersion = { source: string; language: string };
type Props = {
  problem: CodingProblem;
  report?: JudgeReport;
  running?: { mode: 'run' | 'submit'; progress?: JudgeProgress };
  /** The code the report judged, and when. */
  judged?: CodeVersion & { at: number };
  /** The code in the editor now: when it differs from `judged`, the report is stale. */
  current?: CodeVersion;
  /** A Run or Submit asked for while the sandbox was busy, waiting for `waitingFor`. */
  queued?: 'run' | 'submit';
  waitingFor?: string;
  onCancelQueued?(): void;
  /** Exam mode: hidden tests are only counted, never named (a name like "exactly at TTL" gives the bug away). */
  exam?: boolean;
};

/** What the last Run or Submit found, case by case, in plain words. */
export function ResultsPane({ problem, report, running, judged, current, queued, waitingFor, onCancelQueued, exam = false }: Props) {
  const queuedNote = queued && (
    <p className="notice" role="status" data-testid={TID.queuedRequest} data-mode={queued}>
      {queued === 'submit' ? 'Submit' : 'Run'} queued: it starts when {waitingFor ?? 'the current run'} finishes, with your code as it is then.{' '}
      <button type="button" className="link-button" onClick={onCancelQueued}>
        Don't run it
      </button>
    </p>
  );
  if (running) {
    const p = running.progress;
    return (
      <div className="results" data-testid={TID.results}>
        <p className="running" role="status" data-testid={TID.running}>
          <span className="spinner" aria-hidden="true" /> Running{running.mode === 'submit' ? ' all tests' : ' the examples'}…
          {p && ` ${p.done}/${p.total}`}
          {p?.running && <span className="muted"> · {p.running}</span>}
        </p>
        {queuedNote}
        <p className="muted">You can keep editing while it runs. A stuck run is stopped automatically.</p>
      </div>
    );
  }
  if (queued && !report) return <div className="results" data-testid={TID.results}>{queuedNote}</div>;
  if (!report) {
    return (
      <div className="results" data-testid={TID.results}>
        <p className="muted">
          <strong>Run</strong> (Ctrl/Cmd+Enter) checks your code against the examples. <strong>Submit</strong> (Ctrl/Cmd+Shift+Enter) also runs
          the hidden tests, which show only their names.
        </p>
      </div>
    );
  }
  const tone = VERDICT_TONE[report.verdict];
  const workAllowed = (problem.limits?.caseTimeMs ?? DEFAULT_LIMITS.caseTimeMs) * WORK_UNITS_PER_MS;
  const firstFailure = report.cases.find((c) => c.verdict !== 'accepted');
  const stale = judged && current && (judged.source !== current.source || judged.language !== current.language);
  const hidden = report.cases.filter((c) => c.hidden);
  const firstHiddenFailure = hidden.find((c) => c.verdict !== 'accepted');
  const shownCases = exam ? report.cases.filter((c) => !c.hidden) : report.cases;
  // In exam mode a hidden failure says only its kind: its message could describe the case.
  const failureMessage = exam && firstFailure?.hidden ? undefined : firstFailure?.message;
  return (
    <div className={`results${stale ? ' stale' : ''}`} data-testid={TID.results} data-stale={stale ? 'true' : 'false'} aria-live="polite">
      {queuedNote}
      {judged && (
        <p className="muted results-for" data-testid={TID.resultsFor}>
          Results for your {judged.language === 'typescript' ? 'TypeScript code' : judged.language === 'python' ? 'pseudocode' : 'JavaScript code'} as of {new Date(judged.at).toLocaleTimeString()} ({judged.source.split('\n').length} lines,
          version {codeFingerprint(judged.source)}).
        </p>
      )}
      {stale && (
        <p className="notice stale-note" role="status" data-testid={TID.staleResults}>
          Your code has changed since this {report.mode === 'submit' ? 'Submit' : 'Run'}: these results are for the earlier version (
          {codeFingerprint(judged.source)}), not the code in the editor ({codeFingerprint(current.source)}). Run or Submit again to check it.
        </p>
      )}
      <div className={`verdict tone-${tone}`} data-testid={TID.verdict} data-verdict={report.verdict}>
        <strong>{VERDICT_LABEL[report.verdict]}</strong>
        <span>
          {report.passed}/{report.total} passed · {report.mode === 'submit' ? 'all tests' : 'examples'} · {report.timeMs} ms
        </span>
      </div>
      {report.compileError && (
        <div className="case-detail">
          <p>{report.compileError.message}</p>
        </div>
      )}
      {!report.compileError && failureMessage && <p className="next-step">{failureMessage}</p>}
      {report.notRun ? (
        <p className="muted" data-testid="not-run-summary">
          {report.notRun} later {report.notRun === 1 ? 'case was' : 'cases were'} not run: the submission stops at its first time or memory limit.
        </p>
      ) : null}
      {report.notices?.map((n) => (
        <p key={n} className="notice" data-testid="sandbox-notice">
          {n}
        </p>
      ))}
      {exam && !report.compileError && hidden.length > 0 && (
        <p className="exam-summary" data-testid="exam-summary">
          <strong>
            {hidden.filter((c) => c.verdict === 'accepted').length}/{hidden.length} hidden tests passed
          </strong>
          {firstHiddenFailure && <> · first failure: {VERDICT_LABEL[firstHiddenFailure.verdict].toLowerCase()}</>}
          <span className="muted"> · exam mode names no hidden test; switch to learning mode to see them.</span>
        </p>
      )}
      {report.verdict === 'accepted' && report.mode === 'run' && <p className="next-step">The examples pass. Submit to run the hidden tests too.</p>}
      {report.verdict === 'accepted' && report.mode === 'submit' && (
        <p className="next-step">Every test passes. Explain your time and space complexity in the Complexity tab, or compare with the reference solution.</p>
      )}
      {!report.compileError && (
        <ul className="cases">
          {shownCases.map((c, i) => (
            <CaseRow key={`${c.name}-${i}`} testCase={c} paramNames={problem.function.params.map((p) => p.name)} open={c === firstFailure && !c.hidden} workAllowed={workAllowed} />
          ))}
        </ul>
      )}
    </div>
  );
}

/**
 * "27 ms · work 1 of 2,000": the work is counted in steps by the sandbox (the same on every machine),
 * and a test stops when it reaches its allowance — shown beside it so the number means something.
 */
export function caseCost(c: Pick<CaseReport, 'timeMs' | 'work' | 'notRun'>, workAllowed: number): string {
  if (c.notRun) return '';
  const ms = `${Math.round(c.timeMs)} ms`;
  return c.work === undefined ? ms : `${ms} · work ${c.work.toLocaleString('en-US')} of ${workAllowed.toLocaleString('en-US')} allowed`;
}

function CaseRow({ testCase: c, paramNames, open, workAllowed }: { testCase: CaseReport; paramNames: string[]; open: boolean; workAllowed: number }) {
  const hasDetail = c.input !== undefined || (c.console && c.console.length > 0) || (c.message && !c.hidden);
  const summary = (
    <>
      <span className={`case-icon tone-${c.notRun ? 'neutral' : VERDICT_TONE[c.verdict]}`} aria-hidden="true">
        {c.notRun ? '–' : c.verdict === 'accepted' ? '✓' : '✗'}
      </span>
      <span className="case-name">
        {c.hidden && (
          <span className="hidden-tag" title="Hidden test: only its name is shown">
            hidden
          </span>
        )}
        {c.name}
      </span>
      <span className={`case-verdict tone-${c.notRun ? 'neutral' : VERDICT_TONE[c.verdict]}`}>{c.notRun ? 'Not run' : VERDICT_LABEL[c.verdict]}</span>
      <span className="case-time" title={c.work === undefined ? undefined : `Time on this device, and the work the sandbox counted in steps (the same on every device). A test stops at ${workAllowed.toLocaleString('en-US')} steps: that is the time limit.`}>
        {caseCost(c, workAllowed)}
      </span>
    </>
  );
  if (!hasDetail) {
    return (
      <li className="case-row" data-testid={TID.caseRow} data-verdict={c.verdict} data-hidden={c.hidden} data-not-run={c.notRun ? 'true' : undefined}>
        <div className="case-summary">{summary}</div>
      </li>
    );
  }
  return (
    <li className="case-row" data-testid={TID.caseRow} data-verdict={c.verdict} data-hidden={c.hidden} data-not-run={c.notRun ? 'true' : undefined}>
      <details open={open}>
        <summary className="case-summary">{summary}</summary>
        <div className="case-detail">
          {c.hidden && c.input !== undefined && <p className="muted">Learning mode: this hidden case is revealed because it is the first one that failed.</p>}
          {c.message && <p>{c.message}</p>}
          {c.input?.map((arg, i) => (
            <div key={i} className="example-line">
              <span className="label">{paramNames[i] ?? `arg ${i + 1}`}</span> <JsonView value={arg} />
            </div>
          ))}
          {c.expected !== undefined && (
            <div className="example-line">
              <span className="label">expected</span> <JsonView value={c.expected} />
            </div>
          )}
          {c.actual !== undefined && (
            <div className="example-line">
              <span className="label">yours</span> <JsonView value={c.actual} />
            </div>
          )}
          {c.console && c.console.length > 0 && (
            <pre className="console" aria-label="Console output">
              {c.console.map((line, i) => (
                <span key={i} className={`console-${line.level}`}>
                  {line.text}
                  {'\n'}
                </span>
              ))}
            </pre>
          )}
        </div>
      </details>
    </li>
  );
}

/** A short, stable name for one version of the code (FNV-1a), so "results for #3fa2c1" can be matched by eye. */
export function codeFingerprint(source: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < source.length; i++) {
    h ^= source.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return `#${(h >>> 0).toString(16).padStart(8, '0').slice(0, 6)}`;
}
