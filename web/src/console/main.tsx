import { mount } from '../shared/AppRoot';
import { accessToken, signedIn } from '../shared/auth';
import { prefetchRoute } from '../shared/routes';
import { prefetchViewer } from '../shared/SignedInApp';
import '../shared/shared.css';
import { CONSOLE_ROUTES, ConsoleApp } from './ConsoleApp';

mount(<ConsoleApp />, accessToken, (client) =>
  prefetchRoute(CONSOLE_ROUTES, client, { basename: '/console', signedIn: () => signedIn('/console/'), always: prefetchViewer }),
);
