import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { CatalogPage } from './catalog/catalog-page';
import { ErrorBoundary } from './common/error-boundary';
import { useHashRoute } from './common/use-hash-route';
import { useTheme } from './common/use-theme';
import { TID } from './common/test-ids';
import { AppUpdates } from './common/app-updates';
import { ShortcutSheet, useQuestionMarkKey } from './common/shortcut-sheet';
import { prefetchWorkspace, preloadProblemPage } from './common/prefetch';
import { listCatalog } from '../problems/catalog';
import { getStore } from './storage/store';
import { applyImport, importBackupAt, planImport, undoImport, type ImportPlan } from './storage/import-plan';
import { useStoreNotices, useStoreVersion } from './storage/use-store';

// Problem pages pull in Monaco, QuickJS and Mermaid: load them only when one is opened.
const ProblemRoute = lazy(() => import('./problem/problem-route'));
const MockRoute = lazy(() => import('./mock/mock-route'));
const ProgressPage = lazy(() => import('./progress/progress-page'));
const StoryRoute = lazy(() => import('./story/story-route'));

export function App() {
  const route = useHashRoute();
  const theme = useTheme();
  const [shortcuts, setShortcuts] = useState(false);
  const openShortcuts = useCallback(() => setShortcuts(true), []);
  useQuestionMarkKey(openShortcuts);
  // While the user reads the catalog, fetch and start the editor so a problem opens ready to type.
  useEffect(() => {
    if (route.page === 'catalog') return prefetchWorkspace();
  }, [route.page]);
  // Opening a problem: its page, files, editor and sandbox load side by side, not one after another.
  const problemId = route.page === 'problem' ? route.id : undefined;
  useEffect(() => {
    if (problemId) preloadProblemPage(problemId);
  }, [problemId]);
  const storeNotices = useStoreNotices();
  const [dismissed, setDismissed] = useState<Set<string>>(() => new Set());
  const [transferNotice, setTransferNotice] = useState<string | undefined>();
  const notices = [...storeNotices.filter((n) => !dismissed.has(n.id)), ...(transferNotice ? [{ id: 'transfer', message: transferNotice }] : [])];

  return (
    <div className="app">
      <header className="app-header">
        <a className="brand" href="#/">
          Techscreen
        </a>
        <span className="tagline">PM technical screen practice · works offline</span>
        <nav className="header-actions" aria-label="App">
          <button type="button" className="link-button" data-testid="shortcuts-button" aria-haspopup="dialog" onClick={openShortcuts}>
            Shortcuts <kbd aria-hidden="true">?</kbd>
          </button>
          <ProgressTransfer onNotice={setTransferNotice} />
          <label className="theme-select">
            <span className="visually-hidden">Theme</span>
            <select data-testid={TID.themeToggle} value={theme.choice} onChange={(e) => theme.setChoice(e.target.value as typeof theme.choice)}>
              <option value="system">System theme</option>
              <option value="light">Light</option>
              <option value="dark">Dark</option>
            </select>
          </label>
        </nav>
      </header>
      <ShortcutSheet open={shortcuts} onClose={() => setShortcuts(false)} />
      <AppUpdates />
      {notices.length > 0 && (
        <div className="notices" role="status">
          {notices.map((n) => (
            <p key={n.id} data-testid={TID.notice} className="notice">
              {n.message}
            </p>
          ))}
          <button
            type="button"
            onClick={() => {
              setDismissed(new Set(storeNotices.map((n) => n.id)));
              setTransferNotice(undefined);
            }}
          >
            Dismiss
          </button>
        </div>
      )}
      <main className="app-main">
        <ErrorBoundary where={route.page === 'catalog' ? 'catalog' : `${route.page} page`} key={'id' in route ? `${route.page}:${route.id}` : route.page}>
          {route.page === 'catalog' ? (
            <CatalogPage />
          ) : (
            <Suspense fallback={<p className="loading" role="status">Loading…</p>}>
              {route.page === 'problem' && <ProblemRoute id={route.id} share={route.share} dark={theme.dark} />}
              {(route.page === 'mock' || route.page === 'scorecard') && <MockRoute scorecardId={route.page === 'scorecard' ? route.id : undefined} dark={theme.dark} />}
              {route.page === 'progress' && <ProgressPage dark={theme.dark} />}
              {route.page === 'stories' && <StoryRoute storyId={route.id} />}
              {route.page === 'drill' && <StoryRoute drill={route.id} />}
            </Suspense>
          )}
        </ErrorBoundary>
      </main>
    </div>
  );
}

const LABEL_OF = (() => {
  let titles: Map<string, string> | undefined;
  return (id: string) => {
    titles ??= new Map(listCatalog().flatMap((p) => ('entry' in p ? [[p.entry.id, p.entry.title] as const] : [])));
    return titles.get(id) ?? id;
  };
})();
const knownIds = () => new Set(listCatalog().flatMap((p) => ('entry' in p ? [p.entry.id] : [])));

/**
 * Export all progress to one JSON file, and import it back (e.g. on another browser). An import is read
 * and checked whole first, shown as a plan, applied only when the user confirms, and can be undone.
 */
function ProgressTransfer({ onNotice }: { onNotice(message: string | undefined): void }) {
  const [plan, setPlan] = useState<{ name: string; plan: Extract<ImportPlan, { ok: true }> } | undefined>();
  useStoreVersion('meta:import-backup');
  const backupAt = importBackupAt();

  const download = () => {
    const file = getStore().exportAll();
    const blob = new Blob([JSON.stringify(file, null, 2)], { type: 'application/json' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = `techscreen-progress-${new Date().toISOString().slice(0, 10)}.json`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
    const extra = [file.unsaved.length && `${file.unsaved.length} change${file.unsaved.length === 1 ? '' : 's'} the browser refused to save`, file.aside.length && `${file.aside.length} record${file.aside.length === 1 ? '' : 's'} kept aside`].filter(Boolean);
    if (extra.length) onNotice(`The export includes ${extra.join(' and ')}.`);
  };
  const input = useRef<HTMLInputElement>(null);
  const upload = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    // User Timing marks: the benchmark reads how long reading and checking a file takes in the page.
    performance.mark('techscreen:import-read');
    const result = planImport(await file.text(), knownIds(), LABEL_OF);
    performance.measure('techscreen:import-plan', 'techscreen:import-read');
    if (!result.ok) return onNotice(`${file.name}: ${result.message}`);
    if (result.changes.length === 0) return onNotice(`${file.name}: nothing to import — ${result.summary}`);
    onNotice(undefined);
    setPlan({ name: file.name, plan: result });
  };
  const confirm = () => {
    if (!plan) return;
    performance.mark('techscreen:import-apply');
    const { applied } = applyImport(plan.plan);
    void getStore()
      .settled()
      .then(() => performance.measure('techscreen:import-saved', 'techscreen:import-apply'));
    setPlan(undefined);
    onNotice(`Imported ${applied} record${applied === 1 ? '' : 's'} from ${plan.name}. A backup of what they replaced was taken: “Undo import” puts it back.`);
  };
  const undo = () => {
    const result = undoImport();
    onNotice(result.ok ? `Import undone: ${result.restored} record${result.restored === 1 ? '' : 's'} put back as they were.` : result.message);
  };
  return (
    <>
      <button type="button" className="link-button" data-testid={TID.exportProgress} onClick={download}>
        Export progress
      </button>
      {/* The visible button is the one Tab stop; the file input behind it is out of the tab order. */}
      <button type="button" className="link-button" onClick={() => input.current?.click()}>
        Import progress
      </button>
      <input
        ref={input}
        type="file"
        accept="application/json,.json"
        className="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
        data-testid={TID.importProgress}
        onChange={(e) => void upload(e.currentTarget)}
      />
      {backupAt !== undefined && (
        <button type="button" className="link-button" data-testid={TID.undoImport} onClick={undo} title={`Undo the import of ${new Date(backupAt).toLocaleString()}`}>
          Undo import
        </button>
      )}
      {plan && (
        <div className="import-plan panel" role="dialog" aria-label="Import progress" data-testid={TID.importPlan}>
          <p>
            <strong>Import {plan.name}?</strong> {plan.plan.summary}
          </p>
          <ul>
            {plan.plan.changes.slice(0, 12).map((c) => (
              <li key={c.key}>
                {c.kind === 'replace' ? 'Replace' : c.kind === 'add' ? 'Add' : 'Merge'}: {c.label}
              </li>
            ))}
            {plan.plan.changes.length > 12 && <li>and {plan.plan.changes.length - 12} more</li>}
          </ul>
          <p className="muted">A backup is taken first; you can undo the import afterwards.</p>
          <button type="button" className="primary" data-testid={TID.importConfirm} onClick={confirm}>
            Import
          </button>{' '}
          <button type="button" data-testid={TID.importCancel} onClick={() => setPlan(undefined)}>
            Cancel
          </button>
        </div>
      )}
    </>
  );
}
