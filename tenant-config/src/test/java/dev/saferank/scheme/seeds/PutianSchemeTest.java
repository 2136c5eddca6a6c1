package dev.saferank.scheme.seeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.saferank.scheme.Checklist;
import dev.saferank.scheme.ChecklistEvaluator;
import dev.saferank.scheme.FactsLoader;
import dev.saferank.scheme.InvalidFactsException;
import dev.saferank.scheme.InvalidSchemeException;
import dev.saferank.scheme.Problem;
import dev.saferank.scheme.Scheme;
import dev.saferank.scheme.SchemeLoader;
import dev.saferank.scheme.ScoringEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * 莆田 安全生产培训"走过场"专项整治 (莆应急〔2021〕118号): yes/no checklists with no points. 附件1 (安全培训机构) has
 * 6 questions, 附件2 (生产经营单位) has 4; every answer equal to the question's violation answer is a finding.
 */
class PutianSchemeTest {
    static final Scheme SCHEME = SchemeLoader.fromClasspath("tenants/putian/putian-2021.yaml");

    @Test
    void bothChecklistsAreThereWithTheSeedsQuestions() {
        assertThat(SCHEME.checklists()).extracting(Checklist::source).containsExactly("附件1", "附件2");
        assertThat(SCHEME.checklists().get(0).questions()).hasSize(6);
        assertThat(SCHEME.checklists().get(1).questions()).hasSize(4);
        assertThat(SCHEME.checklists().get(1).questions().get(1).text()).contains("特种作业人员无证上岗或持假证上岗");
        assertThat(SCHEME.scores()).isFalse();
    }

    @Test
    void eachChecklistNamesTheKindOfSubjectItIsFor() {
        // 二、"围绕安全培训机构、生产经营单位等2类主体开展专项整治": 附件1 is answered for an agency (a training
        // institution), 附件2 for a production unit the platform registers apart from the agencies
        assertThat(SCHEME.checklists())
                .extracting(c -> c.id() + " " + c.subjectKind() + " " + c.forAgencies())
                .containsExactly("training-institution agency true", "production-unit production-unit false");
    }

    @Test
    void answersOfViolationBecomeFindingsWithTheirRectification() {
        // 附件1: 1 是 (存在…不具备基本条件) → finding; 2 否 → none; 5 是 (a description, never a finding) → none;
        // 6 否 (未在网站公布查询平台) → finding. 附件2: 2 是 (无证上岗) → finding; 4 否 → none. → 3 findings
        var f = FactsLoader.fromYaml(
                """
                agency: PT-1
                checklistAnswers:
                  - {checklist: training-institution, question: "1", answer: 是, rectification: {measure: 补齐专职师资, deadline: 2022-03-20, responsible: 李四, status: open}}
                  - {checklist: training-institution, question: "2", answer: 否}
                  - {checklist: training-institution, question: "5", answer: 是}
                  - {checklist: training-institution, question: "6", answer: 否}
                  - {checklist: production-unit, question: "2", answer: 是}
                  - {checklist: production-unit, question: "4", answer: 否}
                """);
        List<ChecklistEvaluator.ChecklistFinding> findings = ChecklistEvaluator.findings(SCHEME, f);
        assertThat(findings)
                .extracting(x -> x.checklist() + "#" + x.question())
                .containsExactly("training-institution#1", "training-institution#6", "production-unit#2");
        var rect = findings.getFirst().rectification().orElseThrow();
        assertThat(List.of(rect.measure(), rect.deadline(), rect.responsible(), rect.status()))
                .containsExactly("补齐专职师资", "2022-03-20", "李四", "open");
        assertThat(findings.get(2).text()).contains("无证上岗");
    }

    @Test
    void rejectsAnswersToUnknownQuestionsAndOtherThanYesOrNo() {
        var f = FactsLoader.fromYaml(
                """
                agency: PT-2
                checklistAnswers:
                  - {checklist: production-unit, question: "5", answer: 是}
                  - {checklist: training-institution, question: "1", answer: 有}
                  - {checklist: unit, question: "1", answer: 是}
                """);
        assertThatThrownBy(() -> ChecklistEvaluator.findings(SCHEME, f))
                .isInstanceOfSatisfying(InvalidFactsException.class, e -> assertThat(e.problems())
                        .extracting(Problem::toString)
                        .containsExactly(
                                "checklistAnswers[0].question: checklist production-unit has no question 5",
                                "checklistAnswers[1].answer: must be 是 or 否",
                                "checklistAnswers[2].checklist: unknown checklist unit"));
    }

    @Test
    void aChecklistOnlySchemeHasNoScore() {
        assertThatThrownBy(() -> new ScoringEngine(SCHEME))
                .isInstanceOf(InvalidSchemeException.class)
                .hasMessageContaining("checklist-only scheme");
    }
}
