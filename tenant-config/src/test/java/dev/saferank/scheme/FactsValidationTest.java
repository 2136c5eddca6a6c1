package dev.saferank.scheme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

class FactsValidationTest {
    static InvalidFactsException reject(String yaml) {
        return catchThrowableOfType(
                InvalidFactsException.class, () -> TestCity.ENGINE.evaluate(FactsLoader.fromYaml(yaml)));
    }

    @Test
    void rejectsUnknownRulesNegativeCountsAndValuesOutOfRangeByPath() {
        InvalidFactsException e = reject(TestCity.facts(
                        "T",
                        """
                findings:
                  - {rule: '14.9'}
                  - {rule: '8.1', count: -2}
                  - {rule: '7.2', value: 1.5}
                  - {rule: '7.2'}
                  - {rule: '4.1'}
                  - {rule: '3.1'}
                  - {rule: '3.1', enterprise: E9}
                  - {rule: '8.1', value: 2}
                sanctions: [{type: interview}]
                """)
                .replace("officeArea: 200", "officeArea: -1, staff: 3"));
        assertThat(e.problems())
                .extracting(Problem::toString)
                .containsExactlyInAnyOrder(
                        "data.officeArea: must be between 0 and 100000",
                        "data.staff: not declared by the scheme",
                        "findings[0].rule: unknown rule 14.9",
                        "findings[1].count: must be between 1 and 100000",
                        "findings[2].value: must be between 0 and 1",
                        "findings[3].value: is required: rule 7.2 is proportional",
                        "findings[4].rule: rule 4.1 is measured: it is computed from data, measurements, sanctions or"
                                + " honours, not named by findings",
                        "findings[5].enterprise: is required: item 3 is scored per enterprise",
                        "findings[6].enterprise: enterprise E9 is not in sampledEnterprises",
                        "findings[7].value: rule 8.1 is fixed and takes a count, not a value",
                        "sanctions[0].level: is required for interview");
    }

    @Test
    void rejectsMissingAndMalformedMeasurementsAndData() {
        InvalidFactsException e = reject(
                """
                agency: T
                data: {businessVolume: 2.5}
                sampledEnterprises: [E1]
                measurements:
                  exam: {values: [101]}
                  survey: {responses: [AAX, AA]}
                  mood: {values: [1]}
                """);
        assertThat(e.problems())
                .extracting(Problem::toString)
                .containsExactlyInAnyOrder(
                        "data.businessVolume: must be a whole number",
                        "data.hadBusiness: is required: the scheme computes with it",
                        "data.officeArea: is required: the scheme computes with it",
                        "data.technicalStaff: is required: the scheme computes with it",
                        "measurements.exam.values[0]: must be between 0 and 100",
                        "measurements.survey.responses[0]: answer 3 'X' is not one of [A, B, C]",
                        "measurements.survey.responses[1]: must have 3 answers, has 2",
                        "measurements.mood: not declared by the scheme",
                        "measurements.satisfaction: is required by rule 5.1");
    }

    @Test
    void rejectsUnknownFieldsInFacts() {
        InvalidFactsException e = catchThrowableOfType(
                InvalidFactsException.class,
                () -> FactsLoader.fromYaml("agency: T\nfindings: [{rule: '1.1', cnt: 2}]\nextra: 1\n"));
        assertThat(e.problems())
                .extracting(Problem::toString)
                .containsExactlyInAnyOrder("findings[0].cnt: unknown field", "extra: unknown field");
    }
}
