/** How long the catalog must have been on screen before Monaco is fetched and started. */
const READING_DELAY_MS = 1200;

/**
 * Loads the problem page's code and Monaco in the background while the user reads the catalog, so
 * opening a problem does not wait for the editor. Starting Monaco takes the main thread for a
 * moment, so it waits until the catalog has been on screen a little and the browser is idle: a
 * user who clicks at once gets the plain text area first instead of waiting for Monaco.
 * Returns a cancel function (for leaving the catalog before then).
 */
export function prefetchWorkspace(): () => void {
  let idle: number | undefined;
  const start = () => {
    // Failures are harmless here: the real import on opening a problem reports them.
    void import('../problem/problem-route').catch(() => undefined);
    void import('../editor/code-editor').catch(() => undefined);
  };
  const timer = setTimeout(() => {
    if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(start, { timeout: 2000 });
    else start();
  }, READING_DELAY_MS);
  return () => {
    clearTimeout(timer);
    if (idle !== undefined) cancelIdleCallback(idle);
  };
}
