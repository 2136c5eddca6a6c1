// The app's stylesheet, in this order (the cascade): shared.css (vite.config.ts: `virtual:styles-public.css`, with no
// Ant Design styles, since no public page imports it), then the public site's components' (src/public/ui/ui.css: the
// base text and links), then the frame's (frame.css, imported by Frame.tsx), then the pages' own.
import 'virtual:styles-public.css';
import './ui/ui.css';
import { mountApp } from '../shared/mount';
import { prefetchRoute } from '../shared/routes';
import { PUBLIC_ROUTES, PublicApp } from './PublicApp';

// no Ant Design providers: the frame and the pages, written with the site's own components (src/public/ui), need none
mountApp(<PublicApp />, undefined, (client) => prefetchRoute(PUBLIC_ROUTES, client));
