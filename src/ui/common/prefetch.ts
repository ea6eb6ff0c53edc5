import { listCatalog, loadProblem } from '../../problems/catalog';

/** How long the catalog must have been on screen before Monaco is fetched and started. */
const READING_DELAY_MS = 1200;

/** How long after the catalog's first paint the problem page's code and the sandbox start loading. */
const AFTER_PAINT_MS = 300;

/** Failures are harmless here: the real import on opening a problem reports them. */
const quietly = (p: Promise<unknown>) => void p.catch(() => undefined);

/** Loads the sandbox worker and QuickJS, so the first Run does not wait for them. */
let sandboxWarming = false;
export function warmSandbox(): void {
  if (sandboxWarming) return;
  sandboxWarming = true;
  quietly(import('../../worker/browser-client').then((m) => m.getJudgeClient().warmUp()));
}

/**
 * Everything a problem page needs, started as early as possible when the app opens on one (or
 * navigates to one): the page's code and the problem's files side by side, for a coding problem the
 * sandbox, then the editor. Without this each waited for the one before it (page → problem → editor
 * → sandbox).
 */
export function preloadProblemPage(id: string): void {
  const kind = listCatalog().find((p) => 'entry' in p && p.entry.id === id);
  quietly(import('../problem/problem-route'));
  const problem = loadProblem(id);
  // Only coding problems and design prompts have a code editor.
  if (!kind || !('entry' in kind) || (kind.entry.kind !== 'coding' && kind.entry.kind !== 'design')) return;
  if (kind.entry.kind === 'coding') warmSandbox(); // its own thread: it does not hold up the page
  // Monaco takes the main thread for a while once it arrives: after the problem, so the page (and its
  // plain text area) is on screen first.
  quietly(problem.finally(() => import('../editor/code-editor')));
}

/**
 * While the user reads the catalog: soon after its first paint, the problem page's code (small) and the
 * sandbox (its own thread), so a problem opened at once shows its text area without waiting for them and
 * the first Run finds QuickJS ready; Monaco, which takes the main thread for a moment when it starts,
 * only once the catalog has been on screen a little and the browser is idle, so a user who clicks at once
 * gets the plain text area first instead of waiting. Returns a cancel function (for leaving the catalog
 * before then).
 */
export function prefetchWorkspace(): () => void {
  let idle: number | undefined;
  let soon: ReturnType<typeof setTimeout> | undefined;
  let frame: number | undefined = requestAnimationFrame(() => {
    frame = undefined;
    // A moment after the frame that paints the catalog: nothing here delays it or its first clicks.
    soon = setTimeout(() => {
      quietly(import('../problem/problem-route'));
      warmSandbox();
    }, AFTER_PAINT_MS);
  });
  const timer = setTimeout(() => {
    const start = () => quietly(import('../editor/code-editor'));
    if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(start, { timeout: 2000 });
    else start();
  }, READING_DELAY_MS);
  return () => {
    if (frame !== undefined) cancelAnimationFrame(frame);
    clearTimeout(soon);
    clearTimeout(timer);
    if (idle !== undefined) cancelIdleCallback(idle);
  };
}
