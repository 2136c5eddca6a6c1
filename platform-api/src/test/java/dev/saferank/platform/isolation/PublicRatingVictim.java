package dev.saferank.platform.isolation;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The victim's publications as the public search could mishandle them: a published publication with one
 * announced entry (of another agency, public by definition, so without a marker) that is also on a list kept
 * from the public, and one entry kept from the public (the victim's agency); and a failed publication with an
 * entry of the victim's agency. All three entries are put in the outbox, as if every one had been enqueued:
 * only the announced one may reach the index, and only public list titles may be shown with it. The failed
 * publication is the tenant's own: to anyone else its id is a missing one.
 */
record PublicRatingVictim(long failedPublicationId, List<String> markers) {

    static PublicRatingVictim create(
            JdbcTemplate jdbc, String tenant, long run, long agency, String agencyName, String nonce) {
        String secretList = "探针约谈名单" + nonce;
        String hidden = "探针不公开机构" + nonce;
        String lists = "[{\"code\":\"open\",\"title\":\"公开名单\",\"wording\":\"w\",\"public\":true,\"validMonths\":null},"
                + "{\"code\":\"secret\",\"title\":\"" + secretList + "\",\"wording\":\"w\",\"public\":false,"
                + "\"validMonths\":null}]";
        int seq = jdbc.queryForObject(
                "SELECT COALESCE(MAX(seq), 0) + 1 FROM publication WHERE tenant_id = ? AND year = 2023",
                Integer.class,
                tenant);
        long published = publication(jdbc, tenant, run, "published", seq, lists);
        long failed = publication(jdbc, tenant, run, "failed", null, lists);
        entry(jdbc, tenant, published, agency + 1_000_000_000L, "公开机构" + nonce, "open,secret", true);
        entry(jdbc, tenant, published, agency, agencyName, "secret", false);
        entry(jdbc, tenant, published, agency + 2_000_000_000L, hidden, "secret", false);
        entry(jdbc, tenant, failed, agency, agencyName, "open", true);
        jdbc.update(
                "INSERT INTO search_outbox (entity_type, entity_tenant, entity_id)"
                        + " SELECT 'publicRating', tenant_id, id FROM publication_entry"
                        + " WHERE tenant_id = ? AND publication_id IN (?, ?)",
                tenant,
                published,
                failed);
        return new PublicRatingVictim(failed, List.of(secretList, hidden));
    }

    private static long publication(
            JdbcTemplate jdbc, String tenant, long run, String status, Integer seq, String lists) {
        jdbc.update(
                "INSERT INTO publication (tenant_id, year, kind, run_id, status, seq, bureau_name, lists, requested_by,"
                        + " published_at) VALUES (?, 2023, 'publish', ?, ?, ?, '泉州市应急管理局', ?, 'probe',"
                        + " IF(? = 'published', CURRENT_TIMESTAMP(3), NULL))",
                tenant,
                run,
                status,
                seq,
                lists,
                status);
        return jdbc.queryForObject(
                "SELECT MAX(id) FROM publication WHERE tenant_id = ? AND run_id = ? AND status = ?",
                Long.class,
                tenant,
                run,
                status);
    }

    private static void entry(
            JdbcTemplate jdbc,
            String tenant,
            long publication,
            long agency,
            String name,
            String lists,
            boolean announced) {
        jdbc.update(
                "INSERT INTO publication_entry (tenant_id, publication_id, agency_id, agency_name, category, district,"
                        + " total, grade, published_grade, overall_rank, lists, public)"
                        + " VALUES (?, ?, ?, ?, 'evaluation', '350503', 88, '良好', '良好', 1, ?, ?)",
                tenant,
                publication,
                agency,
                name,
                lists,
                announced);
    }
}
