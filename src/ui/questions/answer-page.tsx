import { useCallback, useEffect, useRef, useState } from 'react';
import type { AnswerQuestion } from '../../problems/parse-questions';
import { SKILLS } from '../../problems/schema';
import type { AnswerResult } from '../../review/questions/result';
import { Markdown } from '../common/markdown';
import { loadSettings } from '../storage/progress';
import { AnswerForm } from './answer-form';
import { gradeInBrowser } from './grade-in-browser';
import { loadAnswerPractice, recordAnswerCheck, saveAnswers } from './answer-store';
import { QTID } from './question-test-ids';
import './questions.css';

const SAVE_DELAY_MS = 300;
const KIND_LABEL = { trace: 'read the code', api: 'read the API', estimate: 'estimate' } as const;
const VERDICT_TEXT = { right: 'Right', partly: 'Partly right', wrong: 'Not right yet' } as const;

/** "3 of 5 right": the advice-only fields do not count. */
export function tally(result: AnswerResult): { right: number; total: number } {
  const graded = result.fields.filter((f) => !f.advice);
  return { right: graded.filter((f) => f.right).length, total: graded.length };
}

/** Every field saved as it is typed, and flushed when the page is left. */
export function useSavedAnswers(id: string) {
  const [answers, setAnswers] = useState<Record<string, string>>(() => loadAnswerPractice(id).answers);
  const latest = useRef(answers);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const flush = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = undefined;
    saveAnswers(id, latest.current);
  }, [id]);
  useEffect(() => {
    const onHide = () => timer.current !== undefined && flush();
    window.addEventListener('pagehide', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      if (timer.current !== undefined) flush();
    };
  }, [flush]);
  const change = useCallback((field: string, value: string) => {
    latest.current = { ...latest.current, [field]: value };
    setAnswers(latest.current);
    clearTimeout(timer.current);
    timer.current = setTimeout(flush, SAVE_DELAY_MS);
  }, [flush]);
  return { answers, change, flush };
}

/** Practise one trace, api or estimate question: answer, hand in, read each field's outcome and the why. */
export default function AnswerPage({ question }: { question: AnswerQuestion }) {
  const { answers, change, flush } = useSavedAnswers(question.id);
  const [result, setResult] = useState<AnswerResult | undefined>();
  const [checking, setChecking] = useState(false);
  // How many hand-ins this visit: a new result is told apart from the one it replaces.
  const [handIns, setHandIns] = useState(0);
  const [hints, setHints] = useState(0);
  const exam = loadSettings().feedback === 'exam';
  const hintList = question.kind === 'api' ? [] : question.hints;

  useEffect(() => {
    document.title = `${question.title} · Techscreen`;
  }, [question.title]);

  const handIn = async () => {
    flush();
    setResult(undefined);
    setChecking(true);
    try {
      const graded = await gradeInBrowser(question, answers);
      const { right, total } = tally(graded);
      recordAnswerCheck(question.id, { at: Date.now(), verdict: graded.verdict, right, total, missed: graded.fields.filter((f) => !f.right && !f.advice).map((f) => f.id) });
      setResult(graded);
      setHandIns((n) => n + 1);
    } finally {
      setChecking(false);
    }
  };

  const summary = result && tally(result);
  return (
    <section className="page" data-testid={QTID.page} data-kind={question.kind} aria-labelledby="answer-title">
      <p className="crumbs">
        <a href="#/">Catalog</a> › {SKILLS[question.skill]}
      </p>
      <h1 id="answer-title">{question.title}</h1>
      <p>
        <span className={`badge difficulty-${question.difficulty}`}>{question.difficulty}</span> <span className="badge">{KIND_LABEL[question.kind]}</span>
      </p>
      <AnswerForm question={question} answers={answers} onChange={change} result={result} locked={checking} />
      <div className="row">
        <button type="button" className="primary" data-testid={QTID.handIn} disabled={checking} onClick={() => void handIn()}>
          {checking ? 'Checking…' : result ? 'Check again' : 'Hand in'}
        </button>
        {result && (
          <button type="button" data-testid={QTID.tryAgain} onClick={() => setResult(undefined)}>
            Hide the results and try again
          </button>
        )}
        {!exam && !result && hints < hintList.length && (
          <button type="button" onClick={() => setHints(hints + 1)}>
            Show a hint ({hints + 1} of {hintList.length})
          </button>
        )}
      </div>
      {!result && hints > 0 && (
        <ul data-testid={QTID.hint}>
          {hintList.slice(0, hints).map((h) => (
            <li key={h}>{h}</li>
          ))}
        </ul>
      )}
      <p className="visually-hidden" aria-live="polite">
        {result && summary ? `${VERDICT_TEXT[result.verdict]}: ${summary.right} of ${summary.total} right.` : ''}
      </p>
      {result && summary && (
        <>
          <p className={`answer-verdict ${result.verdict}`} data-testid={QTID.verdict} data-verdict={result.verdict} data-hand-ins={handIns}>
            <strong>{VERDICT_TEXT[result.verdict]}</strong>: {summary.right} of {summary.total} right. Each answer above says why.
          </p>
          <h2>The explanation</h2>
          <div data-testid={QTID.explanation}>
            {question.kind === 'trace' && (
              <p>
                <strong>In one sentence:</strong> {question.doesWhat}
              </p>
            )}
            {question.kind === 'estimate' && (
              <>
                <p>
                  <strong>A model working</strong> (any sound assumptions within {question.band ?? 3}× count):
                </p>
                <pre className="http">{[...question.reference.lines, `→ ${question.reference.figure}`].join('\n')}</pre>
              </>
            )}
            <Markdown source={question.explanation} />
          </div>
        </>
      )}
    </section>
  );
}
