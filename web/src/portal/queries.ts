import type { Client } from 'urql';
import { graphql } from '../gql';
import { prefetchQuery } from '../shared/graphql';
import { MyAgencyQuery } from './MyAgency';

// The opening queries of portal pages, which the portal sends before React's first render (PortalApp's routes,
// shared/routes.tsx, issue 15 point 8) with the very variables of the page's `useQuery`, so that urql answers the
// page from that request. The pages import their documents from here (this module is in the portal's first chunk).

const send = prefetchQuery;

/** `?year=` of the address when it is a year (portal `useYear`), else undefined. */
export function yearParam(search: URLSearchParams): number | undefined {
  return /^\d{4}$/.test(search.get('year') ?? '') ? Number(search.get('year')) : undefined;
}

/** What every portal page opens with: the account's agency (`PrefetchMyAgency`, `WithMyAgency`). */
export function prefetchPortal(client: Client) {
  void send(client, MyAgencyQuery, {});
}

export function prefetchRecord(client: Client) {
  void send(client, RecordQuery, {});
}

/** 问题 as opened from the menu or a link: `?year=` and `?status=`, every source. */
export function prefetchFindings(client: Client, _params: unknown, search: URLSearchParams) {
  void send(client, FindingsQuery, { filter: { year: yearParam(search), status: search.get('status') || undefined } });
}

/** 考评结果 of the address's year (else the newest campaign's): needs the agency's city first. */
export function prefetchResults(client: Client, _params: unknown, search: URLSearchParams) {
  void Promise.all([send(client, MyAgencyQuery, {}), send(client, CampaignYears, {})]).then(([own, campaigns]) => {
    const tenant = own.data?.viewer?.tenant;
    const year = yearParam(search) ?? campaigns.data?.tenant?.campaigns[0]?.year ?? new Date().getFullYear() - 1;
    if (tenant && own.data?.myAgency) void send(client, ResultsQuery, { tenant, year });
  });
}

export const RecordQuery = graphql(`
  query PortalRecord {
    tenant {
      id
      name
    }
    myAgency {
      id
      creditCode
      name
      category
      categoryLabel
      qualifications
      officeArea
      status
      createdAt
      districts {
        code
        name
      }
      staff {
        id
        name
        fullTime
        title
        status
        certificates {
          id
          type
          typeLabel
          number
          validUntil
        }
      }
      engagements {
        id
        enterpriseName
        enterpriseCreditCode
        districtCode
        serviceType
        contractDate
        amount
        status
      }
      history {
        action
        actor
        at
        reason
      }
    }
  }
`);

export const FindingsQuery = graphql(`
  query PortalFindings($filter: FindingFilter) {
    findings(first: 100, filter: $filter) {
      edges {
        node {
          id
          year
          kind
          ruleCode
          count
          evidence
          source
          observedOn
          status
          rectification {
            status
            deadline
          }
        }
      }
      pageInfo {
        hasNextPage
      }
    }
  }
`);

export const ResultsQuery = graphql(`
  query PortalResults($tenant: String!, $year: Int!) {
    myRatingResults(year: $year) {
      agency {
        id
        name
      }
      total
      rawTotal
      grade
      overallRank
      groupKey
      groupRank
      exclusion {
        code
        wording
      }
      vetoes {
        code
        wording
      }
      trail {
        ...RatingTrailFields
      }
    }
    publications(tenant: $tenant, year: $year) {
      id
      kind
      status
      seq
      title
      bureauName
      publishedAt
      supersededById
      reason
      lists {
        code
        title
      }
      entries {
        agencyId
        total
        grade
        publishedGrade
        overallRank
        groupKey
        groupRank
        lists
        note
      }
      csvUrl
      announcementUrl
    }
  }
`);

export const CampaignYears = graphql(`
  query PortalCampaignYears {
    tenant {
      id
      name
      campaigns {
        year
      }
    }
  }
`);
