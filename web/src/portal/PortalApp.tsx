import { BrowserRouter } from 'react-router-dom';
import { Skeleton, Typography } from 'antd';
import { Suspense } from 'react';
import { AuthProvider } from '../shared/auth';
import { Shell, type NavItem } from '../shared/Shell';
import { RequireSignIn, UserBadge, WhoAmI } from '../shared/SignedInApp';
import { lazyPage } from '../shared/AppRoot';
import { PageRoutes, type PageRoute } from '../shared/routes';
import { PrefetchMyAgency } from './MyAgency';
import { prefetchFindings, prefetchRecord, prefetchResults } from './queries';

// each page a chunk of its own, loaded when first shown
const FindingPage = lazyPage(() => import('./FindingPage'), 'FindingPage');
const FindingsPage = lazyPage(() => import('./FindingsPage'), 'FindingsPage');
const ObjectionsPage = lazyPage(() => import('./ObjectionsPage'), 'ObjectionsPage');
const PreviewPage = lazyPage(() => import('./PreviewPage'), 'PreviewPage');
const RecordPage = lazyPage(() => import('./RecordPage'), 'RecordPage');
const ResultsPage = lazyPage(() => import('./ResultsPage'), 'ResultsPage');
const ReportsPage = lazyPage(() => import('./ReportsPage'), 'ReportsPage');
const ReportPage = lazyPage(() => import('./ReportsPage'), 'ReportPage');
const ReviewPage = lazyPage(() => import('./ReviewPage'), 'ReviewPage');
const SelfInspectionPage = lazyPage(() => import('./SelfInspectionPage'), 'SelfInspectionPage');

/** The agency portal at /portal/: an agency user's own record, findings, scores, results and objections. */
const NAV: NavItem[] = [
  { to: '/', label: '本机构' },
  { to: '/findings', label: '问题' },
  { to: '/self-inspections', label: '自查' },
  { to: '/preview', label: '预评分' },
  { to: '/results', label: '考评结果' },
  { to: '/objections', label: '异议' },
  { to: '/reviews', label: '复核申请' },
  { to: '/reports', label: '技术服务报告' },
  { to: '/account', label: '账号' },
];

function Account() {
  return (
    <>
      <Typography.Title level={2}>账号</Typography.Title>
      <WhoAmI />
    </>
  );
}

function NotFound() {
  return <Typography.Paragraph>页面不存在。</Typography.Paragraph>;
}

/** The portal's pages, relative to /portal. */
export const PORTAL_ROUTES: PageRoute[] = [
  { path: '/', page: RecordPage, prefetch: prefetchRecord },
  { path: '/findings', page: FindingsPage, prefetch: prefetchFindings },
  { path: '/findings/:id', page: FindingPage },
  { path: '/self-inspections', page: SelfInspectionPage },
  { path: '/preview', page: PreviewPage },
  { path: '/results', page: ResultsPage, prefetch: prefetchResults },
  { path: '/objections', page: ObjectionsPage },
  { path: '/reviews', page: ReviewPage },
  { path: '/reports', page: ReportsPage },
  { path: '/reports/:id', page: ReportPage },
  { path: '/account', page: Account },
  { path: '*', page: NotFound },
];

export function PortalApp() {
  return (
    <AuthProvider base="/portal/">
      <PrefetchMyAgency />
      <BrowserRouter basename="/portal">
        <Shell title="机构服务平台" nav={NAV} extra={<UserBadge />}>
          <RequireSignIn app="机构服务平台" roles={['agency-user']}>
            <Suspense fallback={<Skeleton active />}>
              <PageRoutes routes={PORTAL_ROUTES} />
            </Suspense>
          </RequireSignIn>
        </Shell>
      </BrowserRouter>
    </AuthProvider>
  );
}
