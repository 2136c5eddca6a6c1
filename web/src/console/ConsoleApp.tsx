import { BrowserRouter, Route, Routes } from 'react-router-dom';
import { Typography } from 'antd';
import { AuthProvider } from '../shared/auth';
import { Shell, type NavItem } from '../shared/Shell';
import { RequireSignIn, UserBadge, WhoAmI } from '../shared/SignedInApp';

/** The console app at /console/ (placeholder: sign-in and "who am I"; pages are added under routes). */
const NAV: NavItem[] = [{ to: '/', label: '首页' }];

function Home() {
  return (
    <>
      <Typography.Title level={2}>应急管理局工作台</Typography.Title>
      <WhoAmI />
    </>
  );
}

export function ConsoleApp() {
  return (
    <AuthProvider base="/console/">
      <BrowserRouter basename="/console">
        <Shell title="应急管理局工作台" nav={NAV} extra={<UserBadge />}>
          <RequireSignIn app="应急管理局工作台" roles={['bureau-admin', 'inspector']}>
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
