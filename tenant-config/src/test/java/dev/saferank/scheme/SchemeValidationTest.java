package dev.saferank.scheme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

class SchemeValidationTest {
    static final String HEAD =
            """
            tenant: testcity
            year: 2024
            version: "v"
            title: t
            source: s
            rounding: {scale: 1, mode: HALF_UP}
            """;

    static InvalidSchemeException reject(String yaml) {
        return catchThrowableOfType(InvalidSchemeException.class, () -> SchemeLoader.fromYaml(yaml));
    }

    @Test
    void listsEveryStructuralProblemByPath() {
        InvalidSchemeException e = reject(
                HEAD
                        + """
                total: 10
                colour: red
                sections:
                  - title: a
                    items:
                      - number: 1
                        title: x
                        max: ten
                        rules:
                          - {code: "1.1", wording: w, kind: perOccurrence, point: 1}
                          - {code: "1.2", wording: w, kind: teleport}
                bands: [{min: 5, label: A}, {label: B}]
                """);
        assertThat(e.problems())
                .extracting(Problem::toString)
                .contains(
                        "colour: unknown field",
                        "sections[0].items[0].number: must be text (quote it: \"1\")",
                        "sections[0].items[0].max: must be a number",
                        "sections[0].items[0].rules[0].points: is required",
                        "sections[0].items[0].rules[0].point: unknown field",
                        "sections[0].items[0].rules[1].kind: unknown kind teleport (fixed, perOccurrence, zeroing, proportional,"
                                + " amount, computed, measured, honour, rank, sanction)");
    }

    @Test
    void listsEverySemanticProblemByPath() {
        InvalidSchemeException e = reject(
                HEAD
                        + """
                total: 100
                agencyData:
                  staff: {wording: 人数, min: 0, max: 100, integer: true}
                sections:
                  - title: a
                    max: 30
                    items:
                      - number: "1"
                        title: x
                        max: 10
                        rules:
                          - {code: "1.1", wording: w, kind: perOccurrence, points: 0}
                          - {code: "1.2", wording: w, kind: perOccurrence, points: 1, cap: 12}
                      - number: "2"
                        title: y
                        max: 10
                        rules:
                          - {code: "1.1", wording: w, kind: computed, expression: "exec(1)"}
                          - {code: "2.2", wording: w, kind: computed, expression: "agency.engineers * 2"}
                          - {code: "2.3", wording: w, kind: computed, expression: "(((1"}
                bands: [{min: 60, label: A}, {min: 80, label: B}, {label: C}]
                vetoes: [{code: V1, wording: w, grade: Z}]
                """);
        assertThat(e.problems())
                .extracting(Problem::toString)
                .containsExactlyInAnyOrder(
                        "sections[0].max: is 30 but its items' max add up to 20",
                        "total: is 100 but the sections add up to 30",
                        "sections[0].items[0].rules[0].points: must be > 0",
                        "sections[0].items[0].rules[1].cap: is 12, larger than its item's max 10",
                        "sections[0].items[1].rules[0].code: code 1.1 appears twice",
                        "sections[0].items[1].rules[0].expression: unknown function exec",
                        "sections[0].items[1].rules[1].expression: unknown variable agency.engineers",
                        "sections[0].items[1].rules[2].expression: unexpected end of expression",
                        "bands[1].min: bands overlap: 80 is not below the previous band's 60",
                        "vetoes[0].grade: must be one of the band labels [A, B, C]");
    }

    @Test
    void rejectsOverLongAndOverDeepFormulas() {
        String deep = "(".repeat(40) + "1" + ")".repeat(40);
        String longOne = "1" + " + 1".repeat(200);
        InvalidSchemeException e = reject(HEAD
                + """
                total: 10
                sections:
                  - title: a
                    items:
                      - number: "1"
                        title: x
                        max: 10
                        rules:
                          - {code: "1.1", wording: w, kind: computed, expression: "%s"}
                          - {code: "1.2", wording: w, kind: computed, expression: "%s"}
                bands: [{min: 5, label: A}, {label: B}]
                """
                        .formatted(deep, longOne));
        assertThat(e.problems())
                .extracting(Problem::toString)
                .containsExactly(
                        "sections[0].items[0].rules[0].expression: nested deeper than 32",
                        "sections[0].items[0].rules[1].expression: longer than 500 characters");
    }

    @Test
    void rejectsDuplicateKeysAndBrokenYaml() {
        assertThatThrownBy(() -> SchemeLoader.fromYaml(HEAD + "total: 1\ntotal: 2\n"))
                .isInstanceOf(InvalidSchemeException.class)
                .hasMessageContaining("Duplicate");
        assertThatThrownBy(() -> SchemeLoader.fromYaml("tenant: [unclosed"))
                .isInstanceOf(InvalidSchemeException.class)
                .hasMessageContaining("not valid YAML/JSON");
    }

    @Test
    void rejectsRuleKindsOutOfPlace() {
        InvalidSchemeException e = reject(
                HEAD
                        + """
                total: 10
                sections:
                  - title: a
                    items:
                      - number: "1"
                        title: x
                        max: 10
                        rules:
                          - {code: "1.1", wording: w, kind: honour, levels: [city], points: 1}
                bands: [{min: 5, label: A}, {label: B}]
                """);
        assertThat(e.problems())
                .extracting(Problem::toString)
                .containsExactly("sections[0].items[0].rules[0].kind: honour rules are not allowed in section items");
    }
}
