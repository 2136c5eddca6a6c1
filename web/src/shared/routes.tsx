import type { ComponentType } from 'react';
import { Route, Routes, matchRoutes, type Params } from 'react-router-dom';
import type { Client } from 'urql';
import type { LazyPage } from './lazyPage';

/**
 * A route of an app as data: rendered by `<PageRoutes>`, and looked up before React's first render by
 * `prefetchRoute`. `prefetch` sends the queries the page opens with, with the very variables the page's
 * `useQuery` uses (urql then answers the page from that request: same document and variables, same key).
 */
export interface PageRoute {
  path: string;
  page: ComponentType | LazyPage;
  prefetch?: (client: Client, params: Params, search: URLSearchParams) => void;
}

export function PageRoutes({ routes }: { routes: PageRoute[] }) {
  return (
    <Routes>
      {routes.map(({ path, page: Page }) => (
        <Route key={path} path={path} element={<Page />} />
      ))}
    </Routes>
  );
}

/**
 * Starts what the page at the browser's address needs before React renders anything (issue 15 point 8): its chunk
 * and its opening queries. Otherwise the chunk was asked for only once the frame (Ant Design's layout and its
 * run-time styles) had rendered, and the page's query only once the page itself had rendered.
 */
export function prefetchRoute(
  routes: PageRoute[],
  client: Client,
  {
    basename,
    signedIn,
    always,
  }: {
    basename?: string;
    /** the sign-in apps: queries only for a signed-in user */
    signedIn?: () => Promise<boolean>;
    /** the queries every page of the app opens with (the sign-in gate's `viewer`), sent before the route's own */
    always?: (client: Client) => void;
  } = {},
) {
  const match = matchRoutes(routes, window.location.pathname, basename)?.at(-1);
  if (match && 'preload' in match.route.page) match.route.page.preload();
  const prefetch = match?.route.prefetch;
  if (!prefetch && !always) return;
  const send = () => {
    always?.(client);
    if (match && prefetch) prefetch(client, match.params, new URLSearchParams(window.location.search));
  };
  if (signedIn)
    void signedIn().then(
      (yes) => yes && send(),
      () => undefined,
    );
  else send();
}
