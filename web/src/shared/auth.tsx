import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { Log, User, UserManager, WebStorageStateStore } from 'oidc-client-ts';
import { webConfig } from './config';

/**
 * Sign-in with Keycloak: authorization code flow with PKCE (S256) by oidc-client-ts, for the
 * console (/console/) and the portal (/portal/). Each app has its own callback path
 * (<base>auth/callback) and keeps its user in sessionStorage; tokens are renewed with the
 * refresh token before they expire. The public site signs nobody in.
 */
export interface Auth {
  /** Null until signed in (or while the callback is being handled: see `ready`). */
  user: User | null;
  ready: boolean;
  error: string | null;
  signIn: (returnTo?: string) => Promise<void>;
  signOut: () => Promise<void>;
}

const AuthContext = createContext<Auth | null>(null);
let manager: Promise<UserManager> | undefined;
let basePath = '/';

/** The UserManager of this page (one per app), created from the platform's web config. */
export function userManager(): Promise<UserManager> {
  manager ??= webConfig().then((config) => {
    const origin = window.location.origin;
    Log.setLevel(Log.WARN);
    return new UserManager({
      authority: config.issuer,
      client_id: config.clientId,
      redirect_uri: `${origin}${basePath}auth/callback`,
      post_logout_redirect_uri: `${origin}${basePath}`,
      response_type: 'code',
      scope: 'openid profile',
      automaticSilentRenew: true,
      userStore: new WebStorageStateStore({ store: window.sessionStorage, prefix: `saferank${basePath}` }),
    });
  });
  return manager;
}

/**
 * Whether a user of the app at `base` is signed in (a token that has not expired), asked before the first render
 * so that the page's queries can start at once (`prefetchRoute`); the AuthProvider then finds the same UserManager.
 */
export async function signedIn(base: string): Promise<boolean> {
  basePath = base;
  const user = await (await userManager()).getUser();
  return !!user && !user.expired;
}

/** The access token to send with API calls, or null when nobody is signed in. */
export async function accessToken(): Promise<string | null> {
  if (!manager) {
    return null;
  }
  const user = await (await manager).getUser();
  return user && !user.expired ? user.access_token : null;
}

export function AuthProvider({ base, children }: { base: string; children: ReactNode }) {
  basePath = base;
  const [user, setUser] = useState<User | null>(null);
  const [ready, setReady] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // set from 退出登录 until the browser has left for Keycloak's end-session page: oidc-client-ts forgets the
  // user before it navigates, and the sign-in card shown meanwhile would sign the still-open Keycloak
  // session straight back in (as the same user) if 登录 were clicked then
  const [signingOut, setSigningOut] = useState(false);
  useEffect(() => {
    // back from Keycloak with the browser's back button (a page restored from the back-forward cache)
    const restored = (e: PageTransitionEvent) => {
      if (e.persisted) setSigningOut(false);
    };
    window.addEventListener('pageshow', restored);
    return () => window.removeEventListener('pageshow', restored);
  }, []);

  useEffect(() => {
    let active = true;
    let cleanup = () => {};
    (async () => {
      try {
        const um = await userManager();
        const loaded = (u: User) => {
          if (active) setUser(u);
        };
        const unloaded = () => {
          if (active) setUser(null);
        };
        um.events.addUserLoaded(loaded);
        um.events.addUserUnloaded(unloaded);
        cleanup = () => {
          um.events.removeUserLoaded(loaded);
          um.events.removeUserUnloaded(unloaded);
        };
        if (window.location.pathname === `${base}auth/callback`) {
          const signedIn = await um.signinRedirectCallback();
          const returnTo = typeof signedIn.state === 'string' ? signedIn.state : base;
          window.history.replaceState(null, '', returnTo.startsWith(base) ? returnTo : base);
          if (active) setUser(signedIn);
        } else {
          const stored = await um.getUser();
          if (active) setUser(stored && !stored.expired ? stored : null);
        }
      } catch (e) {
        if (active) setError(`登录失败：${e instanceof Error ? e.message : String(e)}`);
        window.history.replaceState(null, '', base);
      } finally {
        if (active) setReady(true);
      }
    })();
    return () => {
      active = false;
      cleanup();
    };
  }, [base]);

  const signIn = useCallback(async (returnTo?: string) => {
    const um = await userManager();
    await um.signinRedirect({ state: returnTo ?? window.location.pathname + window.location.search });
  }, []);
  const signOut = useCallback(async () => {
    setSigningOut(true);
    const um = await userManager();
    try {
      await um.signoutRedirect();
    } catch (e) {
      setSigningOut(false);
      setError(`退出登录失败：${e instanceof Error ? e.message : String(e)}`);
    }
  }, []);

  const value = useMemo(() => ({ user, ready, error, signIn, signOut }), [user, ready, error, signIn, signOut]);
  // the router mounts once the callback URL has been replaced by the page the user came from
  return (
    <AuthContext.Provider value={value}>
      {ready && !signingOut ? (
        children
      ) : (
        <div role="status" style={{ padding: 48, textAlign: 'center' }}>
          {signingOut ? '正在退出登录…' : '正在登录…'}
        </div>
      )}
    </AuthContext.Provider>
  );
}

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) {
    throw new Error('useAuth outside AuthProvider');
  }
  return auth;
}
