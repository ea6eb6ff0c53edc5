import { useState } from 'react';
import type { CodingProblem } from '../../problems/parse';
import { Markdown } from '../common/markdown';
import { TID } from '../common/test-ids';
import type { ProblemState } from '../storage/progress';
import { JsonView } from './json-view';

type Props = {
  problem: CodingProblem;
  skillLabel: string;
  state: ProblemState;
  accepted: boolean;
  onStateChange(change: (s: ProblemState) => ProblemState): void;
  /** Layout attributes from the workspace (a tab panel on narrow screens). */
  paneProps?: Record<string, unknown>;
};

/** The problem: statement, signature, examples, then hints one at a time and the reference on request. */
export function StatementPane({ problem, skillLabel, state, accepted, onStateChange, paneProps }: Props) {
  const [confirmSolution, setConfirmSolution] = useState(false);
  const fn = problem.function;
  const signature = `${fn.name}(${fn.params.map((p) => `${p.name}: ${p.type}`).join(', ')}): ${fn.returns.type}`;
  const hintsShown = Math.min(state.hintsShown, problem.hints.length);
  // Even after an accepted submit the reference waits behind its button: comparing is the user's choice.
  const showSolution = state.solutionShown;
  const reveal = () => onStateChange((s) => ({ ...s, solutionShown: true }));

  return (
    <section className="statement-pane" aria-labelledby="problem-title" data-testid={TID.statement} {...paneProps}>
      <p className="crumbs">
        <a href="#/">Catalog</a> › {skillLabel}
      </p>
      <h1 id="problem-title">{problem.title}</h1>
      <p>
        <span className={`badge difficulty-${problem.difficulty}`}>{problem.difficulty}</span>
      </p>
      <Markdown source={problem.statement} />
      <h2>Signature</h2>
      <pre className="signature">
        <code>{signature}</code>
      </pre>
      <dl className="params">
        {fn.params.map((p) => (
          <div key={p.name}>
            <dt>
              <code>{p.name}</code>
            </dt>
            <dd>{p.description}</dd>
          </div>
        ))}
        <div>
          <dt>returns</dt>
          <dd>{fn.returns.description}</dd>
        </div>
      </dl>
      <h2>Examples</h2>
      {problem.examples.map((example) => (
        <div key={example.name} className="example">
          <h3>{example.name}</h3>
          {fn.params.map((p, i) => (
            <div key={p.name} className="example-line">
              <span className="label">{p.name}</span> <JsonView value={example.args[i]} />
            </div>
          ))}
          {example.expected !== undefined && (
            <div className="example-line">
              <span className="label">returns</span> <JsonView value={example.expected} />
            </div>
          )}
          {example.explanation && <p className="muted">{example.explanation}</p>}
        </div>
      ))}

      <h2>Hints</h2>
      <ol className="hints">
        {problem.hints.slice(0, hintsShown).map((hint) => (
          <li key={hint} data-testid={TID.hint}>
            {hint}
          </li>
        ))}
      </ol>
      {hintsShown < problem.hints.length ? (
        <button type="button" data-testid={TID.hintButton} onClick={() => onStateChange((s) => ({ ...s, hintsShown: hintsShown + 1 }))}>
          {hintsShown === 0 ? 'Show a hint' : `Show hint ${hintsShown + 1} of ${problem.hints.length}`}
        </button>
      ) : (
        <p className="muted">That was the last hint.</p>
      )}

      <h2>Reference solution</h2>
      {showSolution ? (
        <div data-testid={TID.solution}>
          <pre className="reference-code">
            <code>{problem.reference}</code>
          </pre>
          <p className="muted">The same in Python-style pseudocode:</p>
          <pre className="reference-code" data-language="python">
            <code>{problem.referencePython}</code>
          </pre>
          <Markdown source={problem.explanation} />
        </div>
      ) : confirmSolution ? (
        <div className="confirm" role="group" aria-label="Confirm reveal">
          <p>You learn more by trying first. Reveal the reference solution anyway?</p>
          <button type="button" onClick={reveal}>
            Reveal solution
          </button>{' '}
          <button type="button" onClick={() => setConfirmSolution(false)}>
            Keep trying
          </button>
        </div>
      ) : (
        <button type="button" data-testid={TID.solutionButton} onClick={() => (accepted ? reveal() : setConfirmSolution(true))}>
          {accepted ? 'Compare with the reference solution' : 'Show the reference solution'}
        </button>
      )}
    </section>
  );
}
