package dev.saferank.platform.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The agencies page as a web frontend reads it: GraphQL over HTTP with a bearer token. */
final class ApiPages implements PageSource {

    static final String QUERY =
            """
            query($first: Int, $after: String, $filter: AgencyFilter, $year: Int) {
              agencies(first: $first, after: $after, filter: $filter) {
                edges { node { id name creditCode category findings(year: $year) { id ruleCode count status evidence } } }
                pageInfo { hasNextPage endCursor } } }""";

    private static final JsonMapper JSON = JsonMapper.shared();
    private static final long TOKEN_USE_NANOS = 60_000_000_000L;

    private final HttpClient http;
    private final URI uri;
    private final Supplier<String> tokens;
    private volatile Token token;
    private final String marker;
    private final int pageSize;
    private final int year;

    /** An access token and when it was taken. */
    private record Token(String value, long takenAt) {}

    /** {@code tokens} gives a fresh access token; one is used for a minute (they live five). */
    ApiPages(HttpClient http, int port, Supplier<String> tokens, String marker, int pageSize, int year) {
        this.http = http;
        this.uri = URI.create("http://127.0.0.1:" + port + "/graphql");
        this.tokens = tokens;
        this.marker = marker;
        this.pageSize = pageSize;
        this.year = year;
    }

    @Override
    public Page page(String cursor) throws Exception {
        Map<String, Object> variables = new HashMap<>();
        variables.put("first", pageSize);
        variables.put("after", cursor);
        variables.put("filter", Map.of("nameContains", marker));
        variables.put("year", year);
        var request = HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token())
                .POST(HttpRequest.BodyPublishers.ofByteArray(
                        JSON.writeValueAsBytes(Map.of("query", QUERY, "variables", variables))))
                .build();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        JsonNode body = JSON.readTree(response.body());
        if (response.statusCode() != 200 || body.has("errors")) {
            throw new IllegalStateException("the API answered " + response.statusCode() + ": " + body);
        }
        return read(body);
    }

    private String token() {
        Token current = token;
        if (current == null || System.nanoTime() - current.takenAt() > TOKEN_USE_NANOS) {
            synchronized (this) {
                current = token;
                if (current == null || System.nanoTime() - current.takenAt() > TOKEN_USE_NANOS) {
                    current = new Token(tokens.get(), System.nanoTime());
                    token = current;
                }
            }
        }
        return current.value();
    }

    /**
     * What a client does with a page, for both sources alike: reads the JSON it was sent and takes
     * the agencies, their findings and the next cursor from it.
     */
    static Page read(JsonNode body) {
        JsonNode agencies = body.path("data").path("agencies");
        List<Row> rows = new ArrayList<>();
        for (JsonNode edge : agencies.path("edges")) {
            JsonNode node = edge.path("node");
            rows.add(new Row(
                    node.path("id").asLong(),
                    node.path("name").asString(),
                    node.path("findings").size()));
        }
        JsonNode pageInfo = agencies.path("pageInfo");
        return new Page(
                rows,
                pageInfo.path("hasNextPage").asBoolean()
                        ? pageInfo.path("endCursor").asString()
                        : null);
    }
}
