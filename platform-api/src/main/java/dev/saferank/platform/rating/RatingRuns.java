package dev.saferank.platform.rating;

import dev.saferank.platform.graphql.InvalidInputException;
import dev.saferank.platform.graphql.NotFoundException;
import dev.saferank.platform.graphql.UserError;
import dev.saferank.platform.history.History;
import dev.saferank.platform.scheme.ActiveScheme;
import dev.saferank.platform.scheme.Schemes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues ratings and reads runs and results. Starting a rating is the same path for the bureau's
 * mutation and for a re-rating after an accepted objection: the scheme version active for the year
 * is pinned, the run gets the next run_version, and the unique active_key refuses a second run of
 * the tenant and year while one is queued or running, whichever node inserts it.
 */
@Service
public class RatingRuns {

    static final String ENTITY = "ratingRun";
    static final String START = "startRating";
    static final int MAX_REASON = 500;
    static final int MAX_KEY = 64;

    private final RatingMapper mapper;
    private final Schemes schemes;
    private final History history;

    RatingRuns(RatingMapper mapper, Schemes schemes, History history) {
        this.mapper = mapper;
        this.schemes = schemes;
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
     * Queues a run of the tenant and year in the caller's transaction (or a new one), with the
     * scheme version active for the year pinned. Refused when no scored scheme is active for the
     * year, or when a run of the tenant and year is queued or running (RATING_RUNNING).
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public RatingRun queue(String tenant, int year, String reason, String actor) {
        ActiveScheme scheme = schemes.active(tenant, year)
                .orElseThrow(() ->
                        new InvalidInputException("input.year", "NO_ACTIVE_SCHEME", year + " 年度没有启用的考评方案，请先启用方案再评定"));
        if (scheme.scoring().isEmpty()) {
            throw new InvalidInputException("input.year", "NOT_SCORED", "方案版本 " + scheme.version() + " 只有检查表，不计分，不能评定");
        }
        var row = new RatingMapper.NewRun(
                year, mapper.nextRunVersion(tenant, year), scheme.version(), tenant + ":" + year, actor, reason);
        try {
            mapper.insertRun(tenant, row);
        } catch (DuplicateKeyException running) {
            // the unique active_key (or a concurrent insert of the same run_version): one run at a time
            throw new InvalidInputException("input.year", "RATING_RUNNING", "该年度评定正在进行，请在当前评定结束后再试");
        }
        RatingRun run = require(tenant, row.id);
        history.record(
                tenant,
                ENTITY,
                run.id(),
                "queued",
                actor,
                reason,
                Map.of("year", year, "runVersion", run.runVersion(), "schemeVersion", run.schemeVersion()));
        return run;
    }

    /** The queued run of a tenant and year, if one waits for a worker. */
    public Optional<RatingRun> queued(String tenant, int year) {
        return mapper.findQueued(tenant, year);
    }

    public Optional<RatingRun> find(String tenant, long id) {
        return mapper.findRun(tenant, id);
    }

    public RatingRun require(String tenant, long id) {
        return find(tenant, id).orElseThrow(() -> new NotFoundException("评定 " + id));
    }

    /** Runs by id in one statement, for batched fields. */
    public List<RatingRun> byIds(String tenant, java.util.Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : mapper.runsByIds(tenant, ids);
    }

    public List<RatingRun> runs(String tenant, int year) {
        return mapper.runsOf(tenant, year);
    }

    /** Every result of a run in rank order (excluded agencies last), without trails. */
    public List<RatingResult> rankedResults(String tenant, long runId) {
        return mapper.allResults(tenant, runId);
    }

    public Optional<RatingResult> result(String tenant, long runId, long agencyId) {
        return mapper.findResult(tenant, runId, agencyId);
    }

    List<RatingResult> page(String tenant, long runId, Long agencyId, RatingMapper.ResultPage page) {
        return mapper.resultPage(tenant, runId, agencyId, page);
    }

    List<RatingResult> resultsOfAgency(String tenant, long agencyId, int year) {
        return mapper.resultsOfAgency(tenant, agencyId, year);
    }
}
