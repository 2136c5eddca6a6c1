import { BrowserRouter } from 'react-router-dom';
import { Skeleton, Typography } from 'antd';
import { Suspense } from 'react';
import { useQuery } from 'urql';
import { AuthProvider, useAuth } from '../shared/auth';
import { PageRoutes, type PageRoute } from '../shared/routes';
import { Shell, type NavItem } from '../shared/Shell';
import { RequireSignIn, UserBadge, ViewerQuery, WhoAmI, prefetchWhoAmI } from '../shared/SignedInApp';
import {
  AgenciesPage,
  AgencyPage,
  AuditPage,
  CalendarPage,
  CasePage,
  CasesPage,
  ComplaintPage,
  ComplaintsPage,
  CountyRatingsPage,
  DistrictsPage,
  DrawPage,
  DrawsPage,
  EditAgencyPage,
  ImportPage,
  InspectorsPage,
  MeasurementsPage,
  MultiAffiliationPage,
  NoticePage,
  ProblemSummaryPage,
  RatingPage,
  RecordFindingPage,
  RecordInspectionPage,
  RectificationsPage,
  RegisterAgencyPage,
  ReportPage,
  ReportsPage,
  ReviewsPage,
  RunPage,
  SamplingPage,
  SanctionsPage,
  SchemeEditorPage,
  SchemesPage,
  SelfCheckStatusPage,
  SubjectPage,
  SubjectsPage,
  TenantsPage,
  UsersPage,
} from './pages';
import {
  prefetchAgencies,
  prefetchAgency,
  prefetchAudit,
  prefetchComplaints,
  prefetchDistricts,
  prefetchRectifications,
  prefetchSchemes,
  prefetchUsers,
} from './queries';

/**
 * The console's menu. Each role sees only what it may do: bureau admins everything, inspectors no 用户,
 * 区县 or 工作日历 (pages that only an admin may use), county staff (区县) the pages written for a district;
 * the platform admin only 城市开通 (no city's data).
 */
const NAV: (NavItem & { adminOnly?: boolean; county?: boolean })[] = [
  { to: '/', label: '首页', county: true },
  { to: '/agencies', label: '机构管理', county: true },
  { to: '/self-check', label: '自查情况', county: true },
  { to: '/subjects', label: '检查对象', county: true },
  { to: '/problem-summary', label: '问题汇总', county: true },
  { to: '/county-ratings', label: '区县评定', county: true },
  { to: '/measurements', label: '测评数据' },
  { to: '/sanctions', label: '处罚与表彰' },
  { to: '/rating', label: '考评评定' },
  { to: '/rectifications', label: '整改跟踪' },
  { to: '/multi-affiliation', label: '挂靠核查' },
  { to: '/draws', label: '双随机抽查' },
  { to: '/notice', label: '公示与公布' },
  { to: '/reviews', label: '复核与动态管理' },
  { to: '/complaints', label: '投诉处理' },
  { to: '/cases', label: '执法案件' },
  { to: '/reports', label: '报告检索' },
  { to: '/schemes', label: '考评方案' },
  { to: '/calendar', label: '工作日历', adminOnly: true },
  { to: '/import', label: '表格导入', adminOnly: true },
  { to: '/users', label: '用户', adminOnly: true },
  { to: '/districts', label: '区县', adminOnly: true },
  { to: '/audit', label: '审计日志', adminOnly: true },
];

const PLATFORM_NAV: NavItem[] = [
  { to: '/', label: '首页' },
  { to: '/audit', label: '审计日志' },
  { to: '/tenants', label: '城市开通' },
];

/** The menu for the signed-in user's roles (the full one until the roles are known, then filtered). */
function useNav(): NavItem[] {
  const { user } = useAuth();
  const [{ data }] = useQuery({ query: ViewerQuery, pause: !user });
  const roles = data?.viewer?.roles;
  if (!roles) return NAV.filter((item) => !item.adminOnly);
  if (roles.includes('platform-admin')) return PLATFORM_NAV;
  // a county bureau (区县) works on its district's agencies: the pages written for a district only
  if (roles.some((r) => r === 'county-admin' || r === 'county-inspector')) return NAV.filter((item) => item.county);
  const admin = roles.includes('bureau-admin');
  return NAV.filter((item) => admin || !item.adminOnly);
}

function ConsoleShell({ children }: { children: React.ReactNode }) {
  return (
    <Shell title="应急管理局工作台" nav={useNav()} extra={<UserBadge />} side>
      {children}
    </Shell>
  );
}

function Home() {
  return (
    <>
      <Typography.Title level={2}>应急管理局工作台</Typography.Title>
      <WhoAmI />
    </>
  );
}

function NotFound() {
  return <Typography.Paragraph>页面不存在。</Typography.Paragraph>;
}

/** The console's pages, relative to /console. */
export const CONSOLE_ROUTES: PageRoute[] = [
  { path: '/', page: Home, prefetch: prefetchWhoAmI },
  { path: '/agencies', page: AgenciesPage, prefetch: prefetchAgencies },
  { path: '/agencies/new', page: RegisterAgencyPage },
  { path: '/agencies/:id', page: AgencyPage, prefetch: prefetchAgency },
  { path: '/agencies/:id/edit', page: EditAgencyPage },
  { path: '/self-check', page: SelfCheckStatusPage },
  { path: '/subjects', page: SubjectsPage },
  { path: '/subjects/:id', page: SubjectPage },
  { path: '/problem-summary', page: ProblemSummaryPage },
  { path: '/county-ratings', page: CountyRatingsPage },
  { path: '/measurements', page: MeasurementsPage },
  { path: '/sanctions', page: SanctionsPage },
  { path: '/calendar', page: CalendarPage },
  { path: '/import', page: ImportPage },
  { path: '/agencies/:id/findings/new', page: RecordFindingPage },
  { path: '/agencies/:id/sampling', page: SamplingPage },
  { path: '/multi-affiliation', page: MultiAffiliationPage },
  { path: '/draws', page: DrawsPage },
  { path: '/draws/:id', page: DrawPage },
  { path: '/inspectors', page: InspectorsPage },
  { path: '/reviews', page: ReviewsPage },
  { path: '/rating', page: RatingPage },
  { path: '/rating/runs/:id', page: RunPage },
  { path: '/notice', page: NoticePage },
  { path: '/complaints', page: ComplaintsPage, prefetch: prefetchComplaints },
  { path: '/complaints/:id', page: ComplaintPage },
  { path: '/cases', page: CasesPage },
  { path: '/cases/:id', page: CasePage },
  { path: '/reports', page: ReportsPage },
  { path: '/reports/:id', page: ReportPage },
  { path: '/schemes', page: SchemesPage, prefetch: prefetchSchemes },
  { path: '/schemes/next', page: SchemeEditorPage },
  { path: '/agencies/:id/inspections/new', page: RecordInspectionPage },
  { path: '/rectifications', page: RectificationsPage, prefetch: prefetchRectifications },
  { path: '/users', page: UsersPage, prefetch: prefetchUsers },
  { path: '/districts', page: DistrictsPage, prefetch: prefetchDistricts },
  { path: '/audit', page: AuditPage, prefetch: prefetchAudit },
  { path: '/tenants', page: TenantsPage },
  { path: '*', page: NotFound },
];

export function ConsoleApp() {
  return (
    <AuthProvider base="/console/">
      <BrowserRouter basename="/console">
        <ConsoleShell>
          <RequireSignIn app="应急管理局工作台" roles={['bureau-admin', 'inspector', 'county-admin', 'county-inspector', 'platform-admin']}>
            <Suspense fallback={<Skeleton active />}>
              <PageRoutes routes={CONSOLE_ROUTES} />
            </Suspense>
          </RequireSignIn>
        </ConsoleShell>
      </BrowserRouter>
    </AuthProvider>
  );
}
