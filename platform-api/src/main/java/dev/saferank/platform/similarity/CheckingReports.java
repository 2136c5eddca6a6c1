package dev.saferank.platform.similarity;

import dev.saferank.platform.report.ReportUploaded;
import dev.saferank.rating.scheme.CompiledScheme;
import dev.saferank.rating.scheme.StoredSchemes;
import dev.saferank.scheme.Scheme;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Compares each uploaded report, after its upload committed, with the other reports of its tenant.
 * The upload queues the report in its own transaction; every node polls the queue, and each check
 * (fingerprint written, candidates compared, suggestions written, queue row done) is one
 * transaction under a row lock shared by all nodes, so a crash leaves the row pending and two
 * reports checked at the same time still see each other. A failed check is retried with backoff. The
 * poll runs on one node at a time (ShedLock row {@code report-similarity}), so each queued report is
 * checked once ({@code report_similarity_queue.checks}).
 */
@Component
class CheckingReports {

    private static final Logger log = LoggerFactory.getLogger(CheckingReports.class);

    private final SimilarityRows rows;
    private final SimilaritySettings settings;
    private final TransactionTemplate transactions;
    private final StoredSchemes schemes;

    CheckingReports(
            SimilarityRows rows, SimilaritySettings settings, TransactionTemplate transactions, StoredSchemes schemes) {
        this.rows = rows;
        this.settings = settings;
        this.transactions = transactions;
        this.schemes = schemes;
    }

    /** In the upload's transaction: queued with the report, or not at all. */
    @EventListener
    void queue(ReportUploaded uploaded) {
        rows.enqueue(uploaded.tenant(), uploaded.reportId());
    }

    /** On one node at a time (a report is checked once, not once per node). */
    @Scheduled(fixedDelayString = "${saferank.report-similarity.poll-interval:1s}", initialDelayString = "3s")
    @SchedulerLock(name = "report-similarity", lockAtMostFor = "PT2M")
    void poll() {
        if (!settings.enabled()) {
            return;
        }
        try {
            while (checkDue() == settings.batchSize()) {
                // a full batch: more may be due
            }
        } catch (RuntimeException e) {
            log.warn("copied-report check round failed: {}", e.toString());
        }
    }

    /** One round; returns how many queued reports were due. */
    int checkDue() {
        List<SimilarityRows.Queued> due = rows.due(settings.batchSize());
        for (var queued : due) {
            try {
                transactions.executeWithoutResult(status -> check(queued));
            } catch (RuntimeException e) {
                long wait = Math.min(1000L << Math.min(queued.attempts(), 16), 60_000L);
                transactions.executeWithoutResult(status -> rows.markFailed(queued.id(), wait, e.toString()));
                log.warn("copied-report check of report {} failed: {}", queued.reportId(), e.toString());
            }
        }
        return due.size();
    }

    private void check(SimilarityRows.Queued queued) {
        rows.lock();
        String tenant = queued.tenant();
        var report = rows.text(tenant, queued.reportId()).orElse(null);
        if (report == null || !"active".equals(report.status())) {
            rows.markDone(queued.id());
            return;
        }
        long[] shingles = shingles(report);
        if (shingles.length + Shingles.SIZE - 1 < settings.minLength()) {
            rows.markDone(queued.id());
            return;
        }
        long[] buckets = MinHash.buckets(shingles);
        rows.fingerprint(tenant, report.id(), buckets);
        var candidates = rows.candidates(tenant, report.id(), buckets, settings.maxCandidates());
        double threshold = settings.threshold(tenant);
        Map<Long, SimilarityRows.Text> others = rows.texts(tenant, candidates).stream()
                .collect(Collectors.toMap(SimilarityRows.Text::id, Function.identity()));
        for (long id : candidates) {
            var other = others.get(id);
            if (other == null || !"active".equals(other.status()) || revision(report, other)) {
                continue;
            }
            double similarity = Shingles.jaccard(shingles, shingles(other));
            if (similarity >= threshold) {
                rows.suggest(tenant, found(tenant, report, other, similarity));
            }
        }
        rows.markDone(queued.id());
    }

    private SimilarityRows.Found found(String tenant, SimilarityRows.Text a, SimilarityRows.Text b, double similarity) {
        // the later issued of the two is the suspect (ties: the later uploaded)
        var order = Comparator.comparing(SimilarityRows.Text::issuedOn).thenComparingLong(SimilarityRows.Text::id);
        var suspect = order.compare(a, b) >= 0 ? a : b;
        var original = suspect == a ? b : a;
        String kind = suspect.agencyId() == original.agencyId() ? SuggestedRule.TEMPLATE : SuggestedRule.COPY;
        var rule = SuggestedRule.of(
                scheme(tenant, suspect.issuedOn().getYear()), kind, settings.configuredRule(tenant, kind));
        return new SimilarityRows.Found(
                suspect.id(),
                original.id(),
                suspect.agencyId(),
                original.agencyId(),
                similarity,
                kind,
                rule.code().orElse(null),
                rule.note());
    }

    /** The scheme active for the year (read and compiled once per version by the rating module). */
    private Optional<Scheme> scheme(String tenant, int year) {
        return schemes.active(tenant, year).map(CompiledScheme::scheme);
    }

    /** The same agency's report for the same enterprise: a new version, not a template. */
    private static boolean revision(SimilarityRows.Text a, SimilarityRows.Text b) {
        return a.agencyId() == b.agencyId()
                && Shingles.normalized(a.enterprise()).equals(Shingles.normalized(b.enterprise()));
    }

    private static long[] shingles(SimilarityRows.Text report) {
        return Shingles.of(report.title() + "\n" + report.body(), List.of(report.enterprise(), report.agencyName()));
    }
}
