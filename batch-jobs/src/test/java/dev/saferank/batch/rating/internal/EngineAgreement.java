package dev.saferank.batch.rating.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saferank.rating.facts.AgencyYearFacts;
import dev.saferank.rating.facts.YearFacts;
import dev.saferank.rating.run.RatingRun;
import dev.saferank.rating.run.RatingRuns;
import dev.saferank.rating.scheme.StoredSchemes;
import dev.saferank.scheme.Facts;
import dev.saferank.scheme.PopulationResult;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Proves a run agrees with the engine's whole-population evaluation: the same facts (the rating module's,
 * read for the whole tenant as the what-if reads them) given to {@code evaluatePopulation} give the totals,
 * grades and ranks (overall and per group) the job wrote, which it computed streaming and ranked in SQL.
 */
public final class EngineAgreement {

    private EngineAgreement() {}

    /** As the class says; {@code incomplete}: agencies the job rated without total (evaluatePopulation refuses them). */
    public static void assertRunEqualsEvaluatePopulation(
            ApplicationContext context, String tenant, long runId, long... incomplete) throws Exception {
        var left = java.util.Arrays.stream(incomplete).mapToObj(String::valueOf).toList();
        RatingRun run = context.getBean(RatingRuns.class).find(tenant, runId).orElseThrow();
        var engine = context.getBean(StoredSchemes.class)
                .version(tenant, run.schemeVersion())
                .orElseThrow()
                .scoring()
                .orElseThrow();
        List<Facts> population = new ArrayList<>();
        for (AgencyYearFacts f :
                context.getBean(YearFacts.class).ofActiveAgencies(tenant, run.year(), engine.scheme())) {
            if (!left.contains(f.facts().agency())) {
                population.add(f.facts());
            }
        }
        PopulationResult whole = engine.evaluatePopulation(population);

        Map<String, Object[]> expected = new HashMap<>();
        whole.evaluations()
                .forEach(e -> expected.put(e.agency(), new Object[] {
                    e.total().orElse(null),
                    e.grade().orElse(null),
                    whole.rank(e.agency()).orElse(null),
                    null
                }));
        whole.groups().values().forEach(list -> list.forEach(r -> expected.get(r.agency())[3] = r.rank()));
        Map<String, Object[]> actual = new HashMap<>();
        context.getBean(JdbcTemplate.class)
                .query(
                        "SELECT r.agency_id, r.total, r.grade, t.overall_rank, t.group_rank FROM rating_result r"
                                + " LEFT JOIN rating_total t ON t.tenant_id = r.tenant_id AND t.run_id = r.run_id"
                                + " AND t.agency_id = r.agency_id WHERE r.tenant_id = ? AND r.run_id = ?",
                        rs -> {
                            BigDecimal total = rs.getBigDecimal(2);
                            if (left.contains(String.valueOf(rs.getLong(1)))) {
                                assertThat(total).isNull();
                                return;
                            }
                            actual.put(String.valueOf(rs.getLong(1)), new Object[] {
                                total, rs.getString(3), rs.getObject(4, Integer.class), rs.getObject(5, Integer.class)
                            });
                        },
                        tenant,
                        runId);
        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        expected.forEach((agency, e) -> {
            Object[] a = actual.get(agency);
            if (e[0] == null) {
                assertThat(a[0]).as("total of %s", agency).isNull();
            } else {
                assertThat((BigDecimal) a[0]).as("total of %s", agency).isEqualByComparingTo((BigDecimal) e[0]);
            }
            assertThat(a[1]).as("grade of %s", agency).isEqualTo(e[1]);
            assertThat(a[2]).as("overall rank of %s", agency).isEqualTo(e[2]);
            assertThat(a[3]).as("group rank of %s", agency).isEqualTo(e[3]);
        });
    }
}
