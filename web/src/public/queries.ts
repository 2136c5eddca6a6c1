import { graphql } from '../gql';

// The public pages' opening queries, with the variables the pages use: the pages import them from here, and the
// routes (routes.ts) send them before the bundles have run (early.ts) and again through urql before React's first
// render (shared/routes.tsx), which then takes the early answers. No React, Ant Design or urql here: early.ts, the
// site's first module, imports this.

export const PublicCitiesQuery = graphql(`
  query PublicCities {
    publicCities {
      code
      name
      bureauName
      openNoticeYear
      publishedYears
      districts {
        code
        name
      }
    }
  }
`);

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

export const PublicExamResultsQuery = graphql(`
  query PublicExamResults($tenant: ID!, $year: Int!) {
    publicExamResults(tenant: $tenant, year: $year) {
      year
      published
      publishedAt
      passMark
      results {
        agencyName
        staffName
        score
        passed
      }
    }
  }
`);

/** The address's `?year=` when it is a year the pages take (2000–2100), else null. */
export function askedYear(search: URLSearchParams): number | null {
  const asked = Number(search.get('year'));
  return asked >= 2000 && asked <= 2100 ? asked : null;
}

/** Last year: the first year the exam results and draws pages show. */
export function lastYear(): number {
  return new Date().getFullYear() - 1;
}

/** The exam results page's year: the address's `?year=` when it is one, else last year (the page's first choice). */
export function examYear(search: URLSearchParams): number {
  return askedYear(search) ?? lastYear();
}

export const PublicCountyRatingsQuery = graphql(`
  query PublicCountyRatings($tenant: ID!, $year: Int!) {
    publicCountyRatings(tenant: $tenant, year: $year) {
      id
      districtCode
      districtName
      year
      filedAt
      checksum
      lists {
        title
        wording
        agencies {
          agencyName
          creditCode
          total
          grade
          rank
        }
      }
    }
  }
`);

export const PublicDrawsQuery = graphql(`
  query PublicDraws($tenant: ID!, $year: Int!) {
    publicDraws(tenant: $tenant, year: $year) {
      id
      kind
      title
      quotaMode
      quotaValue
      candidatesCount
      commitment
      status
      committedAt
      revealedAt
    }
  }
`);

export const PublicDrawQuery = graphql(`
  query PublicDraw($tenant: ID!, $id: ID!) {
    publicDraw(tenant: $tenant, id: $id) {
      ...DrawDetailFields
    }
  }
`);

export const PublicationsQuery = graphql(`
  query PublicPublications($tenant: String!, $year: Int!) {
    publications(tenant: $tenant, year: $year) {
      id
      status
      kind
      seq
      title
      bureauName
      publishedAt
      supersededById
      reason
      csvUrl
      announcementUrl
    }
  }
`);

export const PublicationQuery = graphql(`
  query PublicPublication($id: ID!) {
    publication(id: $id) {
      id
      tenant
      year
      kind
      status
      seq
      title
      bureauName
      supersedesId
      supersededById
      reason
      publishedAt
      csvUrl
      announcementUrl
      rowsSha256
      prevHash
      prevPublicationId
      chainHash
      lists {
        code
        title
        wording
        isPublic
        validMonths
      }
      entries {
        creditCode
        agencyId
        agencyName
        category
        categoryLabel
        total
        grade
        publishedGrade
        overallRank
        groupKey
        groupRank
        lists
        note
      }
    }
  }
`);
