import { useEffect, useRef, type ReactNode } from 'react';
import { Alert, Button, Card, Descriptions, Space, Spin, Tag, Typography } from 'antd';
import { useQuery, type Client } from 'urql';
import { graphql } from '../gql';
import { useAuth } from './auth';
import { ErrorAlert } from './errors';
import { prefetchQuery } from './graphql';

export const ViewerQuery = graphql(`
  query Viewer {
    viewer {
      username
      tenant
      roles
      district
      districtName
    }
  }
`);

export const ROLE_LABELS: Record<string, string> = {
  'platform-admin': '平台管理员',
  'bureau-admin': '应急管理局管理员',
  inspector: '检查人员',
  'agency-user': '机构用户',
  'county-admin': '区县应急管理局管理员',
  'county-inspector': '区县检查人员',
};

/** The signed-in user and a sign-out button, for the header. */
export function UserBadge() {
  const { user, signOut } = useAuth();
  if (!user) {
    return null;
  }
  return (
    <Space>
      <Typography.Text style={{ color: '#fff' }} data-testid="signed-in-user">
        {user.profile.preferred_username}
      </Typography.Text>
      <Button size="small" onClick={() => void signOut()}>
        退出登录
      </Button>
    </Space>
  );
}

/**
 * Shows `children` only to a signed-in user; everyone else gets a sign-in button (Keycloak,
 * authorization code + PKCE). `roles`: who may use this app; others are told so.
 */
export function RequireSignIn({ app, roles, children }: { app: string; roles: string[]; children: ReactNode }) {
  const { user, ready, error, signIn } = useAuth();
  // `viewer` as sent before the first render (prefetchViewer): asked again only when the user changes afterwards
  const [{ data, fetching, error: viewerError }, reexecute] = useQuery({ query: ViewerQuery, pause: !user });
  const shownFor = useRef(user);
  useEffect(() => {
    if (user && user !== shownFor.current) reexecute({ requestPolicy: 'network-only' });
    shownFor.current = user;
  }, [user, reexecute]);
  if (!ready) {
    return (
      <Spin tip="正在登录…" size="large">
        <div style={{ height: 200 }} />
      </Spin>
    );
  }
  if (!user) {
    return (
      <Card style={{ maxWidth: 480, margin: '48px auto' }} title={app}>
        {error && <Alert type="error" showIcon role="alert" title={error} style={{ marginBottom: 16 }} />}
        <Typography.Paragraph>请使用本单位统一身份认证账号登录。</Typography.Paragraph>
        <Button type="primary" size="large" onClick={() => void signIn()}>
          登录
        </Button>
      </Card>
    );
  }
  if (viewerError) {
    return <ErrorAlert error={viewerError} />;
  }
  const viewer = data?.viewer;
  if (viewer && !viewer.roles.some((r) => roles.includes(r))) {
    return (
      <Alert
        type="warning"
        showIcon
        role="alert"
        title={`账号 ${viewer.username} 无权使用${app}`}
        description={`本系统供${roles.map((r) => ROLE_LABELS[r] ?? r).join('、')}使用。`}
      />
    );
  }
  // The page starts at once, side by side with `viewer` (issue 15 point 8): its chunk and its own query need no
  // roles (the API checks every call), so they no longer wait for the roles to come back first. It is shown once
  // the roles are known; an account of the wrong app gets the warning above instead, and never sees the page.
  const known = !(fetching && !data);
  return (
    <>
      {!known && (
        <Spin tip="正在读取账号信息…">
          <div style={{ height: 200 }} />
        </Spin>
      )}
      <div hidden={!known} data-testid="signed-in-page">
        {children}
      </div>
    </>
  );
}

/**
 * The sign-in gate's `viewer` (the roles), sent before the first render by the console's and the portal's `main.tsx`
 * (`prefetchRoute`) for a signed-in user, side by side with the page's chunk and its opening query.
 */
export function prefetchViewer(client: Client) {
  void prefetchQuery(client, ViewerQuery, {});
}

/** The home page's `WhoAmI`: `viewer`, then the city's name. */
export function prefetchWhoAmI(client: Client) {
  void prefetchQuery(client, ViewerQuery, {}).then((result) => {
    if (result.data?.viewer?.tenant) void prefetchQuery(client, OwnTenantQuery, {});
  });
}

const OwnTenantQuery = graphql(`
  query OwnTenantName {
    tenant {
      id
      name
    }
  }
`);

/** "Who am I": the viewer as the platform sees it, the city by its name (泉州市应急管理局), not its id. */
export function WhoAmI() {
  const [{ data, error }] = useQuery({ query: ViewerQuery });
  const [{ data: own }] = useQuery({ query: OwnTenantQuery, pause: !data?.viewer?.tenant });
  if (error) return <ErrorAlert error={error} />;
  const viewer = data?.viewer;
  if (!viewer) return null;
  return (
    <Descriptions bordered column={1} title="当前账号" data-testid="whoami">
      <Descriptions.Item label="用户名">{viewer.username}</Descriptions.Item>
      <Descriptions.Item label="所属城市">{viewer.tenant ? (own?.tenant?.name ?? '') : '（平台）'}</Descriptions.Item>
      {viewer.district && (
        <Descriptions.Item label="所属区县">
          <span data-testid="viewer-district">
            {viewer.districtName ?? ''}（{viewer.district}）
          </span>
        </Descriptions.Item>
      )}
      <Descriptions.Item label="角色">
        {viewer.roles.map((r) => (
          <Tag key={r}>{ROLE_LABELS[r] ?? r}</Tag>
        ))}
      </Descriptions.Item>
    </Descriptions>
  );
}
