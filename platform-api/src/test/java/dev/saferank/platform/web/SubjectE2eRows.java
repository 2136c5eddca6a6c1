package dev.saferank.platform.web;

import dev.saferank.platform.TestData;
import dev.saferank.platform.scheme.Schemes;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the subjects browser test reads (issue 17 point 2): 莆田's shipped checklists re-dated to a year of their
 * own ({@link #YEAR}), so that the calendar the test saves (the seed's span "2021年12月至2022年10月" moved to
 * 2009-12 … 2010-10) never replaces the seeded 2021 calendar other tests read, and 秀屿区 (350305), where no
 * other test registers a production unit.
 */
final class SubjectE2eRows {

    static final String TENANT = "putian";
    static final int YEAR = 2009;

    private final JdbcTemplate jdbc;
    private final TestData data;

    SubjectE2eRows(JdbcTemplate jdbc, Schemes schemes) {
        this.jdbc = jdbc;
        this.data = new TestData(jdbc, schemes);
    }

    Map<String, String> seed() {
        data.activeSeedSchemeFor(TENANT, "tenants/putian/putian-2021.yaml", YEAR);
        jdbc.update("INSERT IGNORE INTO district (tenant_id, code, name) VALUES (?, '350305', '秀屿区')", TENANT);
        jdbc.update("DELETE FROM campaign WHERE tenant_id = ? AND year = ?", TENANT, YEAR);
        return Map.of("E2E_SUBJECT_YEAR", String.valueOf(YEAR));
    }
}
