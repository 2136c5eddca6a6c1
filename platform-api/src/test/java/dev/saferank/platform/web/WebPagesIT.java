package dev.saferank.platform.web;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.saferank.platform.RealServersTest;
import dev.saferank.servers.TestServers;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * How platform-api serves the web module's pages: each app's index.html at its prefix and for its routes
 * (single-page fallback), hashed bundles cached for a year, the run-time configuration, and the API's own
 * paths unchanged. Anonymous requests throughout, as a browser's first visit.
 */
@RealServersTest
class WebPagesIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Test
    void eachAppIsServedAtItsPrefixAndForItsRoutes() throws Exception {
        String site = page("/");
        String console = page("/console/");
        String portal = page("/portal/");

        assertThat(site).contains("<div id=\"root\"></div>").contains("/assets/public-");
        assertThat(console).contains("/assets/console-");
        assertThat(portal).contains("/assets/portal-");
        // reloads and shared links of routes inside the apps
        assertThat(page("/console/agencies/42/findings")).isEqualTo(console);
        assertThat(page("/portal/some/page")).isEqualTo(portal);
        assertThat(withoutRouteChunks(page("/notices/quanzhou/2023"))).isEqualTo(withoutRouteChunks(site));
        assertThat(withoutRouteChunks(page("/complaints/track"))).isEqualTo(withoutRouteChunks(site));
        assertThat(withoutRouteChunks(page("/announcements/view/7"))).isEqualTo(withoutRouteChunks(site));
        assertThat(get("/console").statusCode()).isEqualTo(302);
        assertThat(get("/console").headers().firstValue("Location").orElseThrow())
                .endsWith("/console/");
        // pages are never stored (each carries a CSP nonce of its own), bundles kept
        assertThat(get("/").headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
        var bundle = Pattern.compile("/assets/public-[^\"]+\\.js").matcher(site);
        assertThat(bundle.find()).isTrue();
        HttpResponse<String> script = get(bundle.group());
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.headers().firstValue("Content-Type").orElseThrow()).contains("javascript");
        assertThat(script.headers().firstValue("Cache-Control").orElseThrow())
                .contains("max-age=31536000")
                .contains("immutable");
        // sent compressed to browsers that take it
        HttpResponse<byte[]> zipped = HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + bundle.group()))
                        .header("Accept-Encoding", "gzip")
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(zipped.headers().firstValue("Content-Encoding")).contains("gzip");
        assertThat(zipped.headers().firstValue("Vary").orElseThrow()).contains("Accept-Encoding");
        assertThat(zipped.body().length).isLessThan(script.body().length() / 2);
        assertThat(new String(new GZIPInputStream(new ByteArrayInputStream(zipped.body())).readAllBytes(), UTF_8))
                .isEqualTo(script.body());
        // the build's Brotli copy where the browser takes it (every current browser over HTTPS)
        HttpResponse<byte[]> brotli = HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + bundle.group()))
                        .header("Accept-Encoding", "br, gzip")
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(brotli.headers().firstValue("Content-Encoding")).contains("br");
        assertThat(brotli.body().length).isLessThan(zipped.body().length);
        assertThat(brotli.headers().firstValue("Cache-Control").orElseThrow()).contains("immutable");
    }

    @Test
    void eachPublicPageNamesItsOwnChunksForTheBrowserToFetchWithTheEntry() throws Exception {
        String notice = page("/notices/quanzhou/2023");
        String home = page("/");
        String entry = get(first(Pattern.compile("/assets/public-[\\w-]+\\.js"), notice))
                .body();

        // the notice page's chunk, the very file the app's entry loads for that route, listed before the entry runs
        String noticeChunk = first(
                Pattern.compile("<link rel=\"modulepreload\" crossorigin href=\"(/assets/NoticePage-[\\w-]+\\.js)\">"),
                notice);
        assertThat(entry).contains(noticeChunk.substring("/assets/".length()));
        assertThat(get(noticeChunk).statusCode()).isEqualTo(200);
        // with every chunk it imports (Ant Design's table…: the entry's or its own), in the head, each once
        assertThat(notice.indexOf(noticeChunk)).isLessThan(notice.indexOf("</head>"));
        assertThat(notice.split(Pattern.quote(noticeChunk), -1)).hasSize(2);
        var imports = Pattern.compile("(?:from|import)\"\\./([\\w.-]+\\.js)\"")
                .matcher(get(noticeChunk).body());
        int imported = 0;
        for (; imports.find(); imported++) {
            assertThat(notice).contains("=\"/assets/" + imports.group(1) + "\"");
        }
        assertThat(imported).isGreaterThan(3);
        // each route its own page: the home page's chunk, not the notice page's; a parameter does not match a literal
        assertThat(home).containsPattern("/assets/HomePage-[\\w-]+\\.js").doesNotContain("/assets/NoticePage-");
        assertThat(notice).doesNotContain("/assets/HomePage-");
        assertThat(page("/announcements/view/7")).containsPattern("/assets/AnnouncementPages-[\\w-]+\\.js");
        assertThat(page("/search")).containsPattern("/assets/SearchPage-[\\w-]+\\.js");
        // the sign-in apps unchanged
        assertThat(page("/console/agencies")).doesNotContain("Page-");
    }

    @Test
    void unknownFilesAndPathsAreNotPages() throws Exception {
        assertThat(get("/assets/missing-0000.js").statusCode()).isEqualTo(404);
        assertThat(get("/console/missing-0000.js").statusCode()).isEqualTo(404);
        // outside the public routes nothing falls back to the public site (anonymous: not even seen)
        assertThat(get("/no-such-page").statusCode()).isEqualTo(401);
        assertThat(get("/publications/999999999/announcement").statusCode()).isEqualTo(404);
    }

    @Test
    void theApiKeepsItsPathsAndThePagesLearnTheirIssuer() throws Exception {
        HttpResponse<String> config = get("/web-config.json");
        HttpResponse<String> health = get("/actuator/health");
        HttpResponse<String> graphql = HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ viewer { username } }\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(config.statusCode()).isEqualTo(200);
        assertThat(config.body())
                .contains("\"issuer\":\"" + TestServers.endpoints().issuerUri() + "\"")
                .contains("\"clientId\":\"saferank-web\"");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("UP");
        assertThat(graphql.statusCode()).isEqualTo(200);
        assertThat(graphql.body()).contains("请先登录").contains("\"data\":{\"viewer\":null}");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String first(Pattern pattern, String text) {
        var found = pattern.matcher(text);
        assertThat(found.find()).as("%s in %s", pattern, text).isTrue();
        return found.groupCount() > 0 ? found.group(1) : found.group();
    }

    /** A page without its preload links (a public route's page adds its own chunks to the entry's). */
    private static String withoutRouteChunks(String page) {
        return page.replaceAll("\\s*<link rel=\"(?:modulepreload|preload)\"[^>]*>", "");
    }

    /** A page with its CSP nonce blanked: every response carries a nonce of its own (SecurityHeadersIT). */
    private String page(String path) throws Exception {
        return get(path).body().replaceAll("(<meta name=\"csp-nonce\" content=\")[^\"]*\"", "$1\"");
    }
}
