import type { ReactNode } from 'react';
import { Layout, Menu, Typography } from 'antd';
import type { MenuProps } from 'antd';
import { Link, useLocation } from 'react-router-dom';

const { Header, Content, Footer } = Layout;

export interface NavItem {
  /** The route, relative to the app's basename ("/", "/search"). */
  to: string;
  label: string;
}

/**
 * The frame of every page: the site's name, the navigation (a menu of links, usable with the
 * keyboard), something on the right (the signed-in user), the page, a footer.
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
  const location = useLocation();
  const selected = nav
    .filter((item) => (item.to === '/' ? location.pathname === '/' : location.pathname.startsWith(item.to)))
    .map((item) => item.to);
  const items: MenuProps['items'] = nav.map((item) => ({ key: item.to, label: <Link to={item.to}>{item.label}</Link> }));
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
            <Menu theme="dark" mode="horizontal" selectedKeys={selected} items={items} style={{ minWidth: 0 }} />
          </nav>
        )}
        {extra}
      </Header>
      {side ? (
        <Layout>
          <Layout.Sider width={168} theme="light" breakpoint="md" collapsedWidth={0}>
            <nav aria-label="主导航">
              <Menu mode="inline" selectedKeys={selected} items={items} style={{ borderInlineEnd: 0 }} />
            </nav>
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
