import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

/** A page loaded when first shown; `preload()` fetches its chunk earlier (the address's page, before the first render). */
export type LazyPage = LazyExoticComponent<ComponentType> & { preload: () => void };

/**
 * A page as a chunk of its own, loaded when its route is first shown (issue 15 point 8: an app's first page
 * parses only the frame and that page, not every page of the app). Wrap the routes in one `<Suspense>`.
 */
export function lazyPage<K extends string, M extends Record<K, ComponentType>>(load: () => Promise<M>, name: K): LazyPage {
  const page = lazy(() => load().then((m) => ({ default: m[name] }))) as LazyPage;
  // a chunk that fails to load fails again, visibly, when React renders the page: nothing to report here
  page.preload = () => void load().catch(() => undefined);
  return page;
}
