/** What the platform tells its pages at run time (GET /web-config.json, served by platform-api). */
export interface WebConfig {
  /** The OpenID issuer (Keycloak realm) the API trusts, as the browser reaches it. */
  issuer: string;
  /** The public OIDC client of the web frontends (saferank-web). */
  clientId: string;
}

let loaded: Promise<WebConfig> | undefined;

export function webConfig(): Promise<WebConfig> {
  // a plain GET, as the console's and the portal's index.html preload it (`<link rel="preload" as="fetch">`): a request
  // with headers of its own would not be answered from that preload but sent again
  loaded ??= fetch('/web-config.json').then((response) => {
    if (!response.ok) {
      throw new Error(`无法读取站点配置（${response.status}）`);
    }
    return response.json() as Promise<WebConfig>;
  });
  return loaded;
}
