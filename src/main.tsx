import { createRoot } from 'react-dom/client';
import { App } from './ui/app';
import { initStore } from './ui/storage/store';
import './ui/styles.css';

// Saved work is loaded (and validated, and migrated) before the first render, so no page starts from nothing.
void initStore()
  .catch(() => undefined)
  .then(() => createRoot(document.getElementById('root')!).render(<App />));
