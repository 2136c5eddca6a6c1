import { lazy, Suspense } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router-dom';
import { Result, Skeleton } from 'antd';
import { Shell, type NavItem } from '../shared/Shell';
import { AnnouncementsPage, PublicationPage } from './AnnouncementPages';
import { ComplaintPage } from './ComplaintPage';
import { HomePage } from './HomePage';
import { NoticePage } from './NoticePage';
import { ComplaintTrackPage, ObjectionTrackPage } from './TrackPages';

// the pages that chart come in their own chunks with ECharts (half a megabyte), loaded when first
// shown; the others are in the main bundle, so that they need no second round trip
const SearchPage = lazy(() => import('./SearchPage').then((m) => ({ default: m.SearchPage })));
const AgencyPage = lazy(() => import('./AgencyPage').then((m) => ({ default: m.AgencyPage })));
const CityPage = lazy(() => import('./CityPage').then((m) => ({ default: m.CityPage })));

/**
 * The public site at / (no sign-in). Every route's first segment is in platform-api's
 * WebPages.PUBLIC_ROUTES too, which serves index.html for it and lets anonymous GETs through.
 */
const NAV: NavItem[] = [
  { to: '/', label: '首页' },
  { to: '/search', label: '结果查询' },
  { to: '/complaints/new', label: '投诉' },
  { to: '/complaints/track', label: '投诉进度' },
  { to: '/objections/track', label: '异议进度' },
];

export function PublicApp() {
  return (
    <BrowserRouter>
      <Shell title="机构诚信考评公示公开" nav={NAV}>
        <Suspense fallback={<Skeleton active />}>
        <Routes>
          <Route path="/" element={<HomePage />} />
          <Route path="/search" element={<SearchPage />} />
          <Route path="/agencies/:tenant/:agencyId" element={<AgencyPage />} />
          <Route path="/cities/:tenant" element={<CityPage />} />
          <Route path="/notices/:tenant/:year" element={<NoticePage />} />
          <Route path="/objections/track" element={<ObjectionTrackPage />} />
          <Route path="/complaints/new" element={<ComplaintPage />} />
          <Route path="/complaints/track" element={<ComplaintTrackPage />} />
          <Route path="/announcements/view/:id" element={<PublicationPage />} />
          <Route path="/announcements/:tenant/:year" element={<AnnouncementsPage />} />
          <Route path="*" element={<Result status="404" title="页面不存在" />} />
        </Routes>
        </Suspense>
      </Shell>
    </BrowserRouter>
  );
}
