import type { CaseOutcome } from './types';

/**
 * A case that was not run. Its verdict repeats what stopped the submission (a case needs one),
 * and `cause: 'not-run'` lets the report mark it "not run" instead of counting it as a failure.
 */
export function notRun(why: 'budget' | 'limit' | 'load' | 'watchdog'): CaseOutcome {
  const message = {
    budget: 'Not run: the whole submission used up its time budget on earlier cases.',
    limit: 'Not run: an earlier case hit a limit, so the submission stopped there.',
    load: 'Not run: your code failed while loading, before any function was called (see the first case).',
    watchdog: 'Not run: the sandbox had to be restarted on an earlier case, so the submission stopped there.',
  }[why];
  const verdict = why === 'load' ? 'runtime-error' : 'time-limit';
  return { status: 'failed', verdict, cause: 'not-run', message, timeMs: 0, console: [] };
}
