/** What the platform tells its pages at run time (GET /web-config.json, served by platform-api). */
export interface WebConfig {
  /** The OpenID issuer (Keycloak realm) the API trusts, as the browser reaches it. */
  issuer: string;
  /** The public OIDC client of the web frontends (saferank-web). */
  clientId: string;
}

let loaded: Promise<WebConfig> | undefined;

export function webConfig(): Promise<WebConfig> {
  loaded ??= fetch('/web-config.json', { headers: { Accept: 'application/json' } }).then((response) => {
    if (!response.ok) {
      throw new Error(`无法读取站点配置（${response.status}）`);
    }
    return response.json() as Promise<WebConfig>;
  });
  return loaded;
}
