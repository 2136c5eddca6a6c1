// the app's stylesheet, first: Ant Design's styles for the components this app renders, then shared.css (vite.config.ts)
import 'virtual:styles-public.css';
// then the public site's own components' stylesheet (src/public/ui)
import './ui/ui.css';
import { mount } from '../shared/AppRoot';
import { prefetchRoute } from '../shared/routes';
import { PUBLIC_ROUTES, PublicApp } from './PublicApp';

mount(<PublicApp />, undefined, (client) => prefetchRoute(PUBLIC_ROUTES, client));
