// The app's stylesheet, in this order (the cascade): shared.css (vite.config.ts: `virtual:styles-public.css`, with
// before it Ant Design's styles for the components the public pages still written with it render, none once they all
// are off it), then the public site's components' (src/public/ui/ui.css: the base text and links), then the frame's
// (frame.css, imported by Frame.tsx), then the pages' own.
import 'virtual:styles-public.css';
import './ui/ui.css';
import { mountApp } from '../shared/mount';
import { prefetchRoute } from '../shared/routes';
import { PUBLIC_ROUTES, PublicApp } from './PublicApp';

// no Ant Design providers: the frame and the pages written with the kit need none (those still written with Ant
// Design bring them along, PublicApp.tsx)
mountApp(<PublicApp />, undefined, (client) => prefetchRoute(PUBLIC_ROUTES, client));
