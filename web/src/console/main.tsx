// the app's stylesheet, first: Ant Design's styles for the components this app renders, then shared.css (vite.config.ts)
import 'virtual:styles-console.css';
import { mount } from '../shared/AppRoot';
import { accessToken, signedIn } from '../shared/auth';
import { prefetchRoute } from '../shared/routes';
import { prefetchViewer } from '../shared/SignedInApp';
import { CONSOLE_ROUTES, ConsoleApp } from './ConsoleApp';

mount(<ConsoleApp />, accessToken, (client) =>
  prefetchRoute(CONSOLE_ROUTES, client, { basename: '/console', signedIn: () => signedIn('/console/'), always: prefetchViewer }),
);
