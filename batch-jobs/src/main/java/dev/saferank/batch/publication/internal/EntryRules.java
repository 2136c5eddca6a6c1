package dev.saferank.batch.publication.internal;

import dev.saferank.scheme.Publication;
import dev.saferank.scheme.PublicationList;
import dev.saferank.scheme.PublicationLists;
import dev.saferank.scheme.Scheme;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Turns a rated result into a published entry (lists by the scheme's publication rules), or, for a
 * downgrade, copies the superseded publication's entry and lowers the one agency's standing.
 */
class EntryRules implements ItemProcessor<Entry, Entry> {

    private final Request request;
    private final Scheme scheme;
    private final Publication publication;
    private final PublicationLists.Population population;
    private final Map<Integer, Integer> tiesByRank;

    EntryRules(Request request, Scheme scheme, PublicationLists.Population population, Map<Integer, Integer> ties) {
        this.request = request;
        this.scheme = scheme;
        this.publication = scheme.publication().orElseThrow();
        this.population = population;
        this.tiesByRank = ties;
    }

    /** The rules for one request, with the population its lists are cut from (three grouped counts). */
    static EntryRules load(JdbcTemplate jdbc, Request request, Scheme scheme) {
        Map<String, Integer> byGrade = new HashMap<>();
        Map<Integer, Integer> ties = new HashMap<>();
        int[] size = {0};
        if (!request.downgrade()) {
            // ranks are kept in the run's small rows (V96)
            String eligible = " FROM rating_result r JOIN rating_total t ON t.tenant_id = r.tenant_id"
                    + " AND t.run_id = r.run_id AND t.agency_id = r.agency_id WHERE r.tenant_id = ? AND r.run_id = ?"
                    + " AND r.exclusion_code IS NULL AND r.total IS NOT NULL";
            jdbc.query(
                    "SELECT r.grade AS grade, COUNT(*) AS n" + eligible + " GROUP BY r.grade",
                    rs -> {
                        byGrade.put(rs.getString("grade"), rs.getInt("n"));
                        size[0] += rs.getInt("n");
                    },
                    request.tenant(),
                    request.runId());
            jdbc.query(
                    "SELECT t.overall_rank AS overall_rank, COUNT(*) AS n" + eligible + " GROUP BY t.overall_rank",
                    rs -> {
                        ties.put(rs.getInt("overall_rank"), rs.getInt("n"));
                    },
                    request.tenant(),
                    request.runId());
        }
        return new EntryRules(request, scheme, new PublicationLists.Population(size[0], byGrade), ties);
    }

    @Override
    public Entry process(Entry e) {
        return request.downgrade() ? copy(e) : rate(e);
    }

    private Entry rate(Entry e) {
        int bottomRank = population.size() - e.rank() - tiesByRank.getOrDefault(e.rank(), 1) + 2;
        var standing = new PublicationLists.Standing(
                e.rank(), e.groupRank() == null ? 0 : e.groupRank(), bottomRank, e.grade(), e.vetoed(), e.total());
        List<String> lists = PublicationLists.of(scheme, standing, population);
        return e.with(e.grade(), String.join(",", lists), visible(lists), null);
    }

    private Entry copy(Entry e) {
        if (e.agencyId() != request.agencyId().orElseThrow()) {
            return e.with(e.publishedGrade(), e.lists(), e.isPublic(), null);
        }
        String reason = request.reason().orElse("");
        if (request.cancel()) {
            var cancelled = PublicationLists.cancel(scheme, e.publishedGrade(), Preconditions.codes(e.lists()))
                    .orElseThrow(() -> new IllegalStateException("checked before: the standing can be cancelled"));
            String note = "取消评定等级（由" + e.publishedGrade() + "改为" + cancelled.grade() + "）：" + reason;
            return e.with(cancelled.grade(), String.join(",", cancelled.lists()), e.isPublic(), note);
        }
        var lowered = PublicationLists.downgrade(scheme, e.publishedGrade(), Preconditions.codes(e.lists()))
                .orElseThrow(() -> new IllegalStateException("checked before: the standing can be lowered"));
        Publication.Downgrade rule = publication.downgrade().orElseThrow();
        String note = rule.action() == Publication.Downgrade.Action.REVOKE
                ? "取消" + title(rule.list().orElseThrow()) + "称号：" + reason
                : "等级由" + e.publishedGrade() + "降为" + lowered.grade() + "：" + reason;
        // a change of a published standing is announced, so a public entry stays public
        return e.with(lowered.grade(), String.join(",", lowered.lists()), e.isPublic(), note);
    }

    private boolean visible(List<String> lists) {
        return publication.entries() == Publication.Entries.ALL
                || lists.stream().anyMatch(c -> publication
                        .list(c)
                        .map(PublicationList::isPublic)
                        .orElse(false));
    }

    private String title(String code) {
        return publication.list(code).map(PublicationList::title).orElse(code);
    }
}
