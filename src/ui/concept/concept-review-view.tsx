import { MTID } from '../mock/mock-test-ids';

export type FindingStatus = 'explained' | 'mentioned' | 'contradicted' | 'missed';
export type FindingView = { id: string; label: string; status: FindingStatus; unsure?: boolean; evidence?: string; message: string };

const ICON = { explained: '✓', mentioned: '~', contradicted: '✗', missed: '✗', unsure: '?' } as const;
const WORD = { explained: 'explained', mentioned: 'named, not explained', contradicted: 'stated wrongly or set aside', missed: 'not heard', unsure: 'could not tell' } as const;
const CHECK = { explained: 'pass', mentioned: 'fail', contradicted: 'fail', missed: 'fail', unsure: 'unsure' } as const;

/**
 * The key points of a concept answer. Every verdict quotes its sentence; a point the review could not
 * decide says so and shows why it matters, and is never counted as a gap.
 */
export function ConceptReviewView({ findings, notes }: { findings: FindingView[]; notes: string[] }) {
  const met = findings.filter((f) => f.status === 'explained').length;
  const unsure = findings.filter((f) => f.status !== 'explained' && f.unsure).length;
  return (
    <div data-testid={MTID.conceptReview} data-met={met} data-total={findings.length}>
      <p>
        <strong>
          {met} of {findings.length}
        </strong>{' '}
        key points explained{unsure > 0 && `; ${unsure} the review could not decide (check those yourself)`}
      </p>
      <ul className="checks">
        {findings.map((f) => {
          const shown = f.status !== 'explained' && f.unsure ? 'unsure' : f.status;
          return (
            <li key={f.id} className={`check check-${CHECK[shown]} finding-${shown}`} data-testid={MTID.conceptFinding} data-point={f.id} data-status={f.status} data-unsure={f.unsure ? 'true' : undefined}>
              <span className="check-icon" aria-label={WORD[shown]}>
                {ICON[shown]}
              </span>{' '}
              <strong>{f.label}</strong> <span className="muted">({WORD[shown]})</span>
              {f.evidence && <div className="check-detail evidence">{f.evidence}</div>}
              {f.status !== 'explained' && <div className="check-detail">{f.message}</div>}
            </li>
          );
        })}
      </ul>
      {notes.map((n) => (
        <p key={n} className="muted">
          {n}
        </p>
      ))}
      <p className="muted">
        The review reads what each sentence claims: a point counts only when a full sentence says what it does, not when it is named or listed. It can
        misread unusual phrasing, so compare with the model answer.
      </p>
    </div>
  );
}
