package dev.saferank.platform.sanction;

import dev.saferank.platform.agency.Agencies;
import dev.saferank.platform.graphql.ForbiddenException;
import dev.saferank.platform.graphql.InvalidInputException;
import dev.saferank.platform.graphql.NotFoundException;
import dev.saferank.platform.history.History;
import dev.saferank.platform.scheme.Schemes;
import dev.saferank.platform.security.Caller;
import dev.saferank.scheme.SanctionType;
import dev.saferank.scheme.SanctionUses;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records and withdraws sanctions and honours: checked first, then written with their history (and
 * idempotency key) in one transaction. Nothing is deleted: a withdrawal keeps the row and says why.
 */
@Service
class RecordingSanction {

    static final String SANCTION = "sanction";
    static final String HONOUR = "honour";

    /** A sanction as the mutation states it. */
    record NewSanction(
            long agencyId, Integer year, String type, String level, LocalDate decidedOn, String issuer, String reason) {

        /** The year the sanction counts in: that of the day it took effect (a given year must agree). */
        int ratingYear() {
            return year != null ? year : decidedOn == null ? 0 : decidedOn.getYear();
        }
    }

    /** An honour as the mutation states it. */
    record NewHonour(long agencyId, Integer year, String level, String cause, LocalDate awardedOn, String issuer) {

        /** The year the honour counts in: that of the day it was awarded (a given year must agree). */
        int ratingYear() {
            return year != null ? year : awardedOn == null ? 0 : awardedOn.getYear();
        }
    }

    private final SanctionMapper mapper;
    private final Agencies agencies;
    private final History history;
    private final Schemes schemes;

    RecordingSanction(SanctionMapper mapper, Agencies agencies, History history, Schemes schemes) {
        this.mapper = mapper;
        this.agencies = agencies;
        this.history = history;
        this.schemes = schemes;
    }

    @Transactional
    Sanction record(Caller caller, NewSanction s, String idempotencyKey) {
        String tenant = tenant(caller);
        agencies.require(caller, s.agencyId());
        Optional<String> earlier = earlier(tenant, idempotencyKey, "recordSanction");
        if (earlier.isPresent()) {
            return mapper.findSanction(tenant, Long.parseLong(earlier.get())).orElseThrow();
        }
        int year = s.ratingYear();
        SanctionRules.checkSanction(year, s.type(), s.level(), s.decidedOn(), s.issuer(), s.reason());
        recordedAsFinding(tenant, year, s.type());
        var row = new SanctionMapper.Row(
                s.agencyId(), year, s.type(), s.level(), s.decidedOn(), s.issuer(), s.reason(), caller.username());
        mapper.insertSanction(tenant, row);
        Sanction saved = mapper.findSanction(tenant, row.id).orElseThrow();
        history.record(tenant, SANCTION, saved.id(), "recorded", caller.username(), s.reason(), saved);
        history.rememberKey(tenant, idempotencyKey, "recordSanction", saved.id());
        return saved;
    }

    @Transactional
    Honour record(Caller caller, NewHonour h, String idempotencyKey) {
        String tenant = tenant(caller);
        agencies.require(caller, h.agencyId());
        Optional<String> earlier = earlier(tenant, idempotencyKey, "recordHonour");
        if (earlier.isPresent()) {
            return mapper.findHonour(tenant, Long.parseLong(earlier.get())).orElseThrow();
        }
        int year = h.ratingYear();
        SanctionRules.checkHonour(year, h.level(), h.cause(), h.awardedOn(), h.issuer());
        var row = new SanctionMapper.Row(
                h.agencyId(), year, null, h.level(), h.awardedOn(), h.issuer(), h.cause(), caller.username());
        mapper.insertHonour(tenant, row);
        Honour saved = mapper.findHonour(tenant, row.id).orElseThrow();
        history.record(tenant, HONOUR, saved.id(), "recorded", caller.username(), h.cause(), saved);
        history.rememberKey(tenant, idempotencyKey, "recordHonour", saved.id());
        return saved;
    }

    /**
     * One event, one score: where the year's scheme records this kind of event as a finding under one of its
     * rules (佛山 不良信息 → 9.1), the sanction is refused and the bureau told where to record it.
     */
    private void recordedAsFinding(String tenant, int year, String type) {
        SanctionType sanction = SanctionType.of(type).orElseThrow();
        schemes.active(tenant, year)
                .flatMap(active -> SanctionUses.recordedAsFinding(active.scheme(), sanction)
                        .map(rule -> new InvalidInputException(
                                "input.type",
                                "RECORD_AS_FINDING",
                                year + " 年度考评方案（" + active.version() + "）按检查发现计" + sanction.label() + "：请在「检查发现」中按第 "
                                        + rule.code() + " 条（" + rule.wording() + "）记录，经第二人确认后计分")))
                .ifPresent(refusal -> {
                    throw refusal;
                });
    }

    @Transactional
    Sanction withdrawSanction(Caller caller, long id, String reason) {
        String tenant = tenant(caller);
        mapper.findSanction(tenant, id)
                .filter(s -> agencies.visible(caller, s.agencyId()).isPresent())
                .orElseThrow(() -> new NotFoundException("处理记录 " + id));
        requireReason(reason);
        if (mapper.withdrawSanction(tenant, id) == 0) {
            throw new InvalidInputException("input.id", "ALREADY_WITHDRAWN", "该处理记录已撤销");
        }
        Sanction after = mapper.findSanction(tenant, id).orElseThrow();
        history.record(tenant, SANCTION, id, "withdrawn", caller.username(), reason, after);
        return after;
    }

    @Transactional
    Honour withdrawHonour(Caller caller, long id, String reason) {
        String tenant = tenant(caller);
        mapper.findHonour(tenant, id)
                .filter(h -> agencies.visible(caller, h.agencyId()).isPresent())
                .orElseThrow(() -> new NotFoundException("表彰记录 " + id));
        requireReason(reason);
        if (mapper.withdrawHonour(tenant, id) == 0) {
            throw new InvalidInputException("input.id", "ALREADY_WITHDRAWN", "该表彰记录已撤销");
        }
        Honour after = mapper.findHonour(tenant, id).orElseThrow();
        history.record(tenant, HONOUR, id, "withdrawn", caller.username(), reason, after);
        return after;
    }

    private Optional<String> earlier(String tenant, String key, String operation) {
        if (key != null && key.length() > 64) {
            throw new InvalidInputException("input.idempotencyKey", "TOO_LONG", "幂等键过长（上限 64 字符）");
        }
        return history.earlierResult(tenant, key, operation);
    }

    private static String tenant(Caller caller) {
        return caller.tenant().orElseThrow(ForbiddenException::new);
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("input.reason", "REQUIRED", "请填写撤销理由");
        }
        if (reason.length() > SanctionRules.MAX_TEXT) {
            throw new InvalidInputException("input.reason", "TOO_LONG", "撤销理由过长（上限 2000 字）");
        }
    }
}
