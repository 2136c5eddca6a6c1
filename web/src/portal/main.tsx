// the app's stylesheet, first: Ant Design's styles for the components this app renders, then shared.css (vite.config.ts)
import 'virtual:styles-portal.css';
import { mount } from '../shared/AppRoot';
import { accessToken, signedIn } from '../shared/auth';
import { prefetchRoute } from '../shared/routes';
import { prefetchViewer } from '../shared/SignedInApp';
import { PORTAL_ROUTES, PortalApp } from './PortalApp';
import { prefetchPortal } from './queries';

mount(<PortalApp />, accessToken, (client) =>
  prefetchRoute(PORTAL_ROUTES, client, {
    basename: '/portal',
    signedIn: () => signedIn('/portal/'),
    always: (c) => {
      prefetchViewer(c);
      prefetchPortal(c);
    },
  }),
);
