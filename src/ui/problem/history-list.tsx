import { VERDICT_LABEL, VERDICT_TONE } from '../common/verdict-text';
import { TID } from '../common/test-ids';
import type { Attempt } from '../storage/progress';

/** Every Run and Submit on this problem, newest first; each row can bring back the code it ran. */
export function HistoryList({ attempts, onRestore }: { attempts: Attempt[]; onRestore(attempt: Attempt): void }) {
  if (attempts.length === 0) return <p className="muted">No attempts yet. Run or submit to start your history.</p>;
  return (
    <table className="history" data-testid={TID.history}>
      <thead>
        <tr>
          <th scope="col">When</th>
          <th scope="col">What</th>
          <th scope="col">Verdict</th>
          <th scope="col">Passed</th>
          <th scope="col">
            <span className="visually-hidden">Code</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {attempts.map((a) => {
          const when = new Date(a.at).toLocaleString();
          return (
            <tr key={a.at} data-testid="history-row">
              <td>{when}</td>
              <td>
                {a.mode === 'submit' ? 'Submit' : 'Run'} · {a.language === 'typescript' ? 'TS' : a.language === 'python' ? 'Py' : 'JS'}
              </td>
              <td className={`tone-${VERDICT_TONE[a.verdict]}`}>{VERDICT_LABEL[a.verdict]}</td>
              <td>
                {a.passed}/{a.total}
              </td>
              <td>
                {a.code === undefined ? (
                  // Attempts saved before the code was kept with them.
                  <span className="muted" title="This attempt was saved before Techscreen kept the code of each attempt">
                    —
                  </span>
                ) : (
                  <button type="button" className="link-button" data-testid="restore-attempt" aria-label={`Restore the code of the ${a.mode} at ${when}`} onClick={() => onRestore(a)}>
                    Restore
                  </button>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
