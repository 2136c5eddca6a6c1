/**
 * The Content-Security-Policy nonce of this page's response (issue 16 point 5): the server writes it into
 * `<meta name="csp-nonce">` of each app's index.html and allows `<style>` elements only with it. Ant Design's
 * CSS-in-JS gets it through ConfigProvider's `csp`; the few style elements of its helper library (the scroll
 * lock of dialogs) get it through the build (vite.config.ts, `styleNonce`).
 */
export function cspNonce(): string | undefined {
  const nonce = document.querySelector<HTMLMetaElement>('meta[name="csp-nonce"]')?.content;
  return nonce && nonce !== '__CSP_NONCE__' ? nonce : undefined;
}
