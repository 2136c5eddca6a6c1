import { startTransition, useEffect, useState, type ReactNode } from 'react';

/**
 * What a page shows below its first screen, rendered once the page's top has been drawn (issue 15 point 8: a page's
 * content shows before the parts a user scrolls to are built). The children mount in a transition right after the
 * first commit, so the browser paints the top first and the rest follows within a few frames; nothing is fetched
 * later than before. Used by the console's, the portal's and the public site's pages alike.
 */
export function Later({ children }: { children: ReactNode }) {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => startTransition(() => setShown(true)), 0);
    return () => clearTimeout(timer);
  }, []);
  return shown ? children : null;
}
