package dev.saferank.platform.outbox;

import dev.saferank.platform.search.Indexer;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers due outbox rows to the search index: grouped by entity type and tenant, one bulk request
 * each. A row is marked sent only when its document is written (or Elasticsearch already holds that
 * version or a newer one); otherwise it is retried with exponential backoff.
 *
 * <p>Every API node runs a relay, and the nodes split the due rows between them: each round claims its
 * rows first ({@link OutboxRows#claim}: {@code SKIP LOCKED}, a lease of {@code saferank.outbox.lease}),
 * so a row is delivered once in the normal case. A node that dies after claiming leaves its rows due
 * again when the lease runs out, and another node delivers them: at least once, and a second delivery
 * of a version Elasticsearch already holds changes nothing (external versions). Not under a cluster
 * lock on purpose: the claims let all nodes deliver side by side.
 */
@Component
class OutboxRelay {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final OutboxRows table;
    private final Indexer indexer;
    private final OutboxSettings settings;
    private final ExecutorService workers;
    private final String node;

    OutboxRelay(OutboxRows table, Indexer indexer, OutboxSettings settings, NodeName node) {
        this.table = table;
        this.indexer = indexer;
        this.settings = settings;
        this.node = node.value();
        this.workers = Executors.newFixedThreadPool(
                settings.parallelism(),
                Thread.ofPlatform().name("outbox-relay-", 1).daemon().factory());
    }

    @Scheduled(
            fixedDelayString = "${saferank.outbox.poll-interval:1s}",
            initialDelayString = "${saferank.outbox.initial-delay:2s}")
    void poll() {
        try {
            while (deliverDue() == settings.batchSize() * settings.parallelism()) {
                // full batches: more may be due
            }
        } catch (RuntimeException e) {
            log.warn("outbox relay round failed: {}", e.toString());
        }
    }

    /**
     * One round: up to {@code parallelism} batches of due rows, each one bulk request, delivered side
     * by side, so that Elasticsearch indexes one while the relay reads the next one's rows from MySQL;
     * returns how many rows this node claimed.
     */
    int deliverDue() {
        List<OutboxRows.Pending> due = table.claim(
                settings.batchSize() * settings.parallelism(),
                node,
                settings.lease().toMillis());
        var groups = due.stream().collect(Collectors.groupingBy(p -> p.entityType() + "\u0000" + p.entityTenant()));
        List<List<OutboxRows.Pending>> batches = new ArrayList<>();
        for (List<OutboxRows.Pending> group : groups.values()) {
            for (int from = 0; from < group.size(); from += settings.batchSize()) {
                batches.add(group.subList(from, Math.min(group.size(), from + settings.batchSize())));
            }
        }
        if (batches.size() == 1) {
            deliver(batches.getFirst());
        } else {
            batches.stream()
                    .map(batch -> CompletableFuture.runAsync(() -> deliver(batch), workers))
                    .toList()
                    .forEach(CompletableFuture::join);
        }
        return due.size();
    }

    @PreDestroy
    void stop() {
        workers.shutdown();
    }

    private void deliver(List<OutboxRows.Pending> rows) {
        var first = rows.getFirst();
        var ids = rows.stream().map(OutboxRows.Pending::entityId).distinct().toList();
        Indexer.Outcome outcome;
        try {
            outcome = indexer.index(first.entityType(), first.entityTenant(), ids);
        } catch (IOException | RuntimeException e) {
            log.warn(
                    "search index unreachable for {} {} rows of {}: {} (retrying with backoff)",
                    rows.size(),
                    first.entityType(),
                    first.entityTenant(),
                    e.toString());
            rows.forEach(row -> table.markFailed(row.id(), settings.backoffMillis(row.attempts()), e.toString()));
            return;
        }
        List<Long> sent = new ArrayList<>();
        for (var row : rows) {
            String error = outcome.failed().get(row.entityId());
            if (error == null) {
                sent.add(row.id());
            } else {
                table.markFailed(row.id(), settings.backoffMillis(row.attempts()), error);
            }
        }
        if (!sent.isEmpty()) {
            table.markSent(sent);
        }
        if (!outcome.failed().isEmpty()) {
            log.warn(
                    "search index refused {} {} documents: {}",
                    outcome.failed().size(),
                    first.entityType(),
                    Map.copyOf(outcome.failed()));
        }
    }
}
