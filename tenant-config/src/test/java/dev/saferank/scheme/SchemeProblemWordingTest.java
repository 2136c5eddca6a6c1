package dev.saferank.scheme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A bureau reads every scheme problem in Chinese, placed in the words of the form. */
class SchemeProblemWordingTest {

    private static List<Problem> problems(String yaml) {
        return catchThrowableOfType(InvalidSchemeException.class, () -> SchemeLoader.fromYaml(yaml))
                .problems();
    }

    @Test
    void wordsParserAndUnknownFieldProblemsInChinese() {
        Problem notYaml = problems("tenant: [unclosed\n").getFirst();
        Problem unknown = problems("tenant: quanzhou\nyear: 2023\nversion: \"1\"\ntitle: t\nname: x\n").stream()
                .filter(p -> p.path().equals("name"))
                .findFirst()
                .orElseThrow();

        assertThat(SchemeProblemWording.chinese(notYaml)).isEqualTo("文件格式有误，无法读取（请检查缩进、冒号和引号）");
        assertThat(SchemeProblemWording.chinese(unknown)).isEqualTo("不是方案中可用的内容");
        assertThat(SchemeProblemWording.place("")).isEqualTo("整个方案");
    }

    @Test
    void placesAProblemByPartItemAndRule() {
        assertThat(SchemeProblemWording.place("sections[0].items[2].rules[1].points"))
                .isEqualTo("第1部分 第3项 第2条 分值");
        assertThat(SchemeProblemWording.place("bands[1].min")).isEqualTo("第2档等级 下限");
        assertThat(SchemeProblemWording.place("vetoes[0].grade")).isEqualTo("第1个直接定级情形 等级");
    }

    @Test
    void semanticProblemsOfABrokenSchemeAreAllInChinese() {
        String broken = "tenant: foshan\nyear: 2023\nversion: \"x\"\ntitle: t\nsource: s\ntotal: 90\n"
                + "rounding: {scale: 1, mode: HALF_UP}\nsections:\n  - title: a\n    items:\n"
                + "      - number: \"1\"\n        title: b\n        max: 100\n        rules:\n"
                + "          - {code: \"1.1\", wording: w, kind: fixed, points: 0}\n"
                + "          - {code: \"1.1\", wording: w, kind: perOccurrence, points: 1, cap: 200}\n"
                + "vetoes: [{code: V1, wording: w, when: \"agency.nothing >= 1\", grade: 优}]\n"
                + "bands: [{min: 60, label: 合格}, {min: 70, label: 良好}, {label: 不合格}]\n";

        List<Problem> found = problems(broken);

        assertThat(found).hasSizeGreaterThanOrEqualTo(5);
        assertThat(found)
                .as("every problem worded from the table, none generic: %s", found)
                .allSatisfy(p -> assertThat(SchemeProblemWording.chinese(p))
                        .isNotEqualTo("内容有误，请检查")
                        .containsPattern("\\p{IsHan}"));
        assertThat(found.stream().map(SchemeProblemWording::chinese))
                .contains(
                        "须大于 0",
                        "编号 1.1 重复",
                        "上限 200 超过了本项分值 100",
                        "为 90，但各部分分值合计为 100",
                        "等级分数线重叠：70 不低于上一档的 60（应从高到低）",
                        "公式中的「agency.nothing」不是方案声明的数据");
    }
}
