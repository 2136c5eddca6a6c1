import { BrowserRouter, Route, Routes } from 'react-router-dom';
import { Typography } from 'antd';
import { AuthProvider } from '../shared/auth';
import { Shell, type NavItem } from '../shared/Shell';
import { RequireSignIn, UserBadge, WhoAmI } from '../shared/SignedInApp';
import { AgenciesPage, AgencyPage } from './AgencyPages';
import { RecordFindingPage } from './FindingPages';
import { RatingPage, RunPage } from './RatingPages';
import { NoticePage } from './NoticePages';
import { SchemesPage } from './SchemePages';
import { DistrictsPage, UsersPage } from './AdminPages';
import { RecordInspectionPage, RectificationsPage } from './InspectionPages';
import { CasePage, CasesPage, ComplaintPage, ComplaintsPage, ReportsPage } from './ComplaintPages';
import { SamplingPage } from './SamplingPage';
import { MultiAffiliationPage } from './MultiAffiliationPage';

/** The console app at /console/: the bureau's pages (bureau admins and inspectors). */
const NAV: NavItem[] = [
  { to: '/', label: '首页' },
  { to: '/agencies', label: '机构管理' },
  { to: '/rating', label: '考评评定' },
  { to: '/rectifications', label: '整改跟踪' },
  { to: '/multi-affiliation', label: '挂靠核查' },
  { to: '/notice', label: '公示与公布' },
  { to: '/complaints', label: '投诉处理' },
  { to: '/cases', label: '执法案件' },
  { to: '/reports', label: '报告检索' },
  { to: '/schemes', label: '考评方案' },
  { to: '/users', label: '用户' },
  { to: '/districts', label: '区县' },
];

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
              <Route path="/agencies" element={<AgenciesPage />} />
              <Route path="/agencies/:id" element={<AgencyPage />} />
              <Route path="/agencies/:id/findings/new" element={<RecordFindingPage />} />
              <Route path="/agencies/:id/sampling" element={<SamplingPage />} />
              <Route path="/multi-affiliation" element={<MultiAffiliationPage />} />
              <Route path="/rating" element={<RatingPage />} />
              <Route path="/rating/runs/:id" element={<RunPage />} />
              <Route path="/notice" element={<NoticePage />} />
              <Route path="/complaints" element={<ComplaintsPage />} />
              <Route path="/complaints/:id" element={<ComplaintPage />} />
              <Route path="/cases" element={<CasesPage />} />
              <Route path="/cases/:id" element={<CasePage />} />
              <Route path="/reports" element={<ReportsPage />} />
              <Route path="/schemes" element={<SchemesPage />} />
              <Route path="/agencies/:id/inspections/new" element={<RecordInspectionPage />} />
              <Route path="/rectifications" element={<RectificationsPage />} />
              <Route path="/users" element={<UsersPage />} />
              <Route path="/districts" element={<DistrictsPage />} />
              <Route path="*" element={<Typography.Paragraph>页面不存在。</Typography.Paragraph>} />
            </Routes>
          </RequireSignIn>
        </Shell>
      </BrowserRouter>
    </AuthProvider>
  );
}
