import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { Provider, type Client } from 'urql';
import { cspNonce } from './csp';
import { createApiClient, type AccessToken } from './graphql';
import THEME_TOKEN from './theme.json';

dayjs.locale('zh-cn');

/**
 * Mounts one app (public, console, portal) with the Chinese locale and the GraphQL client; the signed-in
 * apps pass their access token (the public site does not: it bundles no sign-in code). `start` runs before the
 * first render with the client: the address's page chunk and opening queries (`prefetchRoute`).
 */
export function mount(app: ReactNode, accessToken?: AccessToken, start?: (client: Client) => void) {
  const client = createApiClient(accessToken);
  start?.(client);
  const nonce = cspNonce();
  // a user who asked the system for less motion gets none: Ant Design then shows and removes dialogs,
  // menus and a button's loading icon at once instead of after an animation (whose end needs rendered frames:
  // a busy or backgrounded page could leave a finished button looking "loading")
  const reducedMotion = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <ConfigProvider
        locale={zhCN}
        csp={nonce ? { nonce } : undefined}
        button={{ autoInsertSpace: false }}
        // the components' styles are the build's stylesheet of each app (virtual:styles-<app>.css, imported first by its
        // main.tsx; vite.config.ts): none written at run time
        theme={{ zeroRuntime: true, hashed: false, token: { ...THEME_TOKEN, motion: !reducedMotion } }}
        wave={{ disabled: reducedMotion }}
      >
        <AntApp>
          <Provider value={client}>{app}</Provider>
        </AntApp>
      </ConfigProvider>
    </StrictMode>,
  );
}
