package dev.saferank.platform.measurement;

import dev.saferank.platform.graphql.InvalidInputException;
import dev.saferank.platform.graphql.UserError;
import dev.saferank.platform.security.Callers;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;

/** 抽考成绩公示: the bureau publishes a year's exam results; anyone reads them, names masked. */
@Controller
class ExamResultsController {

    record PublishExamResultsInput(int year) {}

    record ExamPublicationPayload(ExamResults.Publication publication, List<UserError> errors) {}

    private final ExamResults exams;

    ExamResultsController(ExamResults exams) {
        this.exams = exams;
    }

    @QueryMapping
    @PreAuthorize("hasAnyRole('bureau-admin', 'inspector')")
    ExamResults.Publication examPublication(@Argument int year, Authentication auth) {
        return exams.publication(Callers.tenant(auth), year).orElse(null);
    }

    @QueryMapping
    @PreAuthorize("permitAll()")
    ExamResults.PublicResults publicExamResults(@Argument String tenant, @Argument int year) {
        if (tenant == null || !tenant.matches("[a-z][a-z0-9-]{1,31}") || year < 2000 || year > 2100) {
            return new ExamResults.PublicResults(year, false, null, null, List.of());
        }
        return exams.published(tenant, year);
    }

    @MutationMapping
    @PreAuthorize("hasRole('bureau-admin')")
    ExamPublicationPayload publishExamResults(@Argument PublishExamResultsInput input, Authentication auth) {
        try {
            return new ExamPublicationPayload(
                    exams.publish(Callers.tenant(auth), Callers.require(auth).username(), input.year()), List.of());
        } catch (InvalidInputException invalid) {
            return new ExamPublicationPayload(null, invalid.errors());
        }
    }
}
