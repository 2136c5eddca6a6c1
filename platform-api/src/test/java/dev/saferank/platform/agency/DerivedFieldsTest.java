package dev.saferank.platform.agency;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DerivedFieldsTest {

    static final DerivedCounts COUNTS = new DerivedCounts(1, new BigDecimal("120.00"), 5, 2, 3, 1, 7, 9);

    @Test
    void flagsAreOneWhenThereWasBusinessAndZeroOtherwise() {
        var none = new DerivedCounts(1, null, 0, 0, 0, 0, 0, 0);

        assertThat(DerivedFields.value("hadBusiness", Optional.of(COUNTS))).contains(BigDecimal.ONE);
        assertThat(DerivedFields.value("businessInTwoYears", Optional.of(COUNTS)))
                .contains(BigDecimal.ONE);
        assertThat(DerivedFields.value("hadBusiness", Optional.of(none))).contains(BigDecimal.ZERO);
        assertThat(DerivedFields.value("businessVolume", Optional.of(COUNTS))).contains(BigDecimal.valueOf(7));
    }

    @Test
    void anUnregisteredOfficeAreaIsMissingNotZero() {
        var none = new DerivedCounts(1, null, 0, 0, 0, 0, 0, 0);

        assertThat(DerivedFields.value("officeArea", Optional.of(none))).isEmpty();
        assertThat(DerivedFields.value("officeArea", Optional.of(COUNTS))
                        .orElseThrow()
                        .toString())
                .isEqualTo("120");
    }

    @Test
    void enteredFieldsAreNotDerived() {
        assertThat(DerivedFields.isDerived("otherIntermediateTitles")).isFalse();
        assertThat(DerivedFields.value("technicalStaff", Optional.of(COUNTS))).isEmpty();
    }

    @Test
    void anAgencyWithoutRecordsHasNoDerivedValues() {
        assertThat(DerivedFields.value("fullTimeStaff", Optional.empty())).isEmpty();
    }
}
