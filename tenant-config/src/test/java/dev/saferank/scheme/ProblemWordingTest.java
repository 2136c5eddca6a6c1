package dev.saferank.scheme;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The engine's facts problems reach bureaus and agencies in Chinese, with the scheme's own wording. */
class ProblemWordingTest {

    static final Scheme LINYI = SchemeLoader.fromClasspath("tenants/linyi/linyi-2022.yaml");

    @Test
    void aMeasurementNotRecordedYetIsNamedByItsWording() {
        String message = ProblemWording.chinese(new Problem("measurements.exam", "is required by rule 19.1"), LINYI);

        assertThat(message).startsWith("尚无测评数据「技术人员抽考成绩").endsWith("（第 19.1 条评分规则需要）");
    }

    @Test
    void tooFewExamResultsSayHowManyAreNeeded() {
        String message = ProblemWording.chinese(
                new Problem(
                        "measurements.exam", "rule 19.1 needs at least 3 values (agency.technicalStaff / 2), got 2"),
                LINYI);

        assertThat(message).endsWith("第 19.1 条评分规则至少需要 3 个，现有 2 个");
    }

    @Test
    void missingAgencyDataAndSamplesAreWorded() {
        assertThat(ProblemWording.chinese(
                        new Problem("data.technicalStaff", "is required: the scheme computes with it"), LINYI))
                .startsWith("尚未填报机构数据「技术服务机构专业技术人员总数");
        assertThat(ProblemWording.chinese(
                        new Problem("sampledEnterprises", "must list at least one enterprise"), LINYI))
                .startsWith("尚未记录现场抽查的服务企业");
    }
}
