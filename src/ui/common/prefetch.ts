/**
 * Loads the problem page's code and Monaco in the background once the browser is idle, so opening
 * a problem does not wait for the editor. Returns a cancel function (for a route change before idle).
 */
export function prefetchWorkspace(): () => void {
  const start = () => {
    // Failures are harmless here: the real import on opening a problem reports them.
    void import('../problem/problem-route').catch(() => undefined);
    void import('../editor/code-editor').catch(() => undefined);
  };
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(start, { timeout: 1500 });
    return () => cancelIdleCallback(id);
  }
  const timer = setTimeout(start, 300);
  return () => clearTimeout(timer);
}
