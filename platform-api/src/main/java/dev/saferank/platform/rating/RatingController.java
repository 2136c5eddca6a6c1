package dev.saferank.platform.rating;

import dev.saferank.platform.audit.Auditing;
import dev.saferank.platform.graphql.InvalidInputException;
import dev.saferank.platform.graphql.UserError;
import dev.saferank.platform.history.DuplicateSubmissionException;
import dev.saferank.platform.security.Callers;
import dev.saferank.rating.audit.AuditAction;
import dev.saferank.rating.run.RatingRun;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;

/** Starting a rating: bureau admins of the tenant. */
@Controller
class RatingController {

    record StartRatingInput(Integer year, String reason, String idempotencyKey) {}

    record StartRatingPayload(RatingRun run, List<UserError> errors) {}

    private final Ratings runs;
    private final Auditing auditing;

    RatingController(Ratings runs, Auditing auditing) {
        this.runs = runs;
        this.auditing = auditing;
    }

    @MutationMapping
    @PreAuthorize("hasRole('bureau-admin')")
    StartRatingPayload startRating(
            @Argument StartRatingInput input,
            Authentication auth,
            @ContextValue(name = Auditing.CLIENT_ADDRESS, required = false) String clientAddress) {
        String tenant = Callers.tenant(auth);
        try {
            var request = new Ratings.Request(input.year(), input.reason(), input.idempotencyKey());
            return new StartRatingPayload(
                    auditing.audited(
                            auth,
                            clientAddress,
                            AuditAction.RATING_STARTED,
                            () -> runs.start(
                                    tenant, request, Callers.require(auth).username()),
                            run -> Auditing.Target.of("ratingRun", run.id())
                                    .with("year", run.year())
                                    .with("runVersion", run.runVersion())
                                    .with("schemeVersion", run.schemeVersion())
                                    .with("reason", input.reason())),
                    List.of());
        } catch (InvalidInputException invalid) {
            return new StartRatingPayload(null, invalid.errors());
        } catch (DuplicateSubmissionException duplicate) {
            return new StartRatingPayload(
                    null,
                    List.of(UserError.of("input.idempotencyKey", "DUPLICATE_SUBMISSION", duplicate.getMessage())));
        }
    }
}
