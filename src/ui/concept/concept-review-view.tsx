import { MTID } from '../mock/mock-test-ids';

export type FindingView = { id: string; label: string; status: 'met' | 'named' | 'missed'; evidence?: string; message: string };

const ICON = { met: '✓', named: '~', missed: '✗' } as const;
const WORD = { met: 'explained', named: 'named only', missed: 'missed' } as const;

/** The key points of a concept answer: each met one quotes the sentence that met it. */
export function ConceptReviewView({ findings, notes }: { findings: FindingView[]; notes: string[] }) {
  const met = findings.filter((f) => f.status === 'met').length;
  return (
    <div data-testid={MTID.conceptReview} data-met={met} data-total={findings.length}>
      <p>
        <strong>
          {met} of {findings.length}
        </strong>{' '}
        key points explained
      </p>
      <ul className="checks">
        {findings.map((f) => (
          <li key={f.id} className={`check check-${f.status === 'met' ? 'pass' : 'fail'} finding-${f.status}`} data-testid={MTID.conceptFinding} data-point={f.id} data-status={f.status}>
            <span className="check-icon" aria-label={WORD[f.status]}>
              {ICON[f.status]}
            </span>{' '}
            <strong>{f.label}</strong> <span className="muted">({WORD[f.status]})</span>
            {f.evidence && <div className="check-detail evidence">{f.evidence}</div>}
            {f.status !== 'met' && <div className="check-detail">{f.message}</div>}
          </li>
        ))}
      </ul>
      {notes.map((n) => (
        <p key={n} className="muted">
          {n}
        </p>
      ))}
      <p className="muted">
        The review looks for the ideas' words in your own sentences; it cannot tell whether a sentence is right. Compare with the model answer.
      </p>
    </div>
  );
}
