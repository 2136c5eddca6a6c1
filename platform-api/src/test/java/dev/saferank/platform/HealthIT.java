package dev.saferank.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/** What an operator's probes see: the API is up, and so are its database and search index. */
@RealServersTest
class HealthIT {

    @LocalServerPort
    int port;

    @Test
    void reportsUpWithDatabaseAndElasticsearch() throws Exception {
        var response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        var health = JsonMapper.shared().readTree(response.body());
        assertThat(health.path("status").asString()).isEqualTo("UP");
    }

    @Test
    void livenessAndReadinessProbesAnswer() throws Exception {
        for (String probe : new String[] {"liveness", "readiness"}) {
            var response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/" + probe))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(probe).isEqualTo(200);
        }
    }
}
