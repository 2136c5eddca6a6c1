package dev.saferank.platform.finding;

import dev.saferank.platform.security.Caller;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a draft rule finding from another feature (a confirmed copied-report suggestion), with
 * exactly the checks and history of {@code recordFinding}: the rule must be one of the scheme
 * active for the year that takes findings, the agency visible to the caller, the evidence at most
 * 4,000 characters. Bad input is an {@link dev.saferank.platform.graphql.InvalidInputException}
 * naming {@code input.ruleCode}, {@code input.year}, {@code input.agencyId} or {@code input.evidence}.
 * The draft counts only once a second person confirms it.
 */
@Service
public class FindingDrafts {

    /** What the other feature knows: the agency, the year, the rule, the evidence, where it came from. */
    public record Draft(
            long agencyId, int year, String ruleCode, String evidence, String source, LocalDate observedOn) {}

    private final RecordingFinding recording;

    FindingDrafts(RecordingFinding recording) {
        this.recording = recording;
    }

    /** Joins the caller's transaction; returns the new finding's id. */
    @Transactional
    public long recordDraft(Caller caller, String tenant, Draft draft) {
        var input = new RecordFindingInput(
                draft.agencyId(),
                draft.year(),
                draft.ruleCode(),
                1,
                null,
                null,
                null,
                draft.evidence(),
                draft.source(),
                draft.observedOn(),
                null);
        return recording.record(caller, tenant, input).id();
    }
}
