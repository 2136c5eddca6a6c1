package dev.saferank.es.smartcn;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SmartcnChineseAnalyzerFactoryTest {

    private final SmartcnChineseAnalyzerFactory factory = new SmartcnChineseAnalyzerFactory();

    @Test
    void segmentsASafetyAssessmentReportIntoWords() {
        assertThat(Tokens.of(factory.create(), "安全评价报告")).containsExactly("安全", "评价", "报告");
    }

    @Test
    void keepsTheCountryNameAsOneWord() {
        assertThat(Tokens.of(factory.create(), "中华人民共和国")).containsExactly("中华人民共和国");
    }

    @Test
    void doesNotShareWordsWithATextThatOnlySharesCharacters() {
        assertThat(Tokens.of(factory.create(), "全面评估价格")).doesNotContain("安全", "评价", "报告");
    }

    @Test
    void dropsPunctuationAndLowerCasesAndStemsLatinWords() {
        assertThat(Tokens.of(factory.create(), "安全评价报告，Safety Reports。"))
                .containsExactly("安全", "评价", "报告", "safeti", "report");
    }

    @Test
    void isRegisteredUnderItsDocumentedName() {
        assertThat(factory.name()).isEqualTo("smartcn_chinese");
    }
}
