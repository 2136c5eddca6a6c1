import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { NavLinks, type NavItem } from '../shared/nav';
import './frame.css';

/**
 * The public site's frame, without a component library (issue 15 point 8: the site's first load carries no Ant Design):
 * a skip link, the header with the site's name and the navigation ("主导航", shared/nav.tsx), the page in `<main
 * id="main">`, the footer; the same landmarks and names as the console's and portal's frame (shared/Shell.tsx).
 */
export function Frame({ title, nav, children }: { title: string; nav: NavItem[]; children: ReactNode }) {
  return (
    <div className="site-layout">
      <a href="#main" className="skip-link">
        跳到正文
      </a>
      <header className="site-header">
        <Link to="/" className="site-title">
          {title}
        </Link>
        <nav aria-label="主导航" className="site-header-nav">
          <NavLinks nav={nav} />
        </nav>
      </header>
      <main id="main" tabIndex={-1} className="site-content">
        {children}
      </main>
      <footer className="site-footer">安全生产技术服务机构诚信考评 · 各市应急管理局</footer>
    </div>
  );
}
