package dev.saferank.platform.finding;

import dev.saferank.scheme.Facts;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The findings of an agency as the scoring engine takes them. Only confirmed rule findings count:
 * a finding starts as a draft and is confirmed by a second person (JOURNEYS.md 泉州 3); drafts,
 * disputed and withdrawn findings do not count, and checklist findings carry no points.
 */
@Service
public class FindingFacts {

    private final FindingMapper mapper;

    FindingFacts(FindingMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * The confirmed rule findings of an agency for a year, as engine findings (rule code, count,
     * value or count of {@code of}, enterprise). The caller has already checked the agency is
     * visible; {@code tenant} comes from the caller's token.
     */
    public List<Facts.Finding> confirmedRuleFindings(String tenant, long agencyId, int year) {
        return mapper.confirmedRuleFindings(tenant, agencyId, year).stream()
                .map(FindingFacts::toEngine)
                .toList();
    }

    static Facts.Finding toEngine(Finding finding) {
        return new Facts.Finding(
                finding.ruleCode(),
                finding.count(),
                Optional.ofNullable(finding.value()),
                Optional.ofNullable(finding.enterprise()),
                Optional.ofNullable(finding.ofCount()));
    }
}
