import { VERDICT_LABEL, VERDICT_TONE } from '../common/verdict-text';
import { TID } from '../common/test-ids';
import type { Attempt } from '../storage/progress';

/** Every Run and Submit on this problem, newest first. */
export function HistoryList({ attempts }: { attempts: Attempt[] }) {
  if (attempts.length === 0) return <p className="muted">No attempts yet. Run or submit to start your history.</p>;
  return (
    <table className="history" data-testid={TID.history}>
      <thead>
        <tr>
          <th scope="col">When</th>
          <th scope="col">What</th>
          <th scope="col">Verdict</th>
          <th scope="col">Passed</th>
        </tr>
      </thead>
      <tbody>
        {attempts.map((a) => (
          <tr key={a.at}>
            <td>{new Date(a.at).toLocaleString()}</td>
            <td>
              {a.mode === 'submit' ? 'Submit' : 'Run'} · {a.language === 'typescript' ? 'TS' : a.language === 'python' ? 'Py' : 'JS'}
            </td>
            <td className={`tone-${VERDICT_TONE[a.verdict]}`}>{VERDICT_LABEL[a.verdict]}</td>
            <td>
              {a.passed}/{a.total}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
