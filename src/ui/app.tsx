import { lazy, Suspense, useEffect, useState } from 'react';
import { CatalogPage } from './catalog/catalog-page';
import { ErrorBoundary } from './common/error-boundary';
import { useHashRoute } from './common/use-hash-route';
import { useTheme } from './common/use-theme';
import { TID } from './common/test-ids';
import { exportAll, importAll, onStoreNotice, takeStoreNotices, type StoreNotice } from './storage/local-store';

// Problem pages pull in Monaco, QuickJS and Mermaid: load them only when one is opened.
const ProblemRoute = lazy(() => import('./problem/problem-route'));
const MockRoute = lazy(() => import('./mock/mock-route'));
const ProgressPage = lazy(() => import('./progress/progress-page'));

export function App() {
  const route = useHashRoute();
  const theme = useTheme();
  const [notices, setNotices] = useState<StoreNotice[]>(() => takeStoreNotices());
  useEffect(() => onStoreNotice(() => setNotices((n) => [...n, ...takeStoreNotices()])), []);

  return (
    <div className="app">
      <header className="app-header">
        <a className="brand" href="#/">
          Techscreen
        </a>
        <span className="tagline">PM technical screen practice · works offline</span>
        <nav className="header-actions" aria-label="App">
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
        <ErrorBoundary where={route.page === 'catalog' ? 'catalog' : `${route.page} page`} key={'id' in route ? `${route.page}:${route.id}` : route.page}>
          {route.page === 'catalog' ? (
            <CatalogPage />
          ) : (
            <Suspense fallback={<p className="loading" role="status">Loading…</p>}>
              {route.page === 'problem' && <ProblemRoute id={route.id} share={route.share} dark={theme.dark} />}
              {(route.page === 'mock' || route.page === 'scorecard') && <MockRoute scorecardId={route.page === 'scorecard' ? route.id : undefined} dark={theme.dark} />}
              {route.page === 'progress' && <ProgressPage dark={theme.dark} />}
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
  return (
    <>
      <button type="button" className="link-button" data-testid={TID.exportProgress} onClick={download}>
        Export progress
      </button>
      <label className="link-button">
        Import
        <input type="file" accept="application/json,.json" className="visually-hidden" data-testid={TID.importProgress} onChange={(e) => void upload(e.target.files?.[0])} />
      </label>
    </>
  );
}
