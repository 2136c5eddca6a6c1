import { mount } from '../shared/AppRoot';
import { accessToken } from '../shared/auth';
import { prefetchRoute } from '../shared/routes';
import '../shared/shared.css';
import { PORTAL_ROUTES, PortalApp } from './PortalApp';

mount(<PortalApp />, accessToken, (client) => prefetchRoute(PORTAL_ROUTES, client, { basename: '/portal' }));
