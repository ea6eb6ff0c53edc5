import { useRef, type KeyboardEvent } from 'react';
import type { AnswerQuestion, ApiQuestion, EstimateQuestion, TraceQuestion } from '../../problems/parse-questions';
import type { AnswerResult, FieldResult } from '../../review/questions/result';
import { showValue } from '../../review/questions/read-value';
import { Markdown } from '../common/markdown';
import { QTID } from './question-test-ids';

type Answers = Record<string, string>;
export type FormProps = {
  question: AnswerQuestion;
  answers: Answers;
  onChange(id: string, value: string): void;
  /** The graded hand-in: shown under each field. Absent before the hand-in, so nothing expected shows. */
  result?: AnswerResult;
  locked?: boolean;
};

/** The name a pseudocode reader sees: `points_for` for the problem's `pointsFor`. */
function shownName(q: TraceQuestion): string {
  if (q.language !== 'python') return q.function;
  const snake = q.function.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
  return new RegExp(`\\bdef\\s+${snake}\\b`).test(q.snippet) ? snake : q.function;
}

/** One field's graded outcome: ✓ or ✗, what the interviewer says, and the expected answer when wrong. */
export function FieldOutcome({ field }: { field: FieldResult | undefined }) {
  if (!field) return null;
  const mark = field.advice ? 'advice' : field.right ? 'right' : 'wrong';
  return (
    <div className={`field-outcome ${mark}`} data-testid={QTID.fieldOutcome} data-field={field.id} data-right={field.advice ? 'advice' : String(field.right)}>
      <strong>{field.advice ? 'Advice' : field.right ? '✓ Right' : '✗ Not right'}</strong> {field.message}
      {!field.right && !field.advice && field.expected !== undefined && (
        <div>
          Expected: <code data-testid={QTID.expected}>{field.expected}</code>
        </div>
      )}
    </div>
  );
}

/** Tab indents in a code box; Esc then Tab leaves it (the editor's own convention). */
function useIndentingTab() {
  const leaving = useRef(false);
  return (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'Escape') leaving.current = true;
    else if (e.key === 'Tab' && !e.shiftKey && !leaving.current) {
      e.preventDefault();
      const box = e.currentTarget;
      box.setRangeText('    ', box.selectionStart, box.selectionEnd, 'end');
      box.dispatchEvent(new Event('input', { bubbles: true }));
    } else if (e.key !== 'Tab') leaving.current = false;
  };
}

function TraceForm({ question: q, answers, onChange, result, locked }: FormProps & { question: TraceQuestion }) {
  const outcome = (id: string) => result?.fields.find((f) => f.id === id);
  const onKeyDown = useIndentingTab();
  const name = shownName(q);
  const lines = q.snippet.replace(/\n+$/, '').split('\n');
  return (
    <>
      <Markdown source={q.context} />
      <pre className="snippet" data-testid={QTID.snippet} aria-label={`The code (${q.language === 'python' ? 'Python-style pseudocode' : 'JavaScript'})`}>
        <code>
          {lines.map((line, i) => (
            <span key={i} className="snippet-line">
              <span className="snippet-number" aria-hidden="true">
                {i + 1}
              </span>
              {line || ' '}
              {'\n'}
            </span>
          ))}
        </code>
      </pre>
      <h2>What does it return?</h2>
      {q.predictions.map((p) => {
        const call = `${name}(${p.args.map((a) => showValue(a as never, q.language)).join(', ')})`;
        return (
          <div key={p.id} className="answer-field">
            <label htmlFor={`answer-${p.id}`}>
              <code className="call">{call}</code> returns
            </label>
            <input
              id={`answer-${p.id}`}
              className="answer-input mono"
              data-testid={QTID.field}
              data-field={p.id}
              spellCheck={false}
              autoComplete="off"
              placeholder={q.language === 'python' ? "as in code, e.g. [1, 2], 'ab', True or None" : 'as in code, e.g. [1, 2], "ab", true or null'}
              value={answers[p.id] ?? ''}
              readOnly={locked}
              onChange={(e) => onChange(p.id, e.target.value)}
            />
            <FieldOutcome field={outcome(p.id)} />
          </div>
        );
      })}
      {q.bug && (
        <>
          <h2>Where does it go wrong?</h2>
          <div className="answer-field">
            <label htmlFor="answer-breaking-input">
              An input on which it does not do what it is meant to (the argument{q.predictions[0].args.length > 1 ? 's, separated by commas' : ''}):
            </label>
            <input
              id="answer-breaking-input"
              className="answer-input mono"
              data-testid={QTID.field}
              data-field="breaking-input"
              spellCheck={false}
              autoComplete="off"
              value={answers['breaking-input'] ?? ''}
              readOnly={locked}
              onChange={(e) => onChange('breaking-input', e.target.value)}
            />
            <FieldOutcome field={outcome('breaking-input')} />
          </div>
          <div className="answer-field">
            <label htmlFor="answer-fix">Fix it: edit the code so it does what it was meant to. Hidden tests judge it.</label>
            <textarea
              id="answer-fix"
              className="answer-box mono code-box"
              data-testid={QTID.field}
              data-field="fix"
              spellCheck={false}
              rows={Math.min(24, lines.length + 2)}
              value={answers.fix ?? q.snippet}
              readOnly={locked}
              onKeyDown={onKeyDown}
              onChange={(e) => onChange('fix', e.target.value)}
            />
            <p className="muted small">Tab indents; press Esc, then Tab, to leave the box.</p>
            <FieldOutcome field={outcome('fix')} />
          </div>
        </>
      )}
      <h2>In one sentence</h2>
      <div className="answer-field">
        <label htmlFor="answer-explain">What does this code do, as you would say it to the interviewer? (Advice only: not graded.)</label>
        <textarea
          id="answer-explain"
          className="answer-box"
          rows={3}
          data-testid={QTID.field}
          data-field="explain"
          value={answers.explain ?? ''}
          readOnly={locked}
          onChange={(e) => onChange('explain', e.target.value)}
        />
        <FieldOutcome field={outcome('explain')} />
      </div>
    </>
  );
}

const pretty = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v, null, 2));

function ApiForm({ question: q, answers, onChange, result, locked }: FormProps & { question: ApiQuestion }) {
  const outcome = (id: string) => result?.fields.find((f) => f.id === id);
  return (
    <>
      <Markdown source={q.context} />
      <ol className="exchange" data-testid={QTID.exchange}>
        {q.exchange.map((step, i) => (
          <li key={i} className="exchange-step">
            {step.note && <p className="muted">{step.note}</p>}
            <pre className="http request" aria-label={`Call ${i + 1}: request`}>
              {[`${step.request.method} ${step.request.path}`, ...Object.entries(step.request.headers ?? {}).map(([k, v]) => `${k}: ${v}`), ...(step.request.body === undefined ? [] : ['', pretty(step.request.body)])].join('\n')}
            </pre>
            {step.response ? (
              <pre className="http response" aria-label={`Call ${i + 1}: response`}>
                {[`← ${step.response.status}`, ...Object.entries(step.response.headers ?? {}).map(([k, v]) => `${k}: ${v}`), ...(step.response.body === undefined ? [] : ['', pretty(step.response.body)])].join('\n')}
              </pre>
            ) : (
              <p className="muted">(no response shown)</p>
            )}
          </li>
        ))}
      </ol>
      <h2>Questions</h2>
      {q.questions.map((x) => (
        <div key={x.id} className="answer-field">
          {x.answer.type === 'choice' ? (
            <fieldset data-testid={QTID.field} data-field={x.id}>
              <legend>{x.ask} <span className="muted">(tick every one that applies)</span></legend>
              {x.answer.options.map((o) => {
                const chosen = (answers[x.id] ?? '').split(',').map((s) => s.trim()).filter(Boolean);
                const checked = chosen.includes(o.id);
                return (
                  <label key={o.id} className="choice">
                    <input
                      type="checkbox"
                      checked={checked}
                      disabled={locked}
                      onChange={() => onChange(x.id, (checked ? chosen.filter((c) => c !== o.id) : [...chosen, o.id]).join(', '))}
                    />{' '}
                    {o.label}
                  </label>
                );
              })}
            </fieldset>
          ) : (
            <>
              <label htmlFor={`answer-${x.id}`}>{x.ask}</label>
              <input
                id={`answer-${x.id}`}
                className="answer-input mono"
                data-testid={QTID.field}
                data-field={x.id}
                spellCheck={false}
                autoComplete="off"
                value={answers[x.id] ?? ''}
                readOnly={locked}
                onChange={(e) => onChange(x.id, e.target.value)}
              />
            </>
          )}
          <FieldOutcome field={outcome(x.id)} />
        </div>
      ))}
    </>
  );
}

function EstimateForm({ question: q, answers, onChange, result, locked }: FormProps & { question: EstimateQuestion }) {
  const outcome = (id: string) => result?.fields.find((f) => f.id === id);
  return (
    <>
      <Markdown source={q.scenario} />
      <p className="question">{q.ask}</p>
      <div className="answer-field">
        <label htmlFor="answer-work">
          Your working: one assumption or step per line, e.g. <code>50M × 2 = 100M orders a day</code>; a line starting with <code>× 3</code> continues the one before.
        </label>
        <textarea
          id="answer-work"
          className="answer-box mono"
          rows={8}
          data-testid={QTID.field}
          data-field="work"
          spellCheck={false}
          value={answers.work ?? ''}
          readOnly={locked}
          onChange={(e) => onChange('work', e.target.value)}
        />
        <FieldOutcome field={outcome('work')} />
        {result?.fields.filter((f) => f.id.startsWith('needs-')).map((f) => <FieldOutcome key={f.id} field={f} />)}
      </div>
      <div className="answer-field">
        <label htmlFor="answer-figure">Your final figure, with its unit ({q.unitLabel})</label>
        <input
          id="answer-figure"
          className="answer-input mono"
          data-testid={QTID.field}
          data-field="figure"
          autoComplete="off"
          placeholder="e.g. 3.5k requests/s, 4 TB"
          value={answers.figure ?? ''}
          readOnly={locked}
          onChange={(e) => onChange('figure', e.target.value)}
        />
        <FieldOutcome field={outcome('figure')} />
      </div>
    </>
  );
}

/** The answer fields of a trace, api or estimate question, with each field's outcome after the hand-in. */
export function AnswerForm(props: FormProps) {
  const q = props.question;
  if (q.kind === 'trace') return <TraceForm {...props} question={q} />;
  if (q.kind === 'api') return <ApiForm {...props} question={q} />;
  return <EstimateForm {...props} question={q} />;
}
