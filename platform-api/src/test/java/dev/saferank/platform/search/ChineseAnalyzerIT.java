package dev.saferank.platform.search;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import dev.saferank.platform.RealServersTest;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The Chinese analyzer the platform relies on is installed in the build's Elasticsearch and
 * segments words, so that a query matches words and not stray single characters.
 */
@RealServersTest
class ChineseAnalyzerIT {

    private static final String INDEX = "it-chinese-analyzer";

    @Autowired
    ElasticsearchClient client;

    @BeforeEach
    void indexReports() throws IOException {
        client.indices().create(index -> index.index(INDEX)
                .mappings(mappings -> mappings.properties(
                        "title", property -> property.text(text -> text.analyzer("smartcn_chinese")))));
        List<String> titles = List.of(
                "安全评价报告", // the words 安全 and 评价
                "全面评估价格安排", // shares 全, 评, 价 but none of the words
                "价格评议安全帽"); // shares 安, 全, 评, 价 but none of the words
        for (int i = 0; i < titles.size(); i++) {
            String id = Integer.toString(i + 1);
            Map<String, String> document = Map.of("title", titles.get(i));
            client.index(
                    request -> request.index(INDEX).id(id).document(document).refresh(Refresh.True));
        }
    }

    @AfterEach
    void dropIndex() throws IOException {
        client.indices().delete(request -> request.index(INDEX));
    }

    @Test
    void segmentsChineseIntoWords() throws IOException {
        var tokens =
                client
                        .indices()
                        .analyze(request -> request.index(INDEX).field("title").text("安全评价报告"))
                        .tokens()
                        .stream()
                        .map(token -> token.token())
                        .toList();

        assertThat(tokens).containsExactly("安全", "评价", "报告");
    }

    @Test
    void queryForAWordFindsTheReportAndNotTextsSharingSingleCharacters() throws IOException {
        var hits = client
                .search(
                        request -> request.index(INDEX)
                                .query(query -> query.match(
                                        match -> match.field("title").query("安全评价"))),
                        Map.class)
                .hits()
                .hits()
                .stream()
                .map(hit -> hit.id())
                .toList();

        assertThat(hits).containsExactly("1");
    }
}
