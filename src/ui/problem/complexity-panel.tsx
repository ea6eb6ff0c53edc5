import { useEffect, useState } from 'react';
import type { CodingProblem } from '../../problems/parse';
import type { Language } from '../../engine/types';
import { getJudgeClient } from '../../worker/browser-client';
import { describeStop, measureGrowth, type GrowthReport } from '../../worker/measure-growth';
import type { ComplexityReview } from '../../review/complexity-review';
import { TID } from '../common/test-ids';
import { Markdown } from '../common/markdown';
import { hotLevel, type EditorHighlight } from '../editor/hot-lines';
import { GrowthPlot } from './growth-plot';
import { useDebouncedSave } from '../storage/use-debounced-save';

type Props = {
  problem: CodingProblem;
  source: string;
  language: Language;
  dark: boolean;
  note: string;
  onNoteChange(note: string): void;
  /** The lines that do the measured work, for the editor to tint; [] clears them. */
  onHotLines?(lines: EditorHighlight[]): void;
  /** Why the review cannot start now (a Run or Submit is using the sandbox); it never cancels one. */
  blocked?: string;
  /** Tells the page a measurement is running, so a Run or Submit waits instead of cancelling it. */
  onBusyChange?(busy: boolean): void;
};

const STATUS_ICON = { pass: '✓', fail: '✗', info: 'i' } as const;
/** A measured phrase as a sentence of its own: capital first letter, one full stop. */
const sentence = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1).replace(/\.?$/, '.')}`;

/** The user explains time and space; the app checks the claim against the problem, their code and its measured growth. */
export function ComplexityPanel({ problem, source, language, note, onNoteChange, onHotLines, blocked, onBusyChange }: Props) {
  const [text, setText] = useState(note);
  const [busy, setBusy] = useState(false);
  const [growth, setGrowth] = useState<GrowthReport | undefined>();
  const [review, setReview] = useState<ComplexityReview | undefined>();
  const [measuredSource, setMeasuredSource] = useState<string | undefined>();
  const pendingSave = useDebouncedSave(onNoteChange, 300);
  // Hot lines belong to the code that was measured: once it changes, its line numbers no longer hold.
  const stale = measuredSource !== undefined && measuredSource !== source;
  useEffect(() => {
    if (stale) onHotLines?.([]);
  }, [stale, onHotLines]);

  const onText = (value: string) => {
    setText(value);
    pendingSave.schedule(value);
  };

  const analyse = async () => {
    if (blocked) return;
    setBusy(true);
    onBusyChange?.(true);
    pendingSave.cancel();
    onNoteChange(text);
    // The review reads the code with acorn, sucrase and the pseudocode parser: loaded on first use, while measuring.
    const reviewer = import('../../review/complexity-review');
    const measured = await measureGrowth(getJudgeClient(), problem, source, language).finally(() => onBusyChange?.(false));
    setBusy(false);
    if (!measured) return;
    const { reviewComplexity } = await reviewer;
    const r = reviewComplexity({
      text,
      complexity: problem.complexity,
      growth: measured,
      measuredNote: describeStop(measured.stopped),
      source,
      language: language === 'typescript' ? 'typescript' : 'javascript',
    });
    setGrowth(measured);
    setReview(r);
    setMeasuredSource(source);
    onHotLines?.(r.hotLines.map((h) => ({ line: h.line, share: h.share, text: `${Math.round(h.share * 100)}% of the measured work${h.note ? `: ${h.note}` : ''}` })));
  };

  const c = problem.complexity;
  const measuredText = growth ? (growth.time ?? (growth.between ? `between ${growth.between[0]} and ${growth.between[1]}` : 'unclear (too few sizes completed)')) : '';
  const spaceText = growth?.space ? (growth.space.class ?? (growth.space.between ? `between ${growth.space.between[0]} and ${growth.space.between[1]}` : 'not measurable')) : undefined;
  return (
    <div className="complexity">
      <label htmlFor="complexity-text">
        <strong>Explain your solution's time and space complexity</strong>
      </label>
      <p className="muted">
        For example, for finding the longest word in a sentence: “Time O(n): I look at each of the n words once. Space O(1): I keep only the longest so far.”
        Variables: {c.variables.map((v) => `${v.name} = ${v.meaning}`).join('; ')}.
      </p>
      <textarea id="complexity-text" data-testid={TID.complexityInput} rows={5} value={text} onChange={(e) => onText(e.target.value)} />
      <button type="button" className="primary" onClick={() => void analyse()} disabled={busy || !!blocked || text.trim() === ''}>
        {busy ? 'Measuring your code…' : 'Review my explanation'}
      </button>
      {blocked && !busy && (
        <p className="muted" role="status" data-testid={TID.queuedRequest} data-mode="review">
          {blocked}
        </p>
      )}
      {review && (
        <p className="read-back" data-testid="complexity-read-back">
          {review.readBack}
        </p>
      )}
      {growth && (
        <div className="measured">
          <p data-testid={TID.measuredClass} data-class={growth.time ?? ''}>
            Your code measured as <strong>{measuredText}</strong> in time, from {growth.points.length} input sizes
            {growth.points.length > 0 && ` (n = ${growth.points[0].n.toLocaleString('en-US')} to ${growth.points[growth.points.length - 1].n.toLocaleString('en-US')})`}.
            {growth.stopped && <span className="muted"> Measuring stopped: {describeStop(growth.stopped)}.</span>}
            <br />
            <span className="muted">{sentence(growth.evidence)}</span>
          </p>
          {spaceText && growth.space && (
            <p data-testid="measured-space" data-class={growth.space.class ?? ''}>
              Extra memory: <strong>{spaceText}</strong>. <span className="muted">{sentence(growth.space.evidence)}</span>
            </p>
          )}
        </div>
      )}
      {review && review.hotLines.length > 0 && (
        <div data-testid="hot-lines">
          <strong>Where the cost is</strong>
          {stale && <span className="muted"> (for the code as it was when measured)</span>}
          <ul className="hot-lines">
            {review.hotLines.map((h) => (
              <li key={h.line} data-line={h.line} data-share={h.share}>
                <span className={`hot-swatch hot-${hotLevel(h.share)}`} aria-hidden="true" />
                line {h.line}: {Math.round(h.share * 100)}% of the work, <code>{h.text}</code>
                {h.note && <span className="muted"> — {h.note}</span>}
              </li>
            ))}
          </ul>
          <p className="muted">The editor tints these lines: red does at least half the work, orange a fifth, yellow less.</p>
        </div>
      )}
      {review && (
        <ul className="checks" data-testid={TID.complexityReview} data-verdict={review.verdict} data-direction={review.direction ?? ''}>
          {review.checks.map((check) => (
            <li key={check.id} className={`check check-${check.status}`} data-testid={TID.complexityCheck} data-check={check.id} data-status={check.status}>
              <span className="check-icon" aria-label={check.status}>
                {STATUS_ICON[check.status]}
              </span>{' '}
              {check.message}
              {check.evidence && <div className="check-evidence">saw: {check.evidence}</div>}
            </li>
          ))}
        </ul>
      )}
      {growth && growth.points.length >= 2 && <GrowthPlot points={growth.points} claimed={review?.time ?? undefined} measured={growth.time} />}
      {review && (
        <details className="model-answer">
          <summary>Model explanation</summary>
          <p>
            Best time <strong>{c.timeText ?? c.time}</strong>, space <strong>{c.spaceText ?? c.space}</strong>
            {c.naive && <> · the common naive approach is {c.naive}</>}.
          </p>
          <Markdown source={problem.explanation} />
        </details>
      )}
    </div>
  );
}
