import { Link, useLocation } from 'react-router-dom';

export interface NavItem {
  /** The route, relative to the app's basename ("/", "/search"). */
  to: string;
  label: string;
}

/**
 * An app's navigation: a list of links, usable with the keyboard, the current page's link marked
 * `aria-current="page"`, styled by shared.css (`.site-nav`): in the header (`site-nav-top`) or at the side. One list for
 * the console's and the portal's frame (Shell.tsx) and the public site's (public/Frame.tsx).
 */
export function NavLinks({ nav, side = false }: { nav: NavItem[]; side?: boolean }) {
  const location = useLocation();
  const selected = (to: string) => (to === '/' ? location.pathname === '/' : location.pathname.startsWith(to));
  return (
    <ul className={side ? 'site-nav site-nav-side' : 'site-nav site-nav-top'}>
      {nav.map((item) => (
        <li key={item.to}>
          <Link to={item.to} aria-current={selected(item.to) ? 'page' : undefined}>
            {item.label}
          </Link>
        </li>
      ))}
    </ul>
  );
}
