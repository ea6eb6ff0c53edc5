import { lazy, useEffect, useState } from 'react';
import { loadProblem, type LoadResult } from '../../problems/catalog';
import { CodingPage } from './coding-page';

const DesignPage = lazy(() => import('../design/design-page'));
const ConceptPage = lazy(() => import('../concept/concept-page'));
const AnswerPage = lazy(() => import('../questions/answer-page'));

/** Loads one problem (validated) and shows the page for its kind. Default export: a lazy chunk. */
export default function ProblemRoute({ id, share, dark }: { id: string; share?: string; dark: boolean }) {
  const [loaded, setLoaded] = useState<LoadResult | undefined>();
  useEffect(() => {
    let live = true;
    setLoaded(undefined);
    loadProblem(id).then((r) => live && setLoaded(r));
    return () => {
      live = false;
    };
  }, [id]);

  if (!loaded) return <p className="loading" role="status">Loading the problem…</p>;
  if (!loaded.ok) {
    return (
      <div className="panel error-panel" role="alert">
        <h1>This problem cannot be opened</h1>
        <ul>
          {loaded.errors.map((e) => (
            <li key={e}>
              <code>{e}</code>
            </li>
          ))}
        </ul>
        <a href="#/">Back to the catalog</a>
      </div>
    );
  }
  const problem = loaded.problem;
  if (problem.kind === 'concept') return <ConceptPage question={problem} />;
  if (problem.kind === 'trace' || problem.kind === 'api' || problem.kind === 'estimate') return <AnswerPage question={problem} />;
  return problem.kind === 'coding' ? <CodingPage problem={problem} dark={dark} /> : <DesignPage prompt={problem} share={share} dark={dark} />;
}
