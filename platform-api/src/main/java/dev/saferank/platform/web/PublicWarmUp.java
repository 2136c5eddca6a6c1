package dev.saferank.platform.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends the public site's first queries (the cities, a search with words) to this server once at
 * start-up, over HTTP and anonymously like a visitor, before the application reports itself ready
 * ({@code /actuator/health/readiness}). A freshly started JVM answered its first search in 0.2–0.4 s
 * (loading the Elasticsearch client's and the search path's classes) where a warm one takes 20 ms:
 * the first visitor after a deployment no longer pays for it. A failure (Elasticsearch still
 * starting, say) is logged and start-up goes on. Off with {@code saferank.warm-up.enabled=false}.
 */
@Component
@ConditionalOnBooleanProperty(name = "saferank.warm-up.enabled", matchIfMissing = true)
class PublicWarmUp implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PublicWarmUp.class);

    /** What the search page asks first (web/src/public/SearchPage.tsx, cities.ts), on any words. */
    static final String QUERY =
            """
            query WarmUp($q: String) {
              publicCities { code name bureauName openNoticeYear publishedYears districts { code name } }
              publicRatings(query: $q, first: 20) {
                total
                hits { tenant cityName agencyId agencyName district districtName category categoryLabel year
                       grade publishedGrade rank total publicationId publicationTitle publishedAt
                       highlights { field fragments } }
                facets { name buckets { key label count } }
                pageInfo { hasNextPage endCursor } } }""";

    /** A few rounds: the first loads the classes, the next ones let the JIT see the path. */
    static final int ROUNDS = 3;

    private final ApplicationContext context;

    PublicWarmUp(ApplicationContext context) {
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!(context instanceof WebServerApplicationContext web) || web.getWebServer() == null) {
            return;
        }
        int port = web.getWebServer().getPort();
        if (port <= 0) {
            return;
        }
        long start = System.nanoTime();
        try (var http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()) {
            byte[] body =
                    JsonMapper.shared().writeValueAsBytes(Map.of("query", QUERY, "variables", Map.of("q", "安全评价有限公司")));
            var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                    .timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                    .build();
            for (int round = 0; round < ROUNDS; round++) {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200 || response.body().contains("\"errors\"")) {
                    log.warn("warm-up: the public search answered {}; going on without it", response.statusCode());
                    return;
                }
            }
            log.info("warm-up: public search ready in {} ms", (System.nanoTime() - start) / 1_000_000);
        } catch (java.io.IOException | RuntimeException e) {
            log.warn("warm-up: the public search could not be sent ({}); going on without it", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
