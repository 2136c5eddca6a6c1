import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { Provider, type Client } from 'urql';
import { createApiClient, type AccessToken } from './graphql';

/**
 * Mounts one app with its GraphQL client, nothing else: the public site's mount (no component library: its first load
 * carries no Ant Design, issue 15 point 8); the console and the portal mount through AppRoot.tsx, which adds Ant
 * Design's providers. The signed-in apps pass their access token (the public site does not: it bundles no sign-in
 * code). `start` runs before the first render with the client: the address's page chunk and opening queries
 * (`prefetchRoute`).
 */
export function mountApp(app: ReactNode, accessToken?: AccessToken, start?: (client: Client) => void) {
  const client = createApiClient(accessToken);
  start?.(client);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <Provider value={client}>{app}</Provider>
    </StrictMode>,
  );
}
