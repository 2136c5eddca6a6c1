package dev.saferank.platform.preview;

import dev.saferank.scheme.Facts;
import java.util.List;

/**
 * The confirmed findings of an agency for a year, as the findings feature provides them
 * ({@code dev.saferank.platform.finding.FindingFacts#confirmedRuleFindings}, wired in {@link
 * PreviewSources}). Drafts, disputed and withdrawn findings do not count.
 */
@FunctionalInterface
interface FindingSource {

    List<Facts.Finding> confirmedRuleFindings(String tenant, long agencyId, int year);
}
