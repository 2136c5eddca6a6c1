import { Suspense } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router-dom';
import { Result, Skeleton } from 'antd';
import { Shell, type NavItem } from '../shared/Shell';
import { AgencyPage } from './AgencyPage';
import { AnnouncementsPage, PublicationPage } from './AnnouncementPages';
import { CityPage } from './CityPage';
import { ComplaintPage } from './ComplaintPage';
import { PublicDrawPage, PublicDrawsPage } from './DrawPages';
import { HomePage } from './HomePage';
import { NoticePage } from './NoticePage';
import { SearchPage } from './SearchPage';
import { ComplaintTrackPage, ObjectionTrackPage } from './TrackPages';

// every page is in the main bundle, so that none needs a second round trip before its text shows;
// only the charts' code (ECharts, half a megabyte) comes in its own chunk, after the text (LazyChart)

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
            <Route path="/draws/:tenant" element={<PublicDrawsPage />} />
            <Route path="/draws/:tenant/:id" element={<PublicDrawPage />} />
            <Route path="*" element={<Result status="404" title="页面不存在" />} />
          </Routes>
        </Suspense>
      </Shell>
    </BrowserRouter>
  );
}
