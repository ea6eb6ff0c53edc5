import { useEffect, useRef, useState } from 'react';
import type { CodingProblem } from '../../problems/parse';
import type { Language } from '../../engine/types';
import { getJudgeClient } from '../../worker/browser-client';
import { describeStop, measureGrowth, type GrowthReport } from '../../worker/measure-growth';
import { reviewComplexity, type ComplexityReview } from '../../review/complexity-review';
import { TID } from '../common/test-ids';
import { Markdown } from '../common/markdown';
import { GrowthPlot } from './growth-plot';

type Props = {
  problem: CodingProblem;
  source: string;
  language: Language;
  dark: boolean;
  note: string;
  onNoteChange(note: string): void;
};

const STATUS_ICON = { pass: '✓', fail: '✗', info: 'i' } as const;

/** The user explains time and space; the app checks the claim against the problem and against their code's measured growth. */
export function ComplexityPanel({ problem, source, language, dark, note, onNoteChange }: Props) {
  const [text, setText] = useState(note);
  const [busy, setBusy] = useState(false);
  const [growth, setGrowth] = useState<GrowthReport | undefined>();
  const [review, setReview] = useState<ComplexityReview | undefined>();
  const saveTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => () => clearTimeout(saveTimer.current), []);

  const onText = (value: string) => {
    setText(value);
    clearTimeout(saveTimer.current);
    saveTimer.current = setTimeout(() => onNoteChange(value), 300);
  };

  const analyse = async () => {
    setBusy(true);
    onNoteChange(text);
    const measured = await measureGrowth(getJudgeClient(), problem, source, language);
    setBusy(false);
    if (!measured) return;
    setGrowth(measured);
    setReview(reviewComplexity({ text, complexity: problem.complexity, measured: measured.time, measuredNote: describeStop(measured.stopped) }));
  };

  const c = problem.complexity;
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
      <button type="button" className="primary" onClick={() => void analyse()} disabled={busy || text.trim() === ''}>
        {busy ? 'Measuring your code…' : 'Review my explanation'}
      </button>
      {growth && (
        <p data-testid={TID.measuredClass} data-class={growth.time ?? ''}>
          Your code measured as <strong>{growth.time ?? 'unclear (too few sizes completed)'}</strong> in time, from {growth.points.length} input sizes
          {growth.points.length > 0 && ` (n = ${growth.points[0].n} to ${growth.points[growth.points.length - 1].n})`}.
          {growth.stopped && <span className="muted"> Measuring stopped: {describeStop(growth.stopped)}.</span>}
        </p>
      )}
      {review && (
        <ul className="checks" data-testid={TID.complexityReview} data-verdict={review.verdict}>
          {review.checks.map((check) => (
            <li key={check.id} className={`check check-${check.status}`} data-testid={TID.complexityCheck} data-check={check.id} data-status={check.status}>
              <span className="check-icon" aria-label={check.status}>
                {STATUS_ICON[check.status]}
              </span>{' '}
              {check.message}
            </li>
          ))}
        </ul>
      )}
      {growth && growth.points.length >= 2 && <GrowthPlot points={growth.points} claimed={review?.claim.time?.class} measured={growth.time} dark={dark} />}
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
