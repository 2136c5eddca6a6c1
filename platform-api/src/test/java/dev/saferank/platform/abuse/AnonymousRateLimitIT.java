package dev.saferank.platform.abuse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saferank.platform.GraphQlHttp;
import dev.saferank.platform.KeycloakTokens;
import dev.saferank.platform.RealServersTest;
import dev.saferank.platform.complaint.PublicHttp;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Anonymous {@code /graphql} is rate-limited per client address (600 a minute), counted in the database that
 * every API node shares: the request over the limit is answered 429 with a Chinese message and Retry-After;
 * another address, and a signed-in user, are not held up; counts another node wrote are honoured.
 */
@RealServersTest
class AnonymousRateLimitIT {

    static final String CHEAP = "{ __typename }";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ClientAddresses addresses;

    @Autowired
    AbuseSettings settings;

    @Test
    void theRequestOverTheLimitIsRefused429InChinese() throws Exception {
        int limit = settings.anonymousPerMinute();
        awayFromTheEndOfTheMinute(limit);
        String address = PublicHttp.uniqueAddress();
        var http = new GraphQlHttp(port).from(address);

        for (int i = 0; i < limit; i++) {
            assertThat(http.post(CHEAP, null).status())
                    .as("request %d of %d", i + 1, limit)
                    .isEqualTo(200);
        }
        var refused = raw(address, null);

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(refused.body())
                .contains("请求过于频繁：未登录访问每个网络地址每分钟最多 " + limit + " 次")
                .contains("\"code\":\"RATE_LIMITED\"")
                .doesNotContain("Exception");
        assertThat(raw(PublicHttp.uniqueAddress(), null).statusCode())
                .as("another address")
                .isEqualTo(200);
        assertThat(raw(address, KeycloakTokens.accessToken("quanzhou-admin")).statusCode())
                .as("the same address signed in")
                .isEqualTo(200);
    }

    @Test
    void countsAnotherNodeWroteAreHonoured() throws Exception {
        awayFromTheEndOfTheMinute(1);
        String address = PublicHttp.uniqueAddress();
        long window = System.currentTimeMillis() / 60_000;
        // another API node has counted this address's whole minute already
        jdbc.update(
                "INSERT INTO client_limit (scope, client_key, window_start, used) VALUES ('graphql', ?, ?, ?)",
                addresses.keyOf(address),
                window,
                settings.anonymousPerMinute());

        assertThat(raw(address, null).statusCode()).isEqualTo(429);
        assertThat(jdbc.queryForObject(
                        "SELECT used FROM client_limit WHERE scope = 'graphql' AND client_key = ? AND window_start = ?",
                        Integer.class,
                        addresses.keyOf(address),
                        window))
                .isEqualTo(settings.anonymousPerMinute() + 1);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM client_limit WHERE client_key = ?", Integer.class, address))
                .as("the address itself is never stored")
                .isZero();
    }

    private HttpResponse<String> raw(String address, String token) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                .header("Content-Type", "application/json")
                .header("X-Forwarded-For", address)
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"" + CHEAP + "\"}"));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The limit counts per clock minute: start where the minute leaves time for the requests (≈ 5 ms each). */
    private static void awayFromTheEndOfTheMinute(int requests) throws InterruptedException {
        long needed = 5_000 + requests * 20L;
        long left = 60_000 - System.currentTimeMillis() % 60_000;
        if (left < needed) {
            Thread.sleep(left + 100);
        }
    }
}
