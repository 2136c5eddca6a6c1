package dev.saferank.platform.reportbenchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The same searches through {@code searchReports} and raw to Elasticsearch: the raw request is the
 * one {@code search.SearchEngine} builds (tenant filter, cross-field AND match, highlights, the five
 * facets, 21 hits sorted by score and id, no source). One client, the two interleaved so that both
 * see the same load; each answer is read as JSON, as a client would.
 */
final class Searches {

    /**
     * Milliseconds of every measured search, by side, and this JVM's CPU time per search (the API
     * server and the client on the API side, the client alone on the raw side; Elasticsearch and
     * MySQL are other processes): a figure that moves less with the other builds' load.
     */
    record Result(double[] apiMillis, double[] rawMillis, double apiCpuMillis, double rawCpuMillis) {
        int count() {
            return apiMillis.length;
        }

        double api(int percentile) {
            return percentile(apiMillis, percentile);
        }

        double raw(int percentile) {
            return percentile(rawMillis, percentile);
        }

        private static double percentile(double[] values, int p) {
            double[] sorted = values.clone();
            Arrays.sort(sorted);
            return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
        }
    }

    static final List<String> QUERIES = List.of(
            "储罐区 火灾",
            "叉车",
            "应急预案",
            "配电房 触电",
            "反应釜",
            "隐患排查治理台账",
            "粉尘危害",
            "静电接地",
            "压力容器",
            "行车 起重伤害",
            "安全检查表法",
            "危废暂存间",
            "导热油炉",
            "消防通道",
            "职业健康监护档案",
            "空压机房",
            "喷涂车间 爆炸",
            "劳动防护用品",
            "风险分级管控清单",
            "高处坠落");

    static final String DOCUMENT = "query($q: String) { searchReports(query: $q, first: 20) { total"
            + " hits { score node { id title enterprise agencyName issuedOn type } highlights { field fragments } }"
            + " facets { name buckets { key label count } } pageInfo { hasNextPage endCursor } } }";

    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String graphQl;
    private final String search;
    private final Supplier<String> tokens;
    private final String tenant;
    private String token;
    private long tokenTakenAt;

    /** {@code tokens} gives a fresh access token; one is used for a minute (they live five). */
    Searches(int port, String esUrl, Supplier<String> tokens, String tenant) {
        this.graphQl = "http://127.0.0.1:" + port + "/graphql";
        this.search = esUrl + "/saferank-reports/_search";
        this.tokens = tokens;
        this.tenant = tenant;
    }

    private String token() {
        if (token == null || System.nanoTime() - tokenTakenAt > 60_000_000_000L) {
            token = tokens.get();
            tokenTakenAt = System.nanoTime();
        }
        return token;
    }

    Result run(int measured) throws Exception {
        int warmUp = Integer.getInteger("benchmark.searchWarmUp", Math.max(20, measured / 5));
        List<Double> api = new ArrayList<>();
        List<Double> raw = new ArrayList<>();
        long apiCpu = 0;
        long rawCpu = 0;
        for (int i = 0; i < warmUp + measured; i++) {
            String q = QUERIES.get(i % QUERIES.size());
            token(); // a fresh one when due, outside the timed search
            long cpu0 = cpu();
            double a = timed(() -> api(q));
            long cpu1 = cpu();
            double r = timed(() -> raw(q));
            long cpu2 = cpu();
            if (i >= warmUp) {
                api.add(a);
                raw.add(r);
                apiCpu += cpu1 - cpu0;
                rawCpu += cpu2 - cpu1;
            }
        }
        return new Result(
                api.stream().mapToDouble(d -> d).toArray(),
                raw.stream().mapToDouble(d -> d).toArray(),
                apiCpu / 1e6 / measured,
                rawCpu / 1e6 / measured);
    }

    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean)
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private interface Call {
        long hits() throws Exception;
    }

    private static double timed(Call call) throws Exception {
        long start = System.nanoTime();
        long hits = call.hits();
        double millis = (System.nanoTime() - start) / 1e6;
        if (hits < 1) {
            throw new AssertionError("a benchmark search found nothing");
        }
        return millis;
    }

    private long api(String q) throws Exception {
        String body = JsonMapper.shared().writeValueAsString(Map.of("query", DOCUMENT, "variables", Map.of("q", q)));
        JsonNode answer = post(graphQl, body, "Bearer " + token());
        if (answer.has("errors")) {
            throw new AssertionError("searchReports failed: " + answer.path("errors"));
        }
        return answer.path("data").path("searchReports").path("total").asLong();
    }

    private long raw(String q) throws Exception {
        var request = Map.of(
                "query",
                Map.of(
                        "bool",
                        Map.of(
                                "filter",
                                List.of(Map.of("term", Map.of("tenant_id", tenant))),
                                "must",
                                List.of(Map.of(
                                        "multi_match",
                                        Map.of(
                                                "query",
                                                q,
                                                "fields",
                                                List.of("title^3", "body", "enterprise^2", "agency_name"),
                                                "type",
                                                "cross_fields",
                                                "operator",
                                                "and"))))),
                "size",
                21,
                "track_total_hits",
                true,
                "_source",
                false,
                "sort",
                List.of(Map.of("_score", Map.of("order", "desc")), Map.of("id", Map.of("order", "desc"))),
                "highlight",
                Map.of(
                        "pre_tags", List.of("<em>"),
                        "post_tags", List.of("</em>"),
                        "fragment_size", 120,
                        "number_of_fragments", 3,
                        "fields", Map.of("title", Map.of(), "body", Map.of(), "enterprise", Map.of())),
                "aggs",
                Map.of(
                        "type", Map.of("terms", Map.of("field", "type", "size", 50)),
                        "agency", Map.of("terms", Map.of("field", "agency_id", "size", 50)),
                        "year",
                                Map.of(
                                        "date_histogram",
                                        Map.of(
                                                "field",
                                                "issued_on",
                                                "calendar_interval",
                                                "year",
                                                "format",
                                                "yyyy",
                                                "min_doc_count",
                                                1)),
                        "signatory", Map.of("terms", Map.of("field", "signatory_names", "size", 50)),
                        "status", Map.of("terms", Map.of("field", "status", "size", 50))));
        JsonNode answer = post(search, JsonMapper.shared().writeValueAsString(request), null);
        return answer.path("hits").path("total").path("value").asLong();
    }

    private JsonNode post(String url, String body, String authorization) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new AssertionError(url + " answered " + response.statusCode() + ": " + response.body());
        }
        return JsonMapper.shared().readTree(response.body());
    }
}
