import { createRoot } from 'react-dom/client';
import { App } from './ui/app';
import { initStore } from './ui/storage/store';
import { parseRoute } from './ui/common/use-hash-route';
import { preloadProblemPage } from './ui/common/prefetch';
import './ui/styles.css';

// Opened on a problem: its page, files, editor and sandbox start loading now, beside the saved work.
const route = parseRoute(location.hash);
if (route.page === 'problem') preloadProblemPage(route.id);

// Saved work is loaded (and validated, and migrated) before the first render, so no page starts from nothing.
void initStore()
  .catch(() => undefined)
  .then(() => createRoot(document.getElementById('root')!).render(<App />));
