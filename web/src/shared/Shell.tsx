import type { ReactNode } from 'react';
import { Layout, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { NavLinks, type NavItem } from './nav';

export type { NavItem };

const { Header, Content, Footer } = Layout;

/**
 * The frame of every page of the console and the portal (the public site has a frame of its own without Ant Design,
 * public/Frame.tsx): the site's name, the navigation (a list of links, usable with the
 * keyboard; the current page's link marked `aria-current="page"`), something on the right (the signed-in
 * user), the page, a footer.
 *
 * The navigation is plain links styled by shared.css (`.site-nav`), not Ant Design's Menu (issue 15 point 8): the
 * Menu's run-time styles and its overflow measurement ran on every app's first page before the page itself. Measured
 * on the public home page from a static server at load 26–35 (medians of 10–16 loads): without the Menu 1,912 → 1,452
 * and 1,881 → 1,508 ms; with these links 1,890 → 1,754, 1,672 → 1,396 and 1,718 → 1,766 ms (noisy at that load).
 */
export function Shell({
  title,
  nav,
  extra,
  children,
  side = false,
}: {
  title: string;
  nav: NavItem[];
  extra?: ReactNode;
  children: ReactNode;
  /** The navigation as a menu at the side (the console's many pages), not in the header. */
  side?: boolean;
}) {
  const links = <NavLinks nav={nav} side={side} />;
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <a href="#main" className="skip-link">
        跳到正文
      </a>
      <Header style={{ display: 'flex', alignItems: 'center', gap: 24, paddingInline: 24 }}>
        <Link to="/" style={{ color: '#fff', fontSize: 18, fontWeight: 600, whiteSpace: 'nowrap' }}>
          {title}
        </Link>
        {side ? (
          <div style={{ flex: 1 }} />
        ) : (
          <nav aria-label="主导航" style={{ flex: 1, minWidth: 0 }}>
            {links}
          </nav>
        )}
        {extra}
      </Header>
      {side ? (
        <Layout>
          <Layout.Sider width={168} theme="light" breakpoint="md" collapsedWidth={0}>
            <nav aria-label="主导航">{links}</nav>
          </Layout.Sider>
          <Content id="main" tabIndex={-1} style={{ padding: '24px', minWidth: 0 }}>
            {children}
          </Content>
        </Layout>
      ) : (
        <Content id="main" tabIndex={-1} style={{ padding: '24px', maxWidth: 1200, width: '100%', margin: '0 auto' }}>
          {children}
        </Content>
      )}
      <Footer style={{ textAlign: 'center' }}>
        <Typography.Text type="secondary">安全生产技术服务机构诚信考评 · 各市应急管理局</Typography.Text>
      </Footer>
    </Layout>
  );
}
