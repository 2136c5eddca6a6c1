import type { Client } from 'urql';
import { graphql } from '../gql';

// The opening queries of console pages that the console sends before React's first render (ConsoleApp's routes,
// shared/routes.tsx), the pages import them from here.

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
  void client.query(UsersQuery, {}).toPromise();
}

export function prefetchDistricts(client: Client) {
  void client.query(DistrictsQuery, {}).toPromise();
}
