package dev.saferank.platform.abuse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saferank.platform.RealServersTest;
import dev.saferank.platform.TestData;
import dev.saferank.platform.complaint.PublicHttp;
import dev.saferank.platform.scheme.Schemes;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The complaint limit (5 an hour per client address) under concurrency: twenty filings from one address sent
 * at the same instant, over twenty connections, are exactly five complaints. The count and the insert are one
 * atomic step in the database (the address's row in {@code client_limit} is locked by each filing until it
 * commits), so the limit holds however many API nodes share the database.
 */
@RealServersTest
class ConcurrentFilingsIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Schemes schemes;

    @BeforeEach
    void city() {
        new TestData(jdbc, schemes).tenant("quanzhou");
    }

    @Test
    void twentyParallelFilingsFromOneAddressAcceptExactlyFive() throws Exception {
        String address = PublicHttp.uniqueAddress();
        String marker = "并发投诉 " + address;

        List<JsonNode> answers = ConcurrentFilings.fileAtOnce(port, address, marker, 20);

        long accepted = answers.stream()
                .filter(a ->
                        !a.path("trackingCode").isNull() && a.path("errors").isEmpty())
                .count();
        List<String> refusals = answers.stream()
                .flatMap(a -> a.path("errors").valueStream())
                .map(e -> e.path("code").asString())
                .toList();
        assertThat(accepted).isEqualTo(5);
        assertThat(refusals).hasSize(15).containsOnly("RATE_LIMITED");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM complaint WHERE subject = ?", Integer.class, marker))
                .as("complaints stored")
                .isEqualTo(5);
        // another address is not held up by this one's limit
        assertThat(ConcurrentFilings.fileAtOnce(port, PublicHttp.uniqueAddress(), marker + " 另一地址", 1)
                        .getFirst()
                        .path("errors")
                        .isEmpty())
                .isTrue();
    }
}
