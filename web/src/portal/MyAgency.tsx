import type { ReactNode } from 'react';
import { Alert, Skeleton } from 'antd';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { useAuth } from '../shared/auth';
import { ErrorAlert } from '../shared/errors';

export const MyAgencyQuery = graphql(`
  query PortalMyAgency {
    viewer {
      username
      tenant
    }
    myAgency {
      id
      name
    }
  }
`);

export interface OwnAgency {
  id: string;
  name: string;
  tenant: string;
}

/**
 * Renders `children` with the agency the signed-in account acts for (myAgency); an account that is
 * linked to no agency is told to ask its bureau.
 */
export function WithMyAgency({ children }: { children: (agency: OwnAgency) => ReactNode }) {
  const [{ data, fetching, error }] = useQuery({ query: MyAgencyQuery });
  if (fetching && !data) return <Skeleton active />;
  if (error) return <ErrorAlert error={error} />;
  const agency = data?.myAgency;
  if (!agency || !data?.viewer?.tenant) {
    return (
      <Alert
        type="warning"
        showIcon
        role="alert"
        title="账号尚未关联机构"
        description="本账号还没有关联到任何技术服务机构，请联系所在市应急管理局为账号关联机构。"
      />
    );
  }
  return <>{children({ id: agency.id, name: agency.name, tenant: data.viewer.tenant })}</>;
}

/**
 * Asks for the own agency as soon as the user is signed in, alongside the sign-in gate's "who am I",
 * so that pages which need the agency's id do not wait for one more round trip.
 */
export function PrefetchMyAgency() {
  const { user } = useAuth();
  useQuery({ query: MyAgencyQuery, pause: !user });
  return null;
}
