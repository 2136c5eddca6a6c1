package dev.saferank.batch.publication.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import javax.sql.DataSource;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.database.JdbcBatchItemWriter;
import org.springframework.batch.infrastructure.item.database.JdbcCursorItemReader;
import org.springframework.batch.infrastructure.item.database.builder.JdbcBatchItemWriterBuilder;
import org.springframework.batch.infrastructure.item.database.builder.JdbcCursorItemReaderBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The publication job: {@code check} (refuses with a Chinese reason, or ends at once if already
 * published), {@code entries} (chunks of rated results or of the superseded publication's entries,
 * restartable from the last committed chunk), {@code finish} (one transaction: checks again, numbers,
 * freezes the notice, checksums). Parameters: {@code tenant}, {@code year}, {@code publication}.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class PublicationJobConfiguration {

    /** Rows fetched at a time by the reader (the chunk size is {@code saferank.publication.chunk}). */
    static final int FETCH = 500;

    static final String REFUSED = "REFUSED";
    static final String ALREADY_PUBLISHED = "PUBLISHED";

    @Bean
    Job publicationJob(
            JobRepository repository, Step publicationCheck, Step publicationEntries, Step publicationFinish) {
        return new JobBuilder("publication", repository)
                .start(publicationCheck)
                .on(REFUSED)
                .end()
                .from(publicationCheck)
                .on(ALREADY_PUBLISHED)
                .end()
                .from(publicationCheck)
                .on("*")
                .to(publicationEntries)
                .next(publicationFinish)
                .end()
                .build();
    }

    @Bean
    Step publicationCheck(
            JobRepository repository,
            PlatformTransactionManager transactions,
            Requests requests,
            Preconditions preconditions) {
        return new StepBuilder("publication.check", repository)
                .tasklet(
                        (contribution, context) -> {
                            var parameters = context.getStepContext().getJobParameters();
                            String tenant = (String) parameters.get("tenant");
                            long id = (Long) parameters.get("publication");
                            Request r = requests.load(tenant, id);
                            if (r.status().equals("published")) {
                                contribution.setExitStatus(new ExitStatus(ALREADY_PUBLISHED));
                                return RepeatStatus.FINISHED;
                            }
                            var refusal = preconditions.refusal(r);
                            if (refusal.isPresent()) {
                                requests.refuse(tenant, id, refusal.get());
                                contribution.setExitStatus(new ExitStatus(REFUSED, refusal.get()));
                            }
                            return RepeatStatus.FINISHED;
                        },
                        transactions)
                .build();
    }

    @Bean
    Step publicationEntries(
            JobRepository repository,
            PlatformTransactionManager transactions,
            JdbcCursorItemReader<Entry> publicationReader,
            EntryRules publicationRules,
            JdbcBatchItemWriter<Entry> publicationWriter,
            @Value("${saferank.publication.chunk:500}") int chunk) {
        return new StepBuilder("publication.entries", repository)
                .<Entry, Entry>chunk(chunk)
                .transactionManager(transactions)
                .reader(publicationReader)
                .processor(publicationRules)
                .writer(publicationWriter)
                .build();
    }

    @Bean
    Step publicationFinish(JobRepository repository, PlatformTransactionManager transactions, Finishing finishing) {
        return new StepBuilder("publication.finish", repository)
                .tasklet(
                        (contribution, context) -> {
                            var parameters = context.getStepContext().getJobParameters();
                            var refusal = finishing.finish(
                                    (String) parameters.get("tenant"),
                                    (Long) parameters.get("publication"),
                                    context.getStepContext().getStepExecution().getJobExecutionId());
                            refusal.ifPresent(reason -> contribution.setExitStatus(new ExitStatus(REFUSED, reason)));
                            return RepeatStatus.FINISHED;
                        },
                        transactions)
                .build();
    }

    /** Rated results in agency order, or the superseded publication's entries for a downgrade. */
    @Bean
    @StepScope
    JdbcCursorItemReader<Entry> publicationReader(
            DataSource dataSource,
            Requests requests,
            @Value("#{jobParameters['tenant']}") String tenant,
            @Value("#{jobParameters['publication']}") Long publication) {
        Request r = requests.load(tenant, publication);
        var reader = new JdbcCursorItemReaderBuilder<Entry>()
                .name("publicationReader")
                .dataSource(dataSource)
                .fetchSize(FETCH)
                .saveState(true);
        if (r.downgrade()) {
            return reader.sql("SELECT agency_id, agency_name, category, district, total, grade, published_grade,"
                            + " overall_rank, group_key, group_rank, lists, public, note, 0 AS vetoed"
                            + " FROM publication_entry WHERE tenant_id = ? AND publication_id = ? ORDER BY agency_id")
                    .queryArguments(tenant, r.supersedesId().orElseThrow())
                    .rowMapper((rs, n) -> entry(rs))
                    .build();
        }
        return reader.sql("SELECT r.agency_id, r.agency_name, r.category, r.district, r.total, r.grade,"
                        + " r.grade AS published_grade, t.overall_rank, r.group_key, t.group_rank, '' AS lists,"
                        + " 0 AS public, NULL AS note, COALESCE(r.veto_codes, '') <> '' AS vetoed FROM rating_result r"
                        + " JOIN rating_total t ON t.tenant_id = r.tenant_id AND t.run_id = r.run_id"
                        + " AND t.agency_id = r.agency_id" // the ranks are in the run's small rows (V96)
                        + " WHERE r.tenant_id = ? AND r.run_id = ? AND r.exclusion_code IS NULL AND r.total IS NOT NULL"
                        + " ORDER BY r.agency_id")
                .queryArguments(tenant, r.runId())
                .rowMapper((rs, n) -> entry(rs))
                .build();
    }

    private static Entry entry(ResultSet rs) throws SQLException {
        int groupRank = rs.getInt("group_rank");
        Integer group = rs.wasNull() ? null : groupRank;
        return new Entry(
                rs.getLong("agency_id"),
                rs.getString("agency_name"),
                rs.getString("category"),
                rs.getString("district"),
                rs.getBigDecimal("total"),
                rs.getString("grade"),
                rs.getString("published_grade"),
                rs.getInt("overall_rank"),
                rs.getString("group_key"),
                group,
                rs.getString("lists"),
                rs.getBoolean("public"),
                rs.getString("note"),
                rs.getBoolean("vetoed"));
    }

    @Bean
    @StepScope
    EntryRules publicationRules(
            JdbcTemplate jdbc,
            Requests requests,
            RunSchemes runs,
            @Value("#{jobParameters['tenant']}") String tenant,
            @Value("#{jobParameters['publication']}") Long publication) {
        Request r = requests.load(tenant, publication);
        var scheme = runs.completed(tenant, r.runId()).orElseThrow().scheme();
        return EntryRules.load(jdbc, r, scheme);
    }

    @Bean
    @StepScope
    JdbcBatchItemWriter<Entry> publicationWriter(
            DataSource dataSource,
            @Value("#{jobParameters['tenant']}") String tenant,
            @Value("#{jobParameters['publication']}") Long publication) {
        return new JdbcBatchItemWriterBuilder<Entry>()
                .dataSource(dataSource)
                .sql("INSERT INTO publication_entry (tenant_id, publication_id, agency_id, agency_name, category,"
                        + " district, total, grade, published_grade, overall_rank, group_key, group_rank, lists,"
                        + " public, note, credit_code) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                        // the 统一社会信用代码 as registered when published (issue 17: public data links to 信用中国)
                        + " (SELECT a.credit_code FROM agency a WHERE a.tenant_id = ? AND a.id = ?))")
                .itemPreparedStatementSetter((e, ps) -> {
                    ps.setString(1, tenant);
                    ps.setLong(2, publication);
                    ps.setLong(3, e.agencyId());
                    ps.setString(4, e.name());
                    ps.setString(5, e.category());
                    ps.setString(6, e.district());
                    ps.setBigDecimal(7, e.total());
                    ps.setString(8, e.grade());
                    ps.setString(9, e.publishedGrade());
                    ps.setInt(10, e.rank());
                    ps.setString(11, e.groupKey());
                    if (e.groupRank() == null) {
                        ps.setNull(12, Types.INTEGER);
                    } else {
                        ps.setInt(12, e.groupRank());
                    }
                    ps.setString(13, e.lists());
                    ps.setBoolean(14, e.isPublic());
                    ps.setString(15, e.note());
                    ps.setString(16, tenant);
                    ps.setLong(17, e.agencyId());
                })
                .build();
    }
}
