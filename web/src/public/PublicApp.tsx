import { Suspense } from 'react';
import { BrowserRouter } from 'react-router-dom';
import { Skeleton } from 'antd';
import { Shell, type NavItem } from '../shared/Shell';
import { lazyPage } from '../shared/lazyPage';
import { PageRoutes, type PageRoute } from '../shared/routes';
import { prefetchCities, prefetchCity, prefetchNotice, prefetchSearch } from './queries';

// each page is a chunk of its own, loaded when first shown: a visitor's first page parses the frame and that
// page only, not the search's, the complaint form's and the announcements' components too (the charts' code,
// ECharts, half a megabyte, comes after the page's text: LazyChart)
const AgencyPage = lazyPage(() => import('./AgencyPage'), 'AgencyPage');
const AnnouncementsPage = lazyPage(() => import('./AnnouncementPages'), 'AnnouncementsPage');
const PublicationPage = lazyPage(() => import('./AnnouncementPages'), 'PublicationPage');
const CityPage = lazyPage(() => import('./CityPage'), 'CityPage');
const PublicCountyRatingsPage = lazyPage(() => import('./CountyPages'), 'PublicCountyRatingsPage');
const PublicExamResultsPage = lazyPage(() => import('./ExamPages'), 'PublicExamResultsPage');
const ComplaintPage = lazyPage(() => import('./ComplaintPage'), 'ComplaintPage');
const PublicDrawPage = lazyPage(() => import('./DrawPages'), 'PublicDrawPage');
const PublicDrawsPage = lazyPage(() => import('./DrawPages'), 'PublicDrawsPage');
const HomePage = lazyPage(() => import('./HomePage'), 'HomePage');
const NotFoundPage = lazyPage(() => import('./NotFoundPage'), 'NotFoundPage');
const NoticePage = lazyPage(() => import('./NoticePage'), 'NoticePage');
const SearchPage = lazyPage(() => import('./SearchPage'), 'SearchPage');
const ComplaintTrackPage = lazyPage(() => import('./TrackPages'), 'ComplaintTrackPage');
const ObjectionTrackPage = lazyPage(() => import('./TrackPages'), 'ObjectionTrackPage');

/** The public site at / (no sign-in). */
const NAV: NavItem[] = [
  { to: '/', label: '首页' },
  { to: '/search', label: '结果查询' },
  { to: '/complaints/new', label: '投诉' },
  { to: '/complaints/track', label: '投诉进度' },
  { to: '/objections/track', label: '异议进度' },
];

/** The site's pages; each route's first segment is in platform-api's WebPages.PUBLIC_ROUTES too. */
export const PUBLIC_ROUTES: PageRoute[] = [
  { path: '/', page: HomePage, prefetch: (client) => void prefetchCities(client) },
  { path: '/search', page: SearchPage, prefetch: (client, _, search) => prefetchSearch(client, search) },
  { path: '/agencies/:tenant/:agencyId', page: AgencyPage },
  { path: '/cities/:tenant', page: CityPage, prefetch: (client, { tenant = '' }) => prefetchCity(client, tenant) },
  {
    path: '/notices/:tenant/:year',
    page: NoticePage,
    prefetch: (client, { tenant = '', year = '' }) => prefetchNotice(client, tenant, year),
  },
  { path: '/objections/track', page: ObjectionTrackPage },
  { path: '/complaints/new', page: ComplaintPage, prefetch: (client) => void prefetchCities(client) },
  { path: '/complaints/track', page: ComplaintTrackPage },
  { path: '/announcements/view/:id', page: PublicationPage },
  { path: '/announcements/:tenant/:year', page: AnnouncementsPage },
  { path: '/draws/:tenant', page: PublicDrawsPage },
  { path: '/counties/:tenant', page: PublicCountyRatingsPage },
  { path: '/exams/:tenant', page: PublicExamResultsPage },
  { path: '/draws/:tenant/:id', page: PublicDrawPage },
  { path: '*', page: NotFoundPage },
];

export function PublicApp() {
  return (
    <BrowserRouter>
      <Shell title="机构诚信考评公示公开" nav={NAV}>
        <Suspense fallback={<Skeleton active />}>
          <PageRoutes routes={PUBLIC_ROUTES} />
        </Suspense>
      </Shell>
    </BrowserRouter>
  );
}
