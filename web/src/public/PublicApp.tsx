import { Suspense } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router-dom';
import { Skeleton } from 'antd';
import { Shell, type NavItem } from '../shared/Shell';
import { lazyPage } from '../shared/lazyPage';

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
            <Route path="/counties/:tenant" element={<PublicCountyRatingsPage />} />
            <Route path="/exams/:tenant" element={<PublicExamResultsPage />} />
            <Route path="/draws/:tenant/:id" element={<PublicDrawPage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Routes>
        </Suspense>
      </Shell>
    </BrowserRouter>
  );
}
