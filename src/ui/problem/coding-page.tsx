import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { CodingProblem } from '../../problems/parse';
import type { JudgeReport } from '../../engine/types';
import { getJudgeClient } from '../../worker/browser-client';
import { judgeRequestFor } from '../../worker/requests';
import type { JudgeProgress, RunHandle } from '../../worker/judge-client';
import { SKILLS } from '../../problems/schema';
import type { CodeEditorHandle, EditorHighlight, EditorMarker, FunctionHelp } from '../editor/code-editor';
import { LazyCodeEditor } from '../editor/lazy-code-editor';
import { EditorSettingsMenu } from '../editor/editor-settings-menu';
import { Splitter, clampWidth } from '../common/splitter';
import { TID } from '../common/test-ids';
import { Tabs, tabPanelProps } from '../common/tabs';
import { usePanes } from '../common/use-panes';
import {
  loadDraft,
  saveDraft,
  loadProblemState,
  loadSettings,
  recordAttempt,
  saveSettings,
  stateKey,
  updateProblemState,
  type Attempt,
  type Language,
  type ProblemState,
  type Settings,
} from '../storage/progress';
import { StatementPane } from './statement-pane';
import { ResultsPane } from './results-pane';
import { ComplexityPanel } from './complexity-panel';
import { HistoryList } from './history-list';
import { useCodeStorage } from '../storage/use-code-storage';
import { getStore } from '../storage/store';
import { AsideNotice, KeptVersions, SyncMessage, TabConflictBanner } from '../storage/storage-banners';

const PANES = [
  { id: 'problem' as const, label: 'Problem', testId: 'pane-tab-problem' },
  { id: 'code' as const, label: 'Code', testId: 'pane-tab-code' },
  { id: 'results' as const, label: 'Results', testId: 'pane-tab-results' },
];
const RESULT_TABS = [
  { id: 'tests' as const, label: 'Tests' },
  { id: 'complexity' as const, label: 'Complexity' },
  { id: 'history' as const, label: 'History' },
];

type Running = { mode: 'run' | 'submit'; progress?: JudgeProgress };
/** A report with the code it judged, so the pane can say which version it belongs to and when it went stale. */
export type JudgedReport = { report: JudgeReport; source: string; language: Language; at: number };

/** Statement | editor | results: the page where a coding problem is practised. */
export function CodingPage({ problem, dark }: { problem: CodingProblem; dark: boolean }) {
  const [state, setState] = useState<ProblemState>(() => loadProblemState(problem.id));
  const [language, setLanguage] = useState<Language>(state.language);
  const [code, setCode] = useState(() => loadDraft(problem.id, state.language) ?? problem.starter[state.language]);
  const [settings, setSettings] = useState<Settings>(() => loadSettings());
  const [judged, setJudged] = useState<JudgedReport | undefined>();
  const report = judged?.report;
  const [running, setRunning] = useState<Running | undefined>();
  const [hotLines, setHotLines] = useState<EditorHighlight[]>([]);
  // One sandbox: a request while a Submit or a complexity measurement runs waits its turn, it never cancels it.
  const [queued, setQueued] = useState<'run' | 'submit' | undefined>();
  const [reviewBusy, setReviewBusy] = useState(false);
  const [tab, setTab] = useState<'tests' | 'complexity' | 'history'>('tests');
  const [undoReset, setUndoReset] = useState<string | undefined>();
  const [confirmReset, setConfirmReset] = useState(false);
  const [widths, setWidths] = useState({ left: 380, right: 400 });
  const editor = useRef<CodeEditorHandle>(null);
  const runHandle = useRef<RunHandle<JudgeReport> | undefined>(undefined);
  const codeRef = useRef(code);
  codeRef.current = code;
  const storage = useCodeStorage({
    problemId: problem.id,
    language,
    starter: problem.starter[language],
    getCode: () => editor.current?.getValue() ?? codeRef.current,
    show: (next) => (editor.current ? editor.current.replaceAll(next) : setCode(next)),
  });
  const flushSave = storage.flush;
  const panes = usePanes({ panes: PANES, side: 'problem', initial: 'problem', idPrefix: 'coding-pane', label: 'Workspace' });
  const showPane = panes.show;

  useEffect(() => {
    document.title = `${problem.title} · Techscreen`;
    // Start the sandbox now so the first Run does not wait for QuickJS.
    void getJudgeClient().warmUp();
  }, [problem.title]);

  useEffect(() => () => runHandle.current?.cancel(), []);
  // Attempts saved by another tab or brought in by an import show here too.
  useEffect(() => getStore().subscribe((c) => c.origin !== 'local' && c.key === stateKey(problem.id) && setState(loadProblemState(problem.id))), [problem.id]);

  const { onEdit } = storage;
  const onChange = useCallback(
    (value: string) => {
      setCode(value);
      onEdit(value);
    },
    [onEdit],
  );

  const switchLanguage = (next: Language, nextCode = loadDraft(problem.id, next) ?? problem.starter[next]) => {
    flushSave();
    setLanguage(next);
    setCode(nextCode);
    // The verdict was for the other draft: showing it beside this one would mislead.
    setJudged(undefined);
    setState(updateProblemState(problem.id, (s) => ({ ...s, language: next })));
  };

  // History rows bring back the code of that attempt; the draft it replaces can be brought back too.
  const [undoRestore, setUndoRestore] = useState<{ language: Language; code: string; at: number } | undefined>();
  const putCode = (lang: Language, text: string) => {
    if (lang === language) editor.current?.replaceAll(text);
    else {
      saveDraft(problem.id, lang, text);
      switchLanguage(lang, text);
    }
  };
  const restoreAttempt = (attempt: Attempt) => {
    if (attempt.code === undefined) return;
    flushSave();
    const before = attempt.language === language ? (editor.current?.getValue() ?? code) : (loadDraft(problem.id, attempt.language) ?? problem.starter[attempt.language]);
    setUndoRestore({ language: attempt.language, code: before, at: attempt.at });
    putCode(attempt.language, attempt.code);
    showPane('code');
  };

  const judge = useCallback(
    async (mode: 'run' | 'submit') => {
      flushSave();
      if (runningRef.current?.mode === 'submit' || reviewBusyRef.current) {
        setQueued(mode);
        return;
      }
      runHandle.current?.cancel();
      const source = editor.current?.getValue() ?? code;
      const request = judgeRequestFor(problem, mode, source, language, { revealFirstHiddenFailure: settings.feedback === 'learning' });
      const handle = getJudgeClient().judge(request, (progress) => setRunning({ mode, progress }));
      runHandle.current = handle;
      setRunning({ mode });
      setTab('tests');
      // On a narrow screen the verdict would be on a hidden tab: show it.
      showPane('results');
      const result = await handle.result;
      if (runHandle.current !== handle) return;
      runHandle.current = undefined;
      setRunning(undefined);
      if (result.status !== 'done') return;
      setJudged({ report: result.value, source, language, at: Date.now() });
      const r = result.value;
      setState(recordAttempt(problem.id, { at: Date.now(), mode, verdict: r.verdict, passed: r.passed, total: r.total, language, code: source }));
    },
    [code, flushSave, language, problem, settings.feedback, showPane],
  );

  const cancel = () => {
    runHandle.current?.cancel();
    runHandle.current = undefined;
    setRunning(undefined);
    setQueued(undefined);
  };

  const runningRef = useRef(running);
  runningRef.current = running;
  const reviewBusyRef = useRef(reviewBusy);
  reviewBusyRef.current = reviewBusy;
  // The queued request starts as soon as the sandbox is free.
  useEffect(() => {
    if (running || reviewBusy || !queued) return;
    setQueued(undefined);
    void judge(queued);
  }, [running, reviewBusy, queued, judge]);

  // Shortcuts also work when focus is outside the editor.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Enter' || !(e.ctrlKey || e.metaKey)) return;
      if ((e.target as HTMLElement | null)?.closest('.code-editor')) return; // Monaco has its own binding
      e.preventDefault();
      void judge(e.shiftKey ? 'submit' : 'run');
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, [judge]);

  const doReset = () => {
    setConfirmReset(false);
    setUndoReset(code);
    editor.current?.replaceAll(problem.starter[language]);
  };

  useEffect(() => {
    if (undoReset === undefined) return;
    const timer = setTimeout(() => setUndoReset(undefined), 15_000);
    return () => clearTimeout(timer);
  }, [undoReset]);

  const setFeedback = (feedback: Settings['feedback']) => {
    const next = { ...settings, feedback };
    setSettings(next);
    saveSettings(next);
  };

  const help: FunctionHelp = useMemo(() => problem.function, [problem.function]);
  const markers: EditorMarker[] = useMemo(() => {
    if (!report) return [];
    if (report.compileError?.position) return [{ line: report.compileError.position.line, column: report.compileError.position.column, message: report.compileError.message }];
    const failed = report.cases.find((c) => c.position && c.verdict !== 'accepted');
    return failed?.position ? [{ line: failed.position.line, column: failed.position.column, message: failed.message ?? failed.verdict }] : [];
  }, [report]);

  const accepted = state.attempts.some((a) => a.mode === 'submit' && a.verdict === 'accepted');

  return (
    <div
      className="workspace"
      data-testid={TID.problemPage}
      data-problem-id={problem.id}
      data-layout={panes.layout}
      // The splitters' widths are preferences; on a narrower window every pane shrinks rather than overflow.
      style={panes.layout === 'wide' ? { gridTemplateColumns: `minmax(200px, ${widths.left}px) 6px minmax(300px, 1fr) 6px minmax(240px, ${widths.right}px)` } : undefined}
    >
      {panes.tabs}
      <StatementPane
        paneProps={panes.paneProps('problem')}
        problem={problem}
        skillLabel={SKILLS[problem.skill]}
        state={state}
        accepted={accepted}
        onStateChange={(change) => setState(updateProblemState(problem.id, change))}
      />
      <Splitter label="Resize statement" value={widths.left} onResize={(d) => setWidths((w) => ({ ...w, left: clampWidth(w.left + d) }))} />
      <section className="editor-pane" aria-label="Your solution" {...panes.paneProps('code')}>
        <div className="toolbar" role="toolbar" aria-label="Solution actions">
          <label>
            <span className="visually-hidden">Language</span>
            <select data-testid={TID.languageSelect} value={language} onChange={(e) => switchLanguage(e.target.value as Language)}>
              <option value="javascript">JavaScript</option>
              <option value="typescript">TypeScript</option>
              <option value="python">Pseudocode (Python-style)</option>
            </select>
          </label>
          <button type="button" className="primary" data-testid={TID.runButton} onClick={() => void judge('run')} title="Run the examples (Ctrl/Cmd+Enter)">
            Run
          </button>
          <button type="button" className="accent" data-testid={TID.submitButton} onClick={() => void judge('submit')} title="Submit against all tests (Ctrl/Cmd+Shift+Enter)">
            Submit
          </button>
          {running && (
            <button type="button" data-testid={TID.cancelButton} onClick={cancel}>
              Cancel
            </button>
          )}
          <span className="toolbar-spacer" />
          <label className="feedback-mode" title="Learning mode shows the first failing hidden test after a submit; exam mode shows only names and counts">
            <span className="visually-hidden">Feedback mode</span>
            <select data-testid={TID.feedbackMode} value={settings.feedback} onChange={(e) => setFeedback(e.target.value as Settings['feedback'])}>
              <option value="learning">Learning mode</option>
              <option value="exam">Exam mode</option>
            </select>
          </label>
          <EditorSettingsMenu />
          {confirmReset ? (
            <span className="confirm" role="group" aria-label="Confirm reset">
              Replace your code with the starter?{' '}
              <button type="button" onClick={doReset}>
                Reset
              </button>
              <button type="button" onClick={() => setConfirmReset(false)}>
                Keep mine
              </button>
            </span>
          ) : (
            <button type="button" data-testid={TID.resetButton} onClick={() => setConfirmReset(true)}>
              Reset
            </button>
          )}
        </div>
        <AsideNotice problemId={problem.id} />
        <TabConflictBanner conflict={storage.sync.conflict} noun="code" onKeepMine={storage.sync.keepMine} onTakeTheirs={storage.sync.takeTheirs} onKeepBoth={storage.sync.keepBoth} />
        <SyncMessage message={storage.sync.message} onDismiss={storage.sync.dismissMessage} />
        <KeptVersions item={storage.key} onOpen={storage.openKept} />
        {undoRestore && (
          <div className="toast" role="status" data-testid="restore-toast">
            Restored the code of the attempt from {new Date(undoRestore.at).toLocaleString()}.{' '}
            <button
              type="button"
              data-testid="undo-restore"
              onClick={() => {
                putCode(undoRestore.language, undoRestore.code);
                setUndoRestore(undefined);
              }}
            >
              Undo
            </button>{' '}
            <button type="button" className="link-button" onClick={() => setUndoRestore(undefined)}>
              Dismiss
            </button>
          </div>
        )}
        {undoReset !== undefined && (
          <div className="toast" role="status">
            Code reset to the starter.{' '}
            <button
              type="button"
              data-testid={TID.undoReset}
              onClick={() => {
                editor.current?.replaceAll(undoReset);
                setUndoReset(undefined);
              }}
            >
              Undo
            </button>
          </div>
        )}
        <LazyCodeEditor
            key={language}
            ref={editor}
            modelPath={`${problem.id}/solution.${language === 'typescript' ? 'ts' : language === 'python' ? 'py' : 'js'}`}
            initialValue={code}
            language={language}
            onChange={onChange}
            onRun={() => void judge('run')}
            onSubmit={() => void judge('submit')}
            functionHelp={help}
            markers={markers}
            highlights={hotLines}
            dark={dark}
            ariaLabel={`Code editor for ${problem.function.name}`}
          />
      </section>
      <Splitter label="Resize results" value={widths.right} onResize={(d) => setWidths((w) => ({ ...w, right: clampWidth(w.right - d) }))} />
      <section className="results-pane" aria-label="Feedback" {...panes.paneProps('results')}>
        <Tabs<(typeof RESULT_TABS)[number]['id']> tabs={RESULT_TABS} selected={tab} onSelect={setTab} idPrefix="feedback" label="Feedback" />
        <div className="tab-panel" {...tabPanelProps('feedback', tab)}>
          {tab === 'tests' && (
            <ResultsPane
              problem={problem}
              report={report}
              running={running}
              judged={judged && { source: judged.source, language: judged.language, at: judged.at }}
              current={{ source: code, language }}
              queued={queued}
              waitingFor={running?.mode === 'submit' ? 'the Submit' : reviewBusy ? 'the complexity measurement' : undefined}
              onCancelQueued={() => setQueued(undefined)}
              exam={settings.feedback === 'exam'}
            />
          )}
          {tab === 'complexity' && (
            <ComplexityPanel
              problem={problem}
              source={code}
              language={language}
              dark={dark}
              note={state.complexityNote}
              blocked={running ? `${running.mode === 'submit' ? 'A Submit' : 'A Run'} is using the sandbox: review your explanation when it finishes.` : undefined}
              onBusyChange={setReviewBusy}
              onNoteChange={(note) => setState(updateProblemState(problem.id, (s) => ({ ...s, complexityNote: note })))}
              onHotLines={setHotLines}
            />
          )}
          {tab === 'history' && <HistoryList attempts={state.attempts} onRestore={restoreAttempt} />}
        </div>
      </section>
    </div>
  );
}
