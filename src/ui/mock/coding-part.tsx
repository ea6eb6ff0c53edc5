import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import type { CodingProblem } from '../../problems/parse';
import { COMPLEXITY_CLASSES, type ComplexityClass } from '../../problems/schema';
import type { JudgeReport } from '../../engine/types';
import { METHOD_STEPS, type CodingWork, type MethodStep, type MockPart, type TextStep } from '../../mock/record';
import { STEP_LABEL } from '../../mock/scorecard';
import { getJudgeClient } from '../../worker/browser-client';
import { judgeRequestFor } from '../../worker/requests';
import { Markdown } from '../common/markdown';
import { VERDICT_LABEL } from '../common/verdict-text';
import { MTID } from './mock-test-ids';

const CodeEditor = lazy(() => import('../editor/code-editor'));

type Language = CodingWork['language'];
const LANGUAGES: { id: Language; label: string; ext: string }[] = [
  { id: 'javascript', label: 'JavaScript', ext: 'js' },
  { id: 'typescript', label: 'TypeScript', ext: 'ts' },
  { id: 'python', label: 'Pseudocode (Python-style)', ext: 'py' },
];

const PLACEHOLDER: Record<TextStep, string> = {
  clarify: 'The questions you would ask, one per line, and the assumptions you make. E.g. "Can the list be empty? Assumption: ids are unique."',
  examples: 'Work one or two small examples by hand, including an edge case.',
  approach: 'The idea in words before any code: which data structure, one pass or two, why.',
  complexity: 'Time O(…) because …; space O(…) for …',
  test: 'The cases you would try and what you expect. You can run the visible examples below.',
};

type Props = {
  part: Extract<MockPart, { kind: 'coding' }>;
  problem: CodingProblem;
  dark: boolean;
  onWork(change: (work: CodingWork) => CodingWork): void;
  onHandIn(prediction: NonNullable<CodingWork['prediction']>): void;
};

/** The coding part, step by step as interviewers grade it; the open step's time is logged for the scorecard. */
export function MockCodingPart({ part, problem, dark, onWork, onHandIn }: Props) {
  const work = part.work;
  const step: MethodStep = work.stepLog.length ? work.stepLog[work.stepLog.length - 1].step : 'clarify';
  const [examples, setExamples] = useState<JudgeReport | undefined>();
  const [running, setRunning] = useState(false);
  const [pass, setPass] = useState<boolean | undefined>(work.prediction?.pass);
  const [timeClass, setTimeClass] = useState<ComplexityClass | ''>(work.prediction?.timeClass ?? '');
  const codeRef = useRef(work.code);
  codeRef.current = work.code;

  useEffect(() => {
    void getJudgeClient().warmUp();
  }, []);

  const open = useCallback(
    (next: MethodStep) => {
      if (next === step) return;
      onWork((w) => ({ ...w, stepLog: [...w.stepLog, { step: next, at: Date.now() }] }));
    },
    [step, onWork],
  );

  // Alt+→ / Alt+← move through the steps from anywhere but the code editor (where Alt+arrows edit).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!e.altKey || (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft')) return;
      if ((e.target as HTMLElement | null)?.closest('.code-editor')) return;
      const at = METHOD_STEPS.indexOf(step) + (e.key === 'ArrowRight' ? 1 : -1);
      if (at < 0 || at >= METHOD_STEPS.length) return;
      e.preventDefault();
      open(METHOD_STEPS[at]);
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, [open, step]);

  const runExamples = async () => {
    setRunning(true);
    const handle = getJudgeClient().judge(judgeRequestFor(problem, 'run', codeRef.current, work.language));
    const result = await handle.result;
    setRunning(false);
    if (result.status === 'done') setExamples(result.value);
  };

  // Each language keeps its own code within the part; the one shown when it is handed in is judged.
  const switchLanguage = (next: Language) =>
    onWork((w) => {
      if (next === w.language) return w;
      const kept = { ...w.codeByLanguage, [w.language]: w.code };
      return { ...w, language: next, code: kept[next] ?? problem.starter[next], codeByLanguage: kept };
    });

  const fn = problem.function;
  const lang = LANGUAGES.find((l) => l.id === work.language) ?? LANGUAGES[0];
  return (
    <div className="mock-coding">
      <section aria-labelledby="mock-problem-title">
        <h2 id="mock-problem-title">{problem.title}</h2>
        <Markdown source={problem.statement} />
        <p>
          <code>{`${fn.name}(${fn.params.map((p) => `${p.name}: ${p.type}`).join(', ')}): ${fn.returns.type}`}</code>
        </p>
        <h3>Examples</h3>
        {problem.examples.map((e) => (
          <div key={e.name} className="example">
            <h4>{e.name}</h4>
            <p className="example-line">
              <span className="label">Input</span> <code>{e.args.map((a) => JSON.stringify(a)).join(', ')}</code>
            </p>
            <p className="example-line">
              <span className="label">Output</span> <code>{JSON.stringify(e.expected)}</code>
            </p>
          </div>
        ))}
      </section>
      <section aria-label="Your work, step by step">
        <div className="steps" role="toolbar" aria-label="Interview method steps (Alt+arrow keys move between them)" title="Alt+← / Alt+→ move between steps">
          {METHOD_STEPS.map((s, i) => (
            <button key={s} type="button" aria-pressed={s === step} data-testid={MTID.methodStep} data-step={s} onClick={() => open(s)}>
              {i + 1}. {STEP_LABEL[s].split(':')[0]}
            </button>
          ))}
        </div>
        {step === 'code' ? (
          <>
            <label className="row">
              Language{' '}
              <select data-testid={MTID.mockLanguage} value={work.language} onChange={(e) => switchLanguage(e.target.value as Language)}>
                {LANGUAGES.map((l) => (
                  <option key={l.id} value={l.id}>
                    {l.label}
                  </option>
                ))}
              </select>
            </label>
            <Suspense fallback={<div className="code-editor loading">Loading the editor…</div>}>
              <CodeEditor
                key={work.language}
                modelPath={`mock/${part.startedAt ?? 0}/${part.itemId}.${lang.ext}`}
                initialValue={work.code}
                language={work.language}
                onChange={(code) => onWork((w) => ({ ...w, code }))}
                functionHelp={fn}
                dark={dark}
                ariaLabel={`Code editor for ${fn.name}`}
              />
            </Suspense>
          </>
        ) : (
          <label className="method-field active" data-testid={MTID.methodField} data-step={step}>
            <span>{STEP_LABEL[step]}</span>
            <textarea
              rows={7}
              placeholder={PLACEHOLDER[step]}
              value={work.fields[step] ?? ''}
              onChange={(e) => {
                const value = e.target.value;
                onWork((w) => ({ ...w, fields: { ...w.fields, [step]: value } }));
              }}
            />
          </label>
        )}
        {step === 'test' && (
          <div>
            <button type="button" data-testid={MTID.runExamples} disabled={running} onClick={() => void runExamples()}>
              {running ? 'Running…' : 'Run the visible examples'}
            </button>
            {examples && (
              <ul className="checks" data-testid={MTID.exampleResults} data-verdict={examples.verdict}>
                {examples.compileError && <li className="check check-fail">{examples.compileError.message}</li>}
                {examples.cases.map((c) => (
                  <li key={c.name} className={`check check-${c.verdict === 'accepted' ? 'pass' : 'fail'}`}>
                    <span className="check-icon">{c.verdict === 'accepted' ? '✓' : '✗'}</span> {c.name}: {VERDICT_LABEL[c.verdict]}
                    {c.message && <div className="check-detail">{c.message}</div>}
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
        <fieldset className="prediction">
          <legend>Before you submit: predict</legend>
          <div className="row" role="radiogroup" aria-label="Will it pass every test?">
            Will it pass every test, hidden ones included?
            <label>
              <input type="radio" name="predict-pass" data-testid={MTID.predictPass} value="yes" checked={pass === true} onChange={() => setPass(true)} /> Yes
            </label>
            <label>
              <input type="radio" name="predict-pass" data-testid={MTID.predictPass} value="no" checked={pass === false} onChange={() => setPass(false)} /> No
            </label>
          </div>
          <label className="row">
            Its time class
            <select data-testid={MTID.predictClass} value={timeClass} onChange={(e) => setTimeClass(e.target.value as ComplexityClass)}>
              <option value="">choose…</option>
              {COMPLEXITY_CLASSES.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            className="accent"
            data-testid={MTID.handIn}
            disabled={pass === undefined || !timeClass}
            onClick={() => pass !== undefined && timeClass && onHandIn({ pass, timeClass })}
          >
            Submit and hand in
          </button>
          {(pass === undefined || !timeClass) && <span className="muted"> Make both predictions to submit.</span>}
        </fieldset>
      </section>
    </div>
  );
}
