package dev.saferank.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saferank.platform.RealServersTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every answer, page or API, refusal or not, carries the security headers (Content-Security-Policy without
 * inline scripts, style elements only with the response's nonce, Referrer-Policy, Permissions-Policy); HSTS
 * only when the request came over TLS (as a reverse proxy terminating TLS says with X-Forwarded-Proto). The
 * built pages hold nothing the policy would block and carry their response's nonce.
 */
@RealServersTest
class SecurityHeadersIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Value("${saferank.security.issuer-uri}")
    String issuer;

    @Test
    void pagesApiAndRefusalsAllCarryTheHeaders() throws Exception {
        List<HttpResponse<String>> answers = List.of(
                get("/"),
                get("/console/"),
                get("/portal/agencies"),
                get("/web-config.json"),
                get("/no-such-page.txt"),
                get("/publications/999999999.csv"),
                get("/actuator/health"),
                post("application/json", "{\"query\":\"{ __typename }\"}"),
                post("text/plain", "nope"),
                post("application/json", "{\"query\":\"{ agencies { totalCount } }\"}"));

        for (HttpResponse<String> answer : answers) {
            String where = answer.request().method() + " " + answer.uri().getPath() + " → " + answer.statusCode();
            String csp = answer.headers().firstValue("Content-Security-Policy").orElse("");
            assertThat(csp).as(where).contains("script-src 'self';").contains("frame-ancestors 'none'");
            assertThat(csp).as(where).doesNotContain("unsafe-eval");
            assertThat(csp.substring(csp.indexOf("script-src"), csp.indexOf(';', csp.indexOf("script-src"))))
                    .as(where + ": no inline scripts")
                    .isEqualTo("script-src 'self'");
            assertThat(directive(csp, "style-src"))
                    .as(where + ": style elements only with the response's nonce")
                    .matches("style-src 'self' 'nonce-[A-Za-z0-9+/]{22}=='");
            assertThat(answer.headers().firstValue("Referrer-Policy"))
                    .as(where)
                    .hasValue("strict-origin-when-cross-origin");
            assertThat(answer.headers().firstValue("Permissions-Policy").orElse(""))
                    .as(where)
                    .contains("camera=()")
                    .contains("geolocation=()");
            assertThat(answer.headers().firstValue("Strict-Transport-Security"))
                    .as(where + ": plain HTTP, no HSTS")
                    .isEmpty();
        }
        // the pages sign in with Keycloak: its origin is the only other one they may connect to
        String keycloak =
                URI.create(issuer).getScheme() + "://" + URI.create(issuer).getRawAuthority();
        assertThat(get("/console/")
                        .headers()
                        .firstValue("Content-Security-Policy")
                        .orElseThrow())
                .contains("connect-src 'self' " + keycloak + ";");
    }

    @Test
    void eachPageCarriesTheStyleNonceOfItsOwnResponseAndIsNeverCached() throws Exception {
        var nonceInPage = Pattern.compile("<meta name=\"csp-nonce\" content=\"([^\"]*)\"");
        java.util.Set<String> nonces = new java.util.HashSet<>();
        for (String page : List.of("/", "/console/", "/portal/", "/search", "/console/agencies/42", "/", "/")) {
            var answer = get(page);
            String csp = answer.headers().firstValue("Content-Security-Policy").orElseThrow();
            String nonce = directive(csp, "style-src").replaceAll(".*'nonce-([^']+)'.*", "$1");
            var meta = nonceInPage.matcher(answer.body());
            assertThat(meta.find()).as(page + ": the nonce's meta element").isTrue();
            assertThat(meta.group(1))
                    .as(page + ": the page's nonce is its policy's")
                    .isEqualTo(nonce);
            assertThat(nonces.add(nonce)).as(page + ": a fresh nonce").isTrue();
            // a cached or revalidated page would pair an old nonce with a new policy
            assertThat(answer.headers().firstValue("Cache-Control")).as(page).hasValue("no-store");
            assertThat(answer.headers().firstValue("Last-Modified")).as(page).isEmpty();
            assertThat(answer.headers().firstValue("ETag")).as(page).isEmpty();
        }
        // inline style attributes stay allowed (components position popups with them); elements do not
        assertThat(get("/").headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("style-src-attr 'unsafe-inline'")
                .doesNotContain("style-src 'self' 'unsafe-inline'");
    }

    private static String directive(String csp, String name) {
        int start = csp.indexOf(name + " ");
        return start < 0 ? "" : csp.substring(start, csp.indexOf(';', start));
    }

    @Test
    void hstsWhenTlsWasTerminatedByTheProxy() throws Exception {
        var request = HttpRequest.newBuilder(uri("/"))
                .header("X-Forwarded-Proto", "https")
                .build();

        var answer = HTTP.send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(answer.headers().firstValue("Strict-Transport-Security"))
                .hasValue("max-age=31536000; includeSubDomains");
    }

    @Test
    void theBuiltPagesHaveNoInlineScriptTheirPolicyWouldBlock() throws Exception {
        var scriptTag = Pattern.compile("<script\\b([^>]*)>(.*?)</script>", Pattern.DOTALL);
        for (String page : List.of("/", "/console/", "/portal/")) {
            String html = get(page).body();
            var scripts = scriptTag.matcher(html);
            int count = 0;
            while (scripts.find()) {
                count++;
                assertThat(scripts.group(1)).as(page + ": script from a file").contains("src=\"/assets/");
                assertThat(scripts.group(2).strip())
                        .as(page + ": no inline script")
                        .isEmpty();
            }
            assertThat(count).as(page + ": its bundle").isPositive();
            assertThat(html).as(page + ": no inline event handler").doesNotContainPattern("\\son[a-z]+=");
            assertThat(html).as(page + ": no javascript: address").doesNotContain("javascript:");
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String contentType, String body) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(uri("/graphql"))
                        .header("Content-Type", contentType)
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
