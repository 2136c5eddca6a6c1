import { BrowserRouter, Route, Routes } from 'react-router-dom';
import { Typography } from 'antd';
import { AuthProvider } from '../shared/auth';
import { Shell, type NavItem } from '../shared/Shell';
import { RequireSignIn, UserBadge, WhoAmI } from '../shared/SignedInApp';

/** The portal app at /portal/ (placeholder: sign-in and "who am I"; pages are added under routes). */
const NAV: NavItem[] = [{ to: '/', label: '首页' }];

function Home() {
  return (
    <>
      <Typography.Title level={2}>机构服务平台</Typography.Title>
      <WhoAmI />
    </>
  );
}

export function PortalApp() {
  return (
    <AuthProvider base="/portal/">
      <BrowserRouter basename="/portal">
        <Shell title="机构服务平台" nav={NAV} extra={<UserBadge />}>
          <RequireSignIn app="机构服务平台" roles={['agency-user']}>
            <Routes>
              <Route path="/" element={<Home />} />
              <Route path="*" element={<Typography.Paragraph>页面不存在。</Typography.Paragraph>} />
            </Routes>
          </RequireSignIn>
        </Shell>
      </BrowserRouter>
    </AuthProvider>
  );
}
