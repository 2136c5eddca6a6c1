import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { Provider } from 'urql';
import { cspNonce } from './csp';
import { createApiClient } from './graphql';

dayjs.locale('zh-cn');

/** Mounts one app (public, console, portal) with the Chinese locale and the GraphQL client. */
export function mount(app: ReactNode) {
  const client = createApiClient();
  const nonce = cspNonce();
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <ConfigProvider
        locale={zhCN}
        csp={nonce ? { nonce } : undefined}
        button={{ autoInsertSpace: false }}
        theme={{ token: { colorPrimary: '#1d5fbf', borderRadius: 4 } }}
      >
        <AntApp>
          <Provider value={client}>{app}</Provider>
        </AntApp>
      </ConfigProvider>
    </StrictMode>,
  );
}
