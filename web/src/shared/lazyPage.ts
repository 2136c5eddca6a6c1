import { lazy, type ComponentType } from 'react';

/**
 * A page as a chunk of its own, loaded when its route is first shown (issue 15 point 8: an app's first page
 * parses only the frame and that page, not every page of the app). Wrap the routes in one `<Suspense>`.
 */
export function lazyPage<K extends string, M extends Record<K, ComponentType>>(load: () => Promise<M>, name: K) {
  return lazy(() => load().then((m) => ({ default: m[name] })));
}
