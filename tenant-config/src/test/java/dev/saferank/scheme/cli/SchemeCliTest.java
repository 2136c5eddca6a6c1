package dev.saferank.scheme.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemeCliTest {
    static final String QUANZHOU = "src/main/resources/tenants/quanzhou/quanzhou-2023.yaml";

    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = SchemeCli.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void validatesAShippedScheme() {
        Run r = run("validate", QUANZHOU);
        assertThat(r.code()).isZero();
        assertThat(r.out())
                .startsWith("OK quanzhou 2023.1")
                .contains("22 items")
                .contains("3 checklists");
    }

    @Test
    void rejectsABrokenSchemeWithEveryProblemByPathAndNoStackTrace(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(
                bad,
                Files.readString(Path.of(QUANZHOU))
                        .replace("max: 18", "max: 17")
                        .replace("points: 0.2, cap: 2", "points: 0, cap: 2"));
        Run r = run("validate", bad.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err())
                .contains("sections[0].max: is 100 but its items' max add up to 99")
                .contains("sections[0].items[13].rules[8].points: must be > 0")
                .doesNotContain("at dev.saferank");
    }

    @Test
    void evaluatesOneAgencyAsATableAndAsJson() {
        // 2 engineers −6; 14.5a ×5 → −2 (cap); 14.1 −2; 8.1 ×3 → item 8 floors at 0 (−1); 19.1 ×2 −0.4
        // → 88.6; city honour +3 → 91.6; county 通报批评 −3 → 88.6 → 良好
        Run table = run("evaluate", QUANZHOU, "../tenant-config/examples/quanzhou-agency.yaml");
        assertThat(table.code()).isZero();
        assertThat(table.out())
                .contains("合计得分 total: 88.6")
                .contains("考评结果 grade: 良好")
                .contains("14.5a -2");
        Run json = run("evaluate", QUANZHOU, "examples/quanzhou-agency.yaml", "--json");
        assertThat(json.out()).contains("\"total\" : 88.6").contains("\"rule\" : \"14.5a\"");
    }

    @Test
    void evaluatesAPopulationWithItsRanking() {
        Run r = run("evaluate", QUANZHOU, "examples/quanzhou-population.yaml");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("排名 ranking").contains("QZ-E 全年未开展业务");
    }

    @Test
    void diffListsScoreChangesBandCrossingsAndRankMoves() {
        // QZ-A: 14.5a ×4 and 14.5b ×4: 2 + 2 = 4 under 0.5/cap 2, 3 + 3 = 6 under 1/cap 3; 13.1 ×2 −2
        //   → 94 → 92: both 优秀; QZ-C: 14.5c ×6, 14.5d ×5: 2 + 2 → 3 + 3, 16.1 ×3 −3 → 93 → 91
        Run r = run("diff", QUANZHOU, "examples/quanzhou-2023-draft.yaml", "examples/quanzhou-population.yaml");
        assertThat(r.code()).isZero();
        assertThat(r.out())
                .contains("2023.1 → 2023.2-draft")
                .contains("94.0 → 92.0 (-2)")
                .contains("93.0 → 91.0 (-2)");
        Run json = run(
                "diff", QUANZHOU, "examples/quanzhou-2023-draft.yaml", "examples/quanzhou-population.yaml", "--json");
        assertThat(json.out()).contains("\"bandCrossed\"");
    }

    @Test
    void badFactsExitWithOneAndTheirPaths(@TempDir Path dir) throws Exception {
        Path facts = dir.resolve("f.yaml");
        Files.writeString(
                facts, "agency: X\ndata: {registeredEngineers: 3, hadBusiness: 1}\nfindings: [{rule: '99.9'}]\n");
        Run r = run("evaluate", QUANZHOU, facts.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("findings[0].rule: unknown rule 99.9");
    }

    @Test
    void wrongUsageAndMissingFiles() {
        assertThat(run().code()).isEqualTo(2);
        assertThat(run("frobnicate", "x").code()).isEqualTo(2);
        assertThat(run("evaluate", QUANZHOU).code()).isEqualTo(2);
        Run missing = run("validate", "no/such/file.yaml");
        assertThat(missing.code()).isEqualTo(3);
        assertThat(missing.err()).contains("cannot read no/such/file.yaml");
    }

    @Test
    void evaluatesChecklistAnswersUnderAChecklistOnlyScheme(@TempDir Path dir) throws Exception {
        Path facts = dir.resolve("f.yaml");
        Files.writeString(
                facts,
                """
                agency: PT-1
                checklistAnswers:
                  - {checklist: production-unit, question: "2", answer: 是}
                  - {checklist: production-unit, question: "4", answer: 否}
                """);
        Run r = run("evaluate", "src/main/resources/tenants/putian/putian-2021.yaml", facts.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("1 项问题").contains("production-unit #2");
    }
}
