import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { CatalogPage } from './catalog/catalog-page';
import { ErrorBoundary } from './common/error-boundary';
import { useHashRoute } from './common/use-hash-route';
import { useTheme } from './common/use-theme';
import { TID } from './common/test-ids';
import { AppUpdates } from './common/app-updates';
import { ShortcutSheet, useQuestionMarkKey } from './common/shortcut-sheet';
import { prefetchWorkspace } from './common/prefetch';
import { exportAll, importAll, onStoreNotice, takeStoreNotices, type StoreNotice } from './storage/local-store';

// Problem pages pull in Monaco, QuickJS and Mermaid: load them only when one is opened.
const ProblemRoute = lazy(() => import('./problem/problem-route'));

export function App() {
  const route = useHashRoute();
  const theme = useTheme();
  const [notices, setNotices] = useState<StoreNotice[]>(() => takeStoreNotices());
  useEffect(() => onStoreNotice(() => setNotices((n) => [...n, ...takeStoreNotices()])), []);
  const [shortcuts, setShortcuts] = useState(false);
  const openShortcuts = useCallback(() => setShortcuts(true), []);
  useQuestionMarkKey(openShortcuts);
  // While the user reads the catalog, fetch and start the editor so a problem opens ready to type.
  useEffect(() => {
    if (route.page === 'catalog') return prefetchWorkspace();
  }, [route.page]);

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
          <ProgressTransfer onNotice={(message) => setNotices((n) => [...n, { key: 'transfer', message }])} />
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
          {notices.map((n, i) => (
            <p key={i} data-testid={TID.notice} className="notice">
              {n.message}
            </p>
          ))}
          <button type="button" onClick={() => setNotices([])}>
            Dismiss
          </button>
        </div>
      )}
      <main className="app-main">
        <ErrorBoundary where={route.page === 'catalog' ? 'catalog' : 'problem page'} key={route.page === 'problem' ? route.id : 'catalog'}>
          {route.page === 'catalog' ? (
            <CatalogPage />
          ) : (
            <Suspense fallback={<p className="loading" role="status">Loading the editor…</p>}>
              <ProblemRoute id={route.id} share={route.share} dark={theme.dark} />
            </Suspense>
          )}
        </ErrorBoundary>
      </main>
    </div>
  );
}

/** Export all progress to one JSON file, and import it back (e.g. on another browser). */
function ProgressTransfer({ onNotice }: { onNotice(message: string): void }) {
  const download = () => {
    const blob = new Blob([JSON.stringify(exportAll(), null, 2)], { type: 'application/json' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = `techscreen-progress-${new Date().toISOString().slice(0, 10)}.json`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  };
  const upload = async (file: File | undefined) => {
    if (!file) return;
    const result = importAll(await file.text());
    onNotice(result.ok ? `Imported ${result.count} saved items. Reload to see them everywhere.` : result.message);
  };
  const input = useRef<HTMLInputElement>(null);
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
        onChange={(e) => {
          void upload(e.target.files?.[0]);
          e.target.value = '';
        }}
      />
    </>
  );
}
