package dev.saferank.platform.rating;

import dev.saferank.platform.graphql.InvalidInputException;
import dev.saferank.platform.graphql.UserError;
import dev.saferank.platform.history.DuplicateSubmissionException;
import dev.saferank.platform.security.Callers;
import dev.saferank.rating.run.RatingRun;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
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

    RatingController(Ratings runs) {
        this.runs = runs;
    }

    @MutationMapping
    @PreAuthorize("hasRole('bureau-admin')")
    StartRatingPayload startRating(@Argument StartRatingInput input, Authentication auth) {
        String tenant = Callers.tenant(auth);
        try {
            var request = new Ratings.Request(input.year(), input.reason(), input.idempotencyKey());
            return new StartRatingPayload(
                    runs.start(tenant, request, Callers.require(auth).username()), List.of());
        } catch (InvalidInputException invalid) {
            return new StartRatingPayload(null, invalid.errors());
        } catch (DuplicateSubmissionException duplicate) {
            return new StartRatingPayload(
                    null,
                    List.of(UserError.of("input.idempotencyKey", "DUPLICATE_SUBMISSION", duplicate.getMessage())));
        }
    }
}
