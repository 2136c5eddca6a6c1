package dev.saferank.scheme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WhatIfTest {
    static final String TEXT = read();

    static String read() {
        try (var in = WhatIfTest.class.getClassLoader().getResourceAsStream("tenants/quanzhou/quanzhou-2023.yaml")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Facts agency(String id, String findings) {
        return FactsLoader.fromYaml(
                "agency: " + id + "\ndata: {registeredEngineers: 3, hadBusiness: 1}\nfindings: " + findings + "\n");
    }

    @Test
    void listsScoreChangesBandCrossingsAndRankMoves() {
        Scheme before = SchemeLoader.fromYaml(TEXT);
        // the draft: 第19项 deducts 1 (not 0.2) per 社保 finding; item 19 is still worth 1
        Scheme after = SchemeLoader.fromYaml(TEXT.replace("version: \"2023.1\"", "version: \"draft\"")
                .replace("points: 0.2}\n      - number: \"20\"", "points: 1}\n      - number: \"20\""));
        // A: 14.1 ×5 = −10 → 90.0, plus 19.1 ×1: −0.2 → 89.8 (良好) before; −1 → 89.0 after
        // B: 14.1 ×5 and 5.1a: −10.5 → 89.5 both times (no 19.1)
        // C: 100 (rank 1 both times); before: A 89.8 rank 2, B 89.5 rank 3; after: B 89.5 rank 2, A 89.0 rank 3
        WhatIf.Report r = WhatIf.compare(
                before,
                after,
                List.of(
                        agency("A", "[{rule: '14.1', count: 5}, {rule: '19.1'}]"),
                        agency("B", "[{rule: '14.1', count: 5}, {rule: '5.1a'}]"),
                        agency("C", "[]")));
        WhatIf.Change a = r.changes().getFirst();
        assertThat(a.delta().orElseThrow()).isEqualByComparingTo("-0.8");
        assertThat(a.rankBefore()).contains(2);
        assertThat(a.rankAfter()).contains(3);
        assertThat(r.changed()).extracting(WhatIf.Change::agency).containsExactly("A", "B");
        assertThat(r.before()).isEqualTo("2023.1");
        assertThat(r.after()).isEqualTo("draft");
    }

    @Test
    void reportsABandCrossing() {
        Scheme before = SchemeLoader.fromYaml(TEXT);
        Scheme after = SchemeLoader.fromYaml(TEXT.replace("{min: 90, label: 优秀}", "{min: 89.5, label: 优秀}"));
        // 14.1 ×5 + 19.1 → 89.8: 良好 under 90, 优秀 under 89.5
        WhatIf.Change c = WhatIf.compare(
                        before, after, List.of(agency("A", "[{rule: '14.1', count: 5}, {rule: '19.1'}]")))
                .changes()
                .getFirst();
        assertThat(c.bandCrossed()).isTrue();
        assertThat(c.gradeBefore()).contains("良好");
        assertThat(c.gradeAfter()).contains("优秀");
        assertThat(c.delta().orElseThrow()).isEqualByComparingTo("0");
    }
}
