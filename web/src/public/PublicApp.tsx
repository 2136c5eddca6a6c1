import { Suspense } from 'react';
import { BrowserRouter } from 'react-router-dom';
import { pageLoader, type LazyPage } from '../shared/lazyPage';
import type { NavItem } from '../shared/nav';
import { PageRoutes, type PageRoute } from '../shared/routes';
import { Frame } from './Frame';
import { PUBLIC_ROUTE_TABLE, type PublicPageName } from './routes';
import { Skeleton } from './ui';

/** The public pages as chunks of their own, the kit's skeleton while one loads. */
const lazyPage = pageLoader(Skeleton);

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

/** Each page of the route table (routes.ts) by its name; scripts/route-preloads.mjs reads the `lazyPage` lines above. */
const PAGES: Record<PublicPageName, LazyPage> = {
  AgencyPage,
  AnnouncementsPage,
  PublicationPage,
  CityPage,
  PublicCountyRatingsPage,
  PublicExamResultsPage,
  ComplaintPage,
  PublicDrawPage,
  PublicDrawsPage,
  HomePage,
  NotFoundPage,
  NoticePage,
  SearchPage,
  ComplaintTrackPage,
  ObjectionTrackPage,
};

/**
 * The site's routes (routes.ts) with their pages; `prefetch` sends a route's opening queries through urql before
 * React's first render (`prefetchRoute`), answered by the early requests of the same queries (early.ts).
 */
export const PUBLIC_ROUTES: PageRoute[] = PUBLIC_ROUTE_TABLE.map(({ path, page, opening, afterOpening }) => ({
  path,
  page: PAGES[page],
  prefetch:
    opening &&
    ((client, params, search) => {
      for (const { query, variables } of opening(params, search)) void client.query(query, variables).toPromise();
      afterOpening?.(client, params);
    }),
}));

export function PublicApp() {
  return (
    <BrowserRouter>
      <Frame title="机构诚信考评公示公开" nav={NAV}>
        <Suspense fallback={<Skeleton />}>
          <PageRoutes routes={PUBLIC_ROUTES} />
        </Suspense>
      </Frame>
    </BrowserRouter>
  );
}
