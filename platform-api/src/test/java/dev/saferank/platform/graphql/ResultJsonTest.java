package dev.saferank.platform.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.http.MockHttpOutputMessage;
import tools.jackson.databind.json.JsonMapper;

/** The GraphQL response writer gives the bytes Jackson gives for the same tree. */
class ResultJsonTest {

    private final JsonMapper json = JsonMapper.builder().build();
    private final ResultJson.Converter converter = new ResultJson.Converter(json);

    @Test
    void writesAResultTreeExactlyAsJacksonDoes() throws Exception {
        Map<String, Object> finding = new LinkedHashMap<>();
        finding.put("id", "42");
        finding.put("count", 3);
        finding.put("evidence", "报告中\"签字\"人员与实际不符\n第二行 \\ 反斜杠 \t 制表");
        finding.put("enterprise", null);
        finding.put("total", new BigDecimal("92.50"));
        finding.put("big", new BigInteger("123456789012345678901234567890"));
        finding.put("ratio", 0.125d);
        finding.put("seq", 7L);
        finding.put("confirmed", true);
        finding.put("observedOn", LocalDate.of(2023, 5, 17)); // anything else goes to Jackson
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("name", "泉州安泰安全技术有限公司");
        node.put("findings", List.of(finding, Map.of()));
        node.put("empty", new ArrayList<>());
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("message", "页面大小不能超过 100");
        error.put("path", Arrays.asList("agencies", 0, "findings"));
        error.put("extensions", Map.of("classification", "BAD_REQUEST"));
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("data", Map.of("agencies", Map.of("edges", List.of(Map.of("node", node)))));
        result.put("errors", List.of(error));

        var output = new MockHttpOutputMessage();
        converter.write(result, MediaType.APPLICATION_JSON, output);

        assertThat(output.getBodyAsString(StandardCharsets.UTF_8)).isEqualTo(json.writeValueAsString(result));
        assertThat(output.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_JSON);
        assertThat(output.getHeaders().getContentLength())
                .as("sent at once, with its length in bytes (UTF-8)")
                .isEqualTo(json.writeValueAsBytes(result).length);
    }

    @Test
    void aFieldNameSeenOnceIsWrittenTheSameTheSecondTime() throws Exception {
        Map<String, Object> result =
                Map.of("data", Map.of("ruleCode", "1.1", "list", List.of(Map.of("ruleCode", "2"))));
        for (int i = 0; i < 2; i++) {
            var output = new MockHttpOutputMessage();
            converter.write(result, null, output);
            assertThat(output.getBodyAsString(StandardCharsets.UTF_8)).isEqualTo(json.writeValueAsString(result));
        }
    }
}
