import { useEffect, useState } from 'react';

export type Route = { page: 'catalog' } | { page: 'problem'; id: string; share?: string };

/** "#/" is the catalog, "#/p/<id>" a problem, "#/p/<id>/share/<data>" a shared design draft. */
export function parseRoute(hash: string): Route {
  const match = /^#\/p\/([a-z0-9-]+)(?:\/share\/(.+))?$/.exec(hash);
  if (match) return { page: 'problem', id: match[1], share: match[2] };
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
