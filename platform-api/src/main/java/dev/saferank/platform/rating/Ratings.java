package dev.saferank.platform.rating;

import dev.saferank.platform.graphql.InvalidInputException;
import dev.saferank.platform.graphql.NotFoundException;
import dev.saferank.platform.graphql.UserError;
import dev.saferank.platform.history.History;
import dev.saferank.rating.InvalidRequestException;
import dev.saferank.rating.run.RatingResult;
import dev.saferank.rating.run.RatingResults;
import dev.saferank.rating.run.RatingRun;
import dev.saferank.rating.run.RatingRuns;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The API's side of ratings: the bureau's start (input checked, idempotency keys) and the reads other
 * features need, over the rating module ({@link RatingRuns}, {@link RatingResults}), whose refusals become
 * the API's input errors.
 */
@Service
public class Ratings {

    static final String START = "startRating";
    static final int MAX_REASON = 500;
    static final int MAX_KEY = 64;

    private final RatingRuns runs;
    private final RatingResults results;
    private final History history;

    Ratings(RatingRuns runs, RatingResults results, History history) {
        this.runs = runs;
        this.results = results;
        this.history = history;
    }

    /** What a bureau admin asks for. */
    record Request(Integer year, String reason, String idempotencyKey) {}

    /** The bureau's start: input checked first, nothing written on any error. */
    @Transactional
    RatingRun start(String tenant, Request request, String actor) {
        List<UserError> errors = new ArrayList<>();
        if (request.year() == null || request.year() < 2000 || request.year() > 2100) {
            errors.add(UserError.of("input.year", "INVALID_YEAR", "年度须在 2000 到 2100 之间"));
        }
        if (request.reason() == null || request.reason().isBlank()) {
            errors.add(UserError.of("input.reason", "REQUIRED", "请填写评定原因"));
        } else if (request.reason().codePointCount(0, request.reason().length()) > MAX_REASON) {
            errors.add(UserError.of("input.reason", "TOO_LONG", "评定原因过长（上限 " + MAX_REASON + " 字）"));
        }
        String key = request.idempotencyKey();
        if (key != null && (key.isBlank() || key.length() > MAX_KEY)) {
            errors.add(UserError.of("input.idempotencyKey", "INVALID_KEY", "幂等键须为 1 到 " + MAX_KEY + " 个字符"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Optional<String> earlier = history.earlierResult(tenant, key, START);
        if (earlier.isPresent()) {
            return require(tenant, Long.parseLong(earlier.get()));
        }
        RatingRun run = queue(tenant, request.year(), request.reason().strip(), actor);
        history.rememberKey(tenant, key, START, run.id());
        return run;
    }

    /**
     * Queues a run of the tenant and year in the caller's transaction (or a new one), through the rating
     * module's one entry point. Refused (as input errors) when no scored scheme is active for the year, or
     * when a run of the tenant and year is queued or running (RATING_RUNNING).
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public RatingRun queue(String tenant, int year, String reason, String actor) {
        try {
            return runs.queue(tenant, year, actor, reason);
        } catch (InvalidRequestException refused) {
            throw new InvalidInputException(refused.field(), refused.code(), refused.getMessage());
        }
    }

    /** The queued run of a tenant and year, if one waits for a worker. */
    public Optional<RatingRun> queued(String tenant, int year) {
        return runs.queued(tenant, year);
    }

    public Optional<RatingRun> find(String tenant, long id) {
        return runs.find(tenant, id);
    }

    public RatingRun require(String tenant, long id) {
        return find(tenant, id).orElseThrow(() -> new NotFoundException("评定 " + id));
    }

    /** Runs by id in one statement, for batched fields. */
    public List<RatingRun> byIds(String tenant, Collection<Long> ids) {
        return runs.byIds(tenant, ids);
    }

    public List<RatingRun> runs(String tenant, int year) {
        return runs.ofYear(tenant, year);
    }

    /** Every result of a run in rank order (excluded agencies last), without trails. */
    public List<RatingResult> rankedResults(String tenant, long runId) {
        return results.all(tenant, runId);
    }

    public Optional<RatingResult> result(String tenant, long runId, long agencyId) {
        return results.find(tenant, runId, agencyId);
    }

    List<RatingResult> page(String tenant, long runId, Long agencyId, RatingResults.Page page) {
        return results.page(tenant, runId, agencyId, page);
    }

    List<RatingResult> resultsOfAgency(String tenant, long agencyId, int year) {
        return results.ofAgency(tenant, agencyId, year);
    }
}
