import type { Client } from 'urql';
import { graphql } from '../gql';
import { PublicCitiesQuery } from './cities';

// The public pages' opening queries, with the variables the pages use: the pages import them from here, and the
// routes send them before React's first render (PublicApp's routes, shared/routes.tsx), small enough for the
// site's first chunk.

export const PublicRatingsQuery = graphql(`
  query PublicRatings($query: String, $filter: PublicRatingFilter, $first: Int, $after: String) {
    publicRatings(query: $query, filter: $filter, first: $first, after: $after) {
      total
      hits {
        tenant
        cityName
        agencyId
        agencyName
        creditCode
        district
        districtName
        category
        categoryLabel
        year
        grade
        publishedGrade
        rank
        total
        publicationId
        publicationTitle
        publishedAt
        highlights {
          field
          fragments
        }
      }
      facets {
        name
        buckets {
          key
          label
          count
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const FILTERS = ['tenant', 'district', 'category', 'grade', 'year'] as const;
export type FilterName = (typeof FILTERS)[number];
export const PAGE = 20;

/** The search page's variables from its address (`?q=…&tenant=…&after=…`). */
export function searchVariables(params: URLSearchParams) {
  const filter: Record<string, string | number> = {};
  for (const name of FILTERS) {
    const value = params.get(name);
    if (value) filter[name] = name === 'year' ? Number(value) : value;
  }
  return { query: params.get('q') || null, filter, first: PAGE, after: params.get('after') ?? null };
}

/** A city page's grade distribution of a year (the search's facets of one hit). */
export function cityYearVariables(tenant: string, year: number | null) {
  return { query: null, filter: { tenant, year }, first: 1, after: null };
}

export const PublicNoticeQuery = graphql(`
  query PublicNoticePage($tenant: ID!, $year: Int!) {
    publicNotice(tenant: $tenant, year: $year) {
      tenantName
      year
      startsOn
      endsOn
      open
      message
      entries {
        agencyId
        agencyName
        total
        grade
        overallRank
        groupKey
        groupRank
      }
    }
  }
`);

export function prefetchCities(client: Client) {
  return client.query(PublicCitiesQuery, {}).toPromise();
}

export function prefetchSearch(client: Client, search: URLSearchParams) {
  void prefetchCities(client);
  void client.query(PublicRatingsQuery, searchVariables(search)).toPromise();
}

/** The city page asks for its newest published year's distribution once the cities have come. */
export function prefetchCity(client: Client, tenant: string) {
  void prefetchCities(client).then((result) => {
    const year = result.data?.publicCities.find((c) => c.code === tenant)?.publishedYears[0];
    if (year != null) void client.query(PublicRatingsQuery, cityYearVariables(tenant, year)).toPromise();
  });
}

export function prefetchNotice(client: Client, tenant: string, year: string) {
  if (/^\d{4}$/.test(year)) void client.query(PublicNoticeQuery, { tenant, year: Number(year) }).toPromise();
}
