import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { DocumentNode } from 'graphql';
import type { Params } from 'react-router-dom';
import type { AnyVariables, Client } from 'urql';
import {
  PublicCitiesQuery,
  PublicCountyRatingsQuery,
  PublicDrawQuery,
  PublicDrawsQuery,
  PublicExamResultsQuery,
  PublicNoticeQuery,
  PublicRatingsQuery,
  PublicationQuery,
  PublicationsQuery,
  askedYear,
  cityYearVariables,
  examYear,
  lastYear,
  searchVariables,
} from './queries';

// The public site's routes as data, without React, Ant Design or urql (issue 15 point 8): each route's path, its
// page (by the name of its component in PublicApp.tsx) and the queries it opens with. One table for the three that
// use it: the site's first module (early.ts) sends a route's opening queries before the bundles have run,
// `prefetchRoute` sends the same through urql before React's first render (PublicApp.tsx), which takes the early
// answers (shared/graphql.ts), and scripts/route-preloads.mjs reads the paths and pages for the served HTML.

/** A query a page opens with: its document and the very variables of the page's `useQuery` (the same request). */
export interface OpeningQuery {
  query: DocumentNode;
  variables: Record<string, unknown>;
}

export interface PublicRoute<Page extends string = string> {
  path: string;
  page: Page;
  /** the page's opening queries from its address (none when the address cannot be the page's, as the page does) */
  opening?: (params: Params, search: URLSearchParams) => OpeningQuery[];
  /** what the page asks once an opening answer has come (the city page's year), through urql only */
  afterOpening?: (client: Client, params: Params) => void;
}

function opening<D, V extends AnyVariables>(query: TypedDocumentNode<D, V>, variables: V): OpeningQuery {
  return { query, variables: variables as Record<string, unknown> };
}

const cities = () => [opening(PublicCitiesQuery, {})];

/** The city page asks for its newest published year's distribution once the cities have come. */
function cityYear(client: Client, { tenant = '' }: Params) {
  void client
    .query(PublicCitiesQuery, {})
    .toPromise()
    .then((result) => {
      const year = result.data?.publicCities.find((c) => c.code === tenant)?.publishedYears[0];
      if (year != null) void client.query(PublicRatingsQuery, cityYearVariables(tenant, year)).toPromise();
    });
}

/** The site's pages; each route's first segment is in platform-api's WebPages.PUBLIC_ROUTES too. */
const ROUTES = [
  { path: '/', page: 'HomePage', opening: cities },
  {
    path: '/search',
    page: 'SearchPage',
    opening: (_, search) => [...cities(), opening(PublicRatingsQuery, searchVariables(search))],
  },
  { path: '/agencies/:tenant/:agencyId', page: 'AgencyPage' },
  { path: '/cities/:tenant', page: 'CityPage', opening: cities, afterOpening: cityYear },
  {
    path: '/notices/:tenant/:year',
    page: 'NoticePage',
    opening: ({ tenant = '', year = '' }) => (/^\d{4}$/.test(year) ? [opening(PublicNoticeQuery, { tenant, year: Number(year) })] : []),
  },
  { path: '/objections/track', page: 'ObjectionTrackPage' },
  { path: '/complaints/new', page: 'ComplaintPage', opening: cities },
  { path: '/complaints/track', page: 'ComplaintTrackPage' },
  {
    path: '/announcements/view/:id',
    page: 'PublicationPage',
    opening: ({ id = '' }) => (/^\d+$/.test(id) ? [opening(PublicationQuery, { id })] : []),
  },
  {
    path: '/announcements/:tenant/:year',
    page: 'AnnouncementsPage',
    opening: ({ tenant = '', year = '' }) => (/^\d{4}$/.test(year) ? [opening(PublicationsQuery, { tenant, year: Number(year) })] : []),
  },
  {
    path: '/draws/:tenant',
    page: 'PublicDrawsPage',
    opening: ({ tenant = '' }) => [...cities(), opening(PublicDrawsQuery, { tenant, year: lastYear() })],
  },
  {
    path: '/counties/:tenant',
    page: 'PublicCountyRatingsPage',
    // without `?year=` the page's year is the city's newest published one, known once the cities have come
    opening: ({ tenant = '' }, search) => {
      const year = askedYear(search);
      return [...cities(), ...(year === null ? [] : [opening(PublicCountyRatingsQuery, { tenant, year })])];
    },
  },
  {
    path: '/exams/:tenant',
    page: 'PublicExamResultsPage',
    opening: ({ tenant = '' }, search) => [...cities(), opening(PublicExamResultsQuery, { tenant, year: examYear(search) })],
  },
  {
    path: '/draws/:tenant/:id',
    page: 'PublicDrawPage',
    opening: ({ tenant = '', id = '' }) => [opening(PublicDrawQuery, { tenant, id })],
  },
  { path: '*', page: 'NotFoundPage' },
] as const satisfies readonly PublicRoute[];

/** The names of the public pages' components (PublicApp.tsx has one of each). */
export type PublicPageName = (typeof ROUTES)[number]['page'];

export const PUBLIC_ROUTE_TABLE: readonly PublicRoute<PublicPageName>[] = ROUTES;
