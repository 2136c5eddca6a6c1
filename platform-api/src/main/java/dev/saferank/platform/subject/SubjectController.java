package dev.saferank.platform.subject;

import dev.saferank.platform.graphql.InvalidInputException;
import dev.saferank.platform.graphql.NotFoundException;
import dev.saferank.platform.graphql.UserError;
import dev.saferank.platform.scheme.Schemes;
import dev.saferank.platform.security.Callers;
import dev.saferank.scheme.Checklist;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;

/**
 * Inspected subjects other than agencies, their checklist inspections and the campaign's summaries of problems:
 * the bureau's staff, city-wide, and a county's staff for their own district.
 */
@Controller
class SubjectController {

    private static final String STAFF = "hasAnyRole('bureau-admin', 'inspector', 'county-admin', 'county-inspector')";

    record RegisterSubjectPayload(Subject subject, List<UserError> errors) {}

    record RecordSubjectInspectionPayload(SubjectInspection inspection, List<UserError> errors) {}

    /** A checklist of a year's active scheme with the kind of subject it is answered for. */
    record ChecklistForm(
            String id,
            String title,
            String source,
            String subject,
            String subjectKind,
            List<Checklist.Question> questions) {}

    private final Subjects subjects;
    private final RecordingSubjectInspection recording;
    private final ProblemSummaries summaries;
    private final SubjectMapper mapper;
    private final Schemes schemes;

    SubjectController(
            Subjects subjects,
            RecordingSubjectInspection recording,
            ProblemSummaries summaries,
            SubjectMapper mapper,
            Schemes schemes) {
        this.subjects = subjects;
        this.recording = recording;
        this.summaries = summaries;
        this.mapper = mapper;
        this.schemes = schemes;
    }

    @QueryMapping
    @PreAuthorize(STAFF)
    List<Subjects.Kind> subjectKinds(Authentication auth) {
        return subjects.kinds(Callers.tenant(auth));
    }

    @QueryMapping
    @PreAuthorize(STAFF)
    List<Subject> subjects(@Argument String kind, @Argument String district, Authentication auth) {
        return subjects.list(Callers.require(auth), Callers.tenant(auth), kind, district);
    }

    @QueryMapping
    @PreAuthorize(STAFF)
    Subject subject(@Argument long id, Authentication auth) {
        return subjects.visible(Callers.require(auth), Callers.tenant(auth), id)
                .orElseThrow(() -> new NotFoundException("检查对象 " + id));
    }

    @QueryMapping
    @PreAuthorize("hasAnyRole('bureau-admin', 'inspector', 'county-admin', 'county-inspector', 'agency-user')")
    List<ChecklistForm> checklists(@Argument int year, Authentication auth) {
        return schemes.active(Callers.tenant(auth), year)
                .map(active -> active.scheme().checklists().stream()
                        .map(c -> new ChecklistForm(
                                c.id(), c.title(), c.source(), c.subject(), c.subjectKind(), c.questions()))
                        .toList())
                .orElse(List.of());
    }

    @QueryMapping
    @PreAuthorize(STAFF)
    List<ProblemSummaries.Phase> campaignPhases(@Argument int year, Authentication auth) {
        return summaries.phases(Callers.tenant(auth), year);
    }

    @QueryMapping
    @PreAuthorize(STAFF)
    ProblemSummaries.Summary problemSummary(@Argument int year, @Argument int phase, Authentication auth) {
        return summaries.summary(Callers.require(auth), Callers.tenant(auth), year, phase);
    }

    @MutationMapping
    @PreAuthorize(STAFF)
    RegisterSubjectPayload registerSubject(@Argument Subjects.RegisterSubjectInput input, Authentication auth) {
        try {
            return new RegisterSubjectPayload(
                    subjects.register(Callers.require(auth), Callers.tenant(auth), input), List.of());
        } catch (InvalidInputException invalid) {
            return new RegisterSubjectPayload(null, invalid.errors());
        }
    }

    @MutationMapping
    @PreAuthorize(STAFF)
    RecordSubjectInspectionPayload recordSubjectInspection(
            @Argument RecordSubjectInspectionInput input, Authentication auth) {
        try {
            return new RecordSubjectInspectionPayload(
                    recording.record(Callers.require(auth), Callers.tenant(auth), input), List.of());
        } catch (InvalidInputException invalid) {
            return new RecordSubjectInspectionPayload(null, invalid.errors());
        }
    }

    @SchemaMapping(typeName = "InspectedSubject")
    List<SubjectInspection> inspections(Subject subject, Authentication auth) {
        return mapper.inspectionsOf(Callers.tenant(auth), subject.id());
    }

    @SchemaMapping(typeName = "SubjectInspection")
    List<SubjectInspection.Answer> answers(SubjectInspection inspection, Authentication auth) {
        return mapper.answers(Callers.tenant(auth), inspection.id());
    }

    @SchemaMapping(typeName = "SubjectInspection")
    int problems(SubjectInspection inspection, Authentication auth) {
        return (int) mapper.answers(Callers.tenant(auth), inspection.id()).stream()
                .filter(SubjectInspection.Answer::problem)
                .count();
    }
}
