import type { AnyVariables, Client, DocumentInput } from 'urql';
import type { Params } from 'react-router-dom';
import { graphql } from '../gql';
import { prefetchQuery } from '../shared/graphql';

// The opening queries of console pages, which the console sends before React's first render (ConsoleApp's routes,
// shared/routes.tsx, issue 15 point 8) with the very variables of the page's `useQuery`: urql then answers the page
// from that request. The pages import their documents from here (this module is in the console's first chunk, the
// pages are not).

/** Sends a query now; its answer is kept for the page that asks for it (same document, same variables). */
function send<D, V extends AnyVariables>(client: Client, query: DocumentInput<D, V>, variables: V) {
  void prefetchQuery(client, query, variables);
}

/** The year of a page's `?year=` (console `useYear`), else last year. */
export function yearParam(search: URLSearchParams): number {
  const fromUrl = Number(search.get('year'));
  return Number.isInteger(fromUrl) && fromUrl >= 2000 && fromUrl <= 2100 ? fromUrl : new Date().getFullYear() - 1;
}

/** The audit page's page size. */
export const AUDIT_PAGE = 20;

export const UsersQuery = graphql(`
  query ConsoleTenantUsers {
    tenantUsers {
      username
      email
      firstName
      lastName
      role
      enabled
    }
  }
`);

export const DistrictsQuery = graphql(`
  query ConsoleDistricts {
    districts {
      code
      name
    }
  }
`);

/** The users page's list: Keycloak's admin API behind it takes the longest of any console page's first query. */
export function prefetchUsers(client: Client) {
  send(client, UsersQuery, {});
}

export function prefetchDistricts(client: Client) {
  send(client, DistrictsQuery, {});
}

export function prefetchAgencies(client: Client) {
  send(client, AgenciesQuery, { first: 50, after: null, filter: {} });
}

export function prefetchAgency(client: Client, params: Params, search: URLSearchParams) {
  send(client, AgencyQuery, { id: params.id ?? '', year: yearParam(search) });
}

export function prefetchRectifications(client: Client, _params: Params, search: URLSearchParams) {
  send(client, RectificationsQuery, { filter: { year: yearParam(search), agencyId: search.get('agency') }, after: null });
}

export function prefetchSchemes(client: Client) {
  send(client, SchemeVersionsQuery, {});
}

export function prefetchComplaints(client: Client) {
  send(client, ComplaintSearchQuery, { query: null, filter: null, after: null });
}

/** The first page of the audit unfiltered (a bureau admin's or the platform admin's: the API refuses anyone else). */
export function prefetchAudit(client: Client) {
  send(client, AuditLogQuery, { filter: {}, offset: 0, limit: AUDIT_PAGE });
}

export const AgenciesQuery = graphql(`
  query ConsoleAgencies($first: Int, $after: String, $filter: AgencyFilter) {
    agencies(first: $first, after: $after, filter: $filter) {
      edges {
        node {
          id
          name
          creditCode
          categoryLabel
          status
          districts {
            code
            name
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
    agencyCategories {
      code
      label
    }
  }
`);

export const AgencyQuery = graphql(`
  query ConsoleAgency($id: ID!, $year: Int!) {
    agency(id: $id) {
      id
      name
      creditCode
      categoryLabel
      qualifications
      officeArea
      status
      version
      createdAt
      districts {
        code
        name
      }
      data(year: $year) {
        field
        wording
        value
        source
      }
      findings(year: $year) {
        id
        kind
        ruleCode
        ruleText
        count
        value
        of
        evidence
        source
        observedOn
        status
        recordedBy
        recordedAt
        confirmedBy
        rectification {
          status
          deadline
        }
      }
      history {
        action
        actor
        at
        reason
      }
      staff {
        id
        name
        fullTime
        title
        certificates {
          id
          type
          typeLabel
          number
          validUntil
        }
        otherAgencies {
          id
          name
        }
        examFailure {
          year
          score
          passMark
        }
      }
      engagements(year: $year) {
        id
        enterpriseName
        enterpriseCreditCode
        districtCode
        serviceType
        contractDate
        amount
      }
    }
    certificateTypes {
      code
      label
    }
    districts {
      code
      name
    }
  }
`);

export const RectificationsQuery = graphql(`
  query ConsoleRectifications($filter: FindingFilter, $after: String) {
    findings(first: 100, after: $after, filter: $filter) {
      edges {
        node {
          id
          agencyId
          agencyName
          kind
          ruleCode
          ruleText
          evidence
          observedOn
          status
          rectification {
            measure
            deadline
            responsible
            status
            answer
            updatedBy
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const SchemeVersionsQuery = graphql(`
  query ConsoleSchemeVersions {
    schemeVersions {
      version
      year
      title
      uploadedBy
      uploadedAt
      history {
        action
        actor
        at
      }
    }
  }
`);

export const ComplaintSearchQuery = graphql(`
  query ConsoleSearchComplaints($query: String, $filter: ComplaintSearchFilter, $after: String) {
    searchComplaints(query: $query, filter: $filter, first: 20, after: $after) {
      total
      hits {
        node {
          id
          trackingCode
          agencyName
          agency
          subject
          status
          filedAt
        }
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

export const AuditLogQuery = graphql(`
  query ConsoleAuditLog($filter: AuditFilter, $offset: Int, $limit: Int) {
    auditLog(filter: $filter, offset: $offset, limit: $limit) {
      total
      records {
        id
        tenant
        seq
        occurredAt
        actor
        clientAddress
        action
        actionLabel
        targetType
        targetId
        details {
          key
          value
        }
        hash
      }
    }
    auditActions {
      code
      label
    }
  }
`);
