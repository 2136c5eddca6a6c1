import type { ReactNode } from 'react';
import { App as AntApp, ConfigProvider, Skeleton } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import type { Client } from 'urql';
import { cspNonce } from './csp';
import type { AccessToken } from './graphql';
import { pageLoader } from './lazyPage';
import { mountApp } from './mount';
import THEME_TOKEN from './theme.json';

dayjs.locale('zh-cn');

/**
 * Ant Design's providers: the Chinese locale, the theme, the page's CSP nonce, `App` (its message and modal hooks), around
 * the whole console and portal (the public site has none: shared/mount.tsx).
 */
function AntdProviders({ children }: { children: ReactNode }) {
  const nonce = cspNonce();
  // a user who asked the system for less motion gets none: Ant Design then shows and removes dialogs,
  // menus and a button's loading icon at once instead of after an animation (whose end needs rendered frames:
  // a busy or backgrounded page could leave a finished button looking "loading")
  const reducedMotion = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  return (
    <ConfigProvider
      locale={zhCN}
      csp={nonce ? { nonce } : undefined}
      button={{ autoInsertSpace: false }}
      // the components' styles are the build's stylesheet of each app (virtual:styles-<app>.css, imported first by its
      // main.tsx; vite.config.ts): none written at run time
      theme={{ zeroRuntime: true, hashed: false, token: { ...THEME_TOKEN, motion: !reducedMotion } }}
      wave={{ disabled: reducedMotion }}
    >
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}

/** Mounts the console or the portal: Ant Design's providers and the GraphQL client with the user's access token. */
export function mount(app: ReactNode, accessToken?: AccessToken, start?: (client: Client) => void) {
  mountApp(<AntdProviders>{app}</AntdProviders>, accessToken, start);
}

/** The console's and the portal's pages as chunks of their own (`pageLoader`), Ant Design's skeleton while one loads. */
export const lazyPage = pageLoader(() => <Skeleton active />);
