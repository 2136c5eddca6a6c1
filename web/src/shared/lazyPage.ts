import { createElement, useEffect, useState, type ComponentType } from 'react';

/** A page loaded when first shown; `preload()` fetches its chunk earlier (the address's page, before the first render). */
export type LazyPage = ComponentType & { preload: () => void };

/**
 * A page as a chunk of its own, loaded when its route is first shown (issue 15 point 8: an app's first page
 * parses only the frame and that page, not every page of the app).
 *
 * Not `React.lazy` under a `<Suspense>`: React 19 shows content that was waiting behind a Suspense fallback no earlier
 * than 300 ms after the fallback appeared (its "retry" renders are throttled, `FALLBACK_THROTTLE_MS`), so every first
 * page, whose chunk arrives a few ms after the frame has rendered its skeleton, was held back for up to 0.3 s. Here a
 * page whose chunk is there (`preload()` before the first render) renders at once, and one still on its way shows the
 * skeleton and then the page as an ordinary state update. A chunk that fails to load fails visibly when the page
 * renders (the error is thrown there, as `React.lazy` did); the next visit of the page tries again.
 *
 * `pageLoader(Fallback)` gives an app's `lazyPage`, showing `Fallback` while a page's chunk is on its way: the console's
 * and the portal's is Ant Design's skeleton (AppRoot.tsx), the public site's its own (PublicApp.tsx), so that this module
 * brings no component library into the public site's first load.
 */
export function pageLoader(Fallback: ComponentType) {
  return function lazyPage<K extends string, M extends Record<K, ComponentType>>(load: () => Promise<M>, name: K): LazyPage {
    let loaded: ComponentType | undefined;
    let loading: Promise<ComponentType> | undefined;
    const start = () =>
      (loading ??= load().then(
        (module) => (loaded = module[name]),
        (error: unknown) => {
          loading = undefined;
          throw error;
        },
      ));
    const Page = () => {
      const [, setShown] = useState(0);
      const [error, setError] = useState<{ error: unknown }>();
      // what this render drew: the chunk may arrive between the render and its effect (a chunk preloaded by the page's
      // HTML arrives about when the frame renders), so the effect asks by what was drawn, not by what has arrived since
      // (the page stayed a skeleton for good)
      const drawn = loaded;
      useEffect(() => {
        if (!drawn)
          start().then(
            () => setShown((n) => n + 1),
            (e: unknown) => setError({ error: e }),
          );
      }, [drawn]);
      if (error) throw error.error;
      return createElement(loaded ?? Fallback);
    };
    return Object.assign(Page, { preload: () => void start().catch(() => undefined) });
  };
}
