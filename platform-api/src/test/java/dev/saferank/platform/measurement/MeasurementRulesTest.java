package dev.saferank.platform.measurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.saferank.platform.graphql.InvalidInputException;
import dev.saferank.platform.measurement.MeasurementDraft.Form;
import dev.saferank.scheme.Scheme;
import dev.saferank.scheme.SchemeLoader;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Measurements are checked against the declarations of the shipped schemes before anything is written. */
class MeasurementRulesTest {

    static final Scheme FOSHAN = SchemeLoader.fromClasspath("tenants/foshan/foshan-2023.yaml");
    static final Scheme LINYI = SchemeLoader.fromClasspath("tenants/linyi/linyi-2022.yaml");
    static final Scheme SUZHOU = SchemeLoader.fromClasspath("tenants/suzhou/suzhou-2023.yaml");

    @Test
    void aFoshanSurveyIsWorthTheSumOfItsChoicePoints() {
        var checked = MeasurementRules.check(FOSHAN, survey("ABCABCABCA"));

        // A ×4 = 40, B ×3 = 21, C ×3 = 9 → 70
        assertThat(checked.name()).isEqualTo("survey");
        assertThat(checked.value()).isEqualByComparingTo("70");
        assertThat(checked.response()).isEqualTo("ABCABCABCA");
    }

    @Test
    void aSurveyNeedsExactlyTheDeclaredNumberOfKnownLetters() {
        assertThat(codeOf(FOSHAN, survey("ABCABCABC"))).isEqualTo("WRONG_ANSWER_COUNT");
        assertThat(codeOf(FOSHAN, survey("ABCABCABCAA"))).isEqualTo("WRONG_ANSWER_COUNT");
        assertThat(codeOf(FOSHAN, survey("ABCABCABCD"))).isEqualTo("UNKNOWN_CHOICE");
        assertThat(codeOf(FOSHAN, survey("abcabcabca"))).isEqualTo("UNKNOWN_CHOICE");
    }

    @Test
    void aLinyiReviewFormScoresTheSumOfItsCriteriaAndKeepsThem() {
        var form = new ReviewForm(two(), two(), new BigDecimal("0.5"), two(), BigDecimal.ZERO);

        var checked = MeasurementRules.check(
                LINYI, new MeasurementDraft(Form.SATISFACTION, 1, 2022, null, null, null, null, null, form, null));

        // 2 + 2 + 0.5 + 2 + 0 = 6.5
        assertThat(checked.value()).isEqualByComparingTo("6.5");
        assertThat(ReviewForm.parse(checked.criteria()))
                .extracting(ReviewForm.Score::label)
                .containsExactly("合规执业", "服务质量", "规范收费", "职业道德", "公平竞争");
    }

    @Test
    void aSuzhouScoreNeedsADeclaredGroupAndAScoreInRange() {
        assertThat(codeOf(SUZHOU, grouped("province", "8"))).isEqualTo("UNKNOWN_GROUP");
        assertThat(codeOf(SUZHOU, grouped(null, "8"))).isEqualTo("UNKNOWN_GROUP");
        assertThat(codeOf(SUZHOU, grouped("town", "10.01"))).isEqualTo("OUT_OF_RANGE");
        assertThat(MeasurementRules.check(SUZHOU, grouped("enterprise", "10")).groupName())
                .isEqualTo("enterprise");
    }

    @Test
    void anExamIsRefusedWhereTheSchemeDeclaresNone() {
        var exam = new MeasurementDraft(Form.EXAM, 1, 2023, null, "张三", null, BigDecimal.TEN, null, null, 7L);

        assertThat(codeOf(FOSHAN, exam)).isEqualTo("UNKNOWN_MEASUREMENT");
        assertThat(codeOf(
                        LINYI,
                        new MeasurementDraft(
                                Form.EXAM, 1, 2022, null, "张三", null, new BigDecimal("100.5"), null, null, 7L)))
                .isEqualTo("OUT_OF_RANGE");
    }

    @Test
    void anOversizeNameIsRefusedWithoutEchoingIt() {
        var draft =
                new MeasurementDraft(Form.EXAM, 1, 2022, "x".repeat(33), "张三", null, BigDecimal.TEN, null, null, 7L);

        assertThat(codeOf(LINYI, draft)).isEqualTo("TOO_LONG");
        assertThat(codeOf(SUZHOU, grouped("g".repeat(33), "8"))).isEqualTo("TOO_LONG");
    }

    static MeasurementDraft survey(String answers) {
        return new MeasurementDraft(Form.SATISFACTION, 1, 2023, null, "企业", null, null, answers, null, null);
    }

    static MeasurementDraft grouped(String group, String score) {
        return new MeasurementDraft(
                Form.SATISFACTION, 1, 2023, null, null, group, new BigDecimal(score), null, null, null);
    }

    static BigDecimal two() {
        return BigDecimal.valueOf(2);
    }

    static String codeOf(Scheme scheme, MeasurementDraft draft) {
        var thrown = assertThatThrownBy(() -> MeasurementRules.check(scheme, draft))
                .isInstanceOf(InvalidInputException.class)
                .actual();
        return ((InvalidInputException) thrown).errors().getFirst().code();
    }
}
