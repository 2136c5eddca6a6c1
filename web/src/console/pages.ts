import { lazyPage } from '../shared/lazyPage';

// every page of the console is a chunk of its own, loaded when it is first opened (the scheme editor brings a
// YAML library too): the first page parses the shell, the sign-in and itself only
export const MeasurementsPage = lazyPage(() => import('./MeasurementsPage'), 'MeasurementsPage');
export const SanctionsPage = lazyPage(() => import('./SanctionsPage'), 'SanctionsPage');
export const CalendarPage = lazyPage(() => import('./CalendarPage'), 'CalendarPage');
export const ImportPage = lazyPage(() => import('./ImportPage'), 'ImportPage');
export const AuditPage = lazyPage(() => import('./AuditPage'), 'AuditPage');
export const SchemeEditorPage = lazyPage(() => import('./SchemeEditor'), 'SchemeEditorPage');
export const AgencyPage = lazyPage(() => import('./AgencyPages'), 'AgencyPage');
export const AgenciesPage = lazyPage(() => import('./AgencyListPage'), 'AgenciesPage');
export const EditAgencyPage = lazyPage(() => import('./AgencyForm'), 'EditAgencyPage');
export const RegisterAgencyPage = lazyPage(() => import('./AgencyForm'), 'RegisterAgencyPage');
export const RecordFindingPage = lazyPage(() => import('./FindingPages'), 'RecordFindingPage');
export const RatingPage = lazyPage(() => import('./RatingPages'), 'RatingPage');
export const RunPage = lazyPage(() => import('./RatingPages'), 'RunPage');
export const NoticePage = lazyPage(() => import('./NoticePages'), 'NoticePage');
export const SchemesPage = lazyPage(() => import('./SchemePages'), 'SchemesPage');
export const DistrictsPage = lazyPage(() => import('./AdminPages'), 'DistrictsPage');
export const UsersPage = lazyPage(() => import('./AdminPages'), 'UsersPage');
export const RecordInspectionPage = lazyPage(() => import('./InspectionPages'), 'RecordInspectionPage');
export const RectificationsPage = lazyPage(() => import('./RectificationPages'), 'RectificationsPage');
export const ComplaintPage = lazyPage(() => import('./ComplaintPages'), 'ComplaintPage');
export const ComplaintsPage = lazyPage(() => import('./ComplaintPages'), 'ComplaintsPage');
export const CasePage = lazyPage(() => import('./CasePages'), 'CasePage');
export const CasesPage = lazyPage(() => import('./CasePages'), 'CasesPage');
export const ReportsPage = lazyPage(() => import('./ReportsPage'), 'ReportsPage');
export const SamplingPage = lazyPage(() => import('./SamplingPage'), 'SamplingPage');
export const MultiAffiliationPage = lazyPage(() => import('./MultiAffiliationPage'), 'MultiAffiliationPage');
export const DrawPage = lazyPage(() => import('./DrawPage'), 'DrawPage');
export const DrawsPage = lazyPage(() => import('./DrawPages'), 'DrawsPage');
export const InspectorsPage = lazyPage(() => import('./InspectorsPage'), 'InspectorsPage');
export const ReviewsPage = lazyPage(() => import('./ReviewPages'), 'ReviewsPage');
export const CountyRatingsPage = lazyPage(() => import('./CountyRatingPages'), 'CountyRatingsPage');
export const SelfCheckStatusPage = lazyPage(() => import('./SelfCheckPage'), 'SelfCheckStatusPage');
export const TenantsPage = lazyPage(() => import('./TenantsPage'), 'TenantsPage');
