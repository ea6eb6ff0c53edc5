import { useEffect, useState } from 'react';

export type Route =
  | { page: 'catalog' }
  | { page: 'problem'; id: string; share?: string }
  | { page: 'mock' }
  | { page: 'scorecard'; id: string }
  | { page: 'progress' }
  | { page: 'stories'; id?: string }
  | { page: 'drill'; id: string };

/**
 * "#/" is the catalog, "#/p/<id>" a problem, "#/p/<id>/share/<data>" a shared design draft,
 * "#/mock" the mock screen, "#/mock/<id>" a past mock's scorecard, "#/progress" the progress page.
 */
export function parseRoute(hash: string): Route {
  const match = /^#\/p\/([a-z0-9-]+)(?:\/share\/(.+))?$/.exec(hash);
  if (match) return { page: 'problem', id: match[1], share: match[2] };
  // The mock screen, a past mock's scorecard, and the progress page.
  if (hash === '#/mock') return { page: 'mock' };
  const scorecard = /^#\/mock\/([a-z0-9-]+)$/.exec(hash);
  if (scorecard) return { page: 'scorecard', id: scorecard[1] };
  if (hash === '#/progress') return { page: 'progress' };
  // The story bank, one story, a leadership principle's drill.
  if (hash === '#/stories') return { page: 'stories' };
  const story = /^#\/stories\/([a-z0-9]{1,24})$/.exec(hash);
  if (story) return { page: 'stories', id: story[1] };
  const drill = /^#\/drill\/([a-z0-9-]{1,80})$/.exec(hash);
  if (drill) return { page: 'drill', id: drill[1] };
  return { page: 'catalog' };
}

export function useHashRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const update = () => setRoute(parseRoute(location.hash));
    addEventListener('hashchange', update);
    return () => removeEventListener('hashchange', update);
  }, []);
  return route;
}

export const problemHref = (id: string) => `#/p/${id}`;
