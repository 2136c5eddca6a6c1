import { mount } from '../shared/AppRoot';
import { prefetchRoute } from '../shared/routes';
import '../shared/shared.css';
import { PUBLIC_ROUTES, PublicApp } from './PublicApp';

mount(<PublicApp />, undefined, (client) => prefetchRoute(PUBLIC_ROUTES, client));
