package dev.saferank.platform.notice;

import dev.saferank.platform.history.History;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves an open notice to the newest completed re-rating of an accepted objection, so that the
 * public sees the corrected list without the bureau opening a new notice. The batch job knows
 * nothing about notices: this polls (every {@code saferank.notice.follow-delay}, default 5 s) on
 * one node at a time (ShedLock row {@code notice-follower}); the update only applies while the notice
 * still shows the older run, so a move is never made twice, and each move is recorded in the notice's
 * history.
 */
@Component
class NoticeFollower {

    private static final Logger log = LoggerFactory.getLogger(NoticeFollower.class);

    private final NoticeMapper mapper;
    private final History history;
    private final TransactionTemplate transactions;

    NoticeFollower(NoticeMapper mapper, History history, TransactionTemplate transactions) {
        this.mapper = mapper;
        this.history = history;
        this.transactions = transactions;
    }

    @Scheduled(
            fixedDelayString = "${saferank.notice.follow-delay:PT5S}",
            initialDelayString = "${saferank.notice.follow-delay:PT5S}")
    @SchedulerLock(name = "notice-follower", lockAtMostFor = "PT2M")
    void follow() {
        Set<Long> moved = new HashSet<>();
        for (var move : mapper.pendingMoves()) {
            // rows come newest run first per notice: move each notice once, to its newest re-rating
            if (moved.add(move.noticeId())) {
                transactions.executeWithoutResult(status -> apply(move));
            }
        }
    }

    private void apply(NoticeMapper.Move move) {
        if (mapper.moveNotice(move.tenant(), move.noticeId(), move.fromRunId(), move.toRunId()) == 0) {
            return; // another node moved it
        }
        history.record(
                move.tenant(),
                Notices.ENTITY,
                move.noticeId(),
                "runChanged",
                "system",
                "objection " + move.objectionId(),
                Map.of("fromRunId", move.fromRunId(), "runId", move.toRunId()));
        log.info(
                "Notice {} of {} now shows run {} (re-rating after objection {})",
                move.noticeId(),
                move.tenant(),
                move.toRunId(),
                move.objectionId());
    }
}
