package dev.saferank.batch.rating.internal;

import dev.saferank.rating.facts.AgencyYearFacts;
import dev.saferank.rating.facts.YearFacts;
import dev.saferank.rating.run.RatingRun;
import dev.saferank.rating.run.RatingRuns;
import dev.saferank.rating.run.TrailTemplate;
import dev.saferank.rating.scheme.StoredSchemes;
import dev.saferank.scheme.InvalidFactsException;
import dev.saferank.scheme.RankValue;
import dev.saferank.scheme.ScoringEngine;
import java.util.ArrayList;
import java.util.List;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The job {@code rating}: prepare (ranges, items total, the run's trail template) → rank values (only for
 * schemes with rank rules; partitioned) → evaluate (partitioned by agency-id range: each agency's facts read
 * once, its result with total and compact trail written in chunks with the progress) → rank (from the stored
 * totals: ranks into the results by one set-based statement) → finish (checksum, completed). The partitions
 * run on a local task executor, or with {@code saferank.rating.remote.enabled} on worker processes over
 * RabbitMQ ({@link RemotePartitioning}); the short steps always run where the job runs.
 */
@Configuration(proxyBeanMethods = false)
class RatingJobSteps {

    @Bean
    Job ratingJob(
            JobRepository repository,
            RatingRuns runs,
            @Qualifier("ratingPrepare") Step prepare,
            @Qualifier("ratingRankValues") Step rankValues,
            @Qualifier("ratingEvaluate") Step evaluate,
            @Qualifier("ratingRank") Step rank,
            @Qualifier("ratingFinish") Step finish) {
        return new JobBuilder(JobRun.JOB, repository)
                .listener(new RunStatusListener(runs))
                .start(prepare)
                .next(rankValues)
                .next(evaluate)
                .next(rank)
                .next(finish)
                .build();
    }

    @Bean
    Step ratingPrepare(
            JobRepository repository,
            PlatformTransactionManager transactions,
            JdbcTemplate jdbc,
            RatingRuns runs,
            StoredSchemes schemes,
            RatingSettings settings) {
        return new StepBuilder("ratingPrepare", repository)
                .listener(new StepPause(settings.stepPause()))
                .tasklet(new PrepareTasklet(jdbc, runs, schemes, settings.partitions()), transactions)
                .build();
    }

    @Bean
    Step ratingRank(
            JobRepository repository,
            PlatformTransactionManager transactions,
            JdbcTemplate jdbc,
            RatingRuns runs,
            StoredSchemes schemes,
            RatingSettings settings) {
        return new StepBuilder("ratingRank", repository)
                .listener(new StepPause(settings.stepPause()))
                .tasklet(new RankTasklet(jdbc, runs, schemes), transactions)
                .build();
    }

    @Bean
    Step ratingFinish(
            JobRepository repository,
            PlatformTransactionManager transactions,
            RatingRuns runs,
            RatingSettings settings) {
        return new StepBuilder("ratingFinish", repository)
                .listener(new StepPause(settings.stepPause()))
                .tasklet(new FinishTasklet(runs), transactions)
                .build();
    }

    @Bean
    Step ratingRankValues(
            JobRepository repository,
            @Qualifier("ratingRankValuesWorker") Step worker,
            AgencyRangePartitioner ratingPartitioner,
            @Qualifier("ratingTaskExecutor") TaskExecutor executor,
            RatingSettings settings,
            ObjectProvider<RemoteSteps> remote) {
        return partitioned("ratingRankValues", worker, repository, ratingPartitioner, executor, settings, remote);
    }

    @Bean
    Step ratingEvaluate(
            JobRepository repository,
            @Qualifier("ratingEvaluateWorker") Step worker,
            AgencyRangePartitioner ratingPartitioner,
            @Qualifier("ratingTaskExecutor") TaskExecutor executor,
            RatingSettings settings,
            ObjectProvider<RemoteSteps> remote) {
        return partitioned("ratingEvaluate", worker, repository, ratingPartitioner, executor, settings, remote);
    }

    /**
     * A partitioned step: its partitions run on the local task executor, or, with remote partitioning
     * ({@code saferank.rating.remote.enabled}), are sent to the workers over RabbitMQ while this step polls
     * the JobRepository for their end.
     */
    private static Step partitioned(
            String name,
            Step worker,
            JobRepository repository,
            AgencyRangePartitioner partitioner,
            TaskExecutor executor,
            RatingSettings settings,
            ObjectProvider<RemoteSteps> remote) {
        RemoteSteps remoteSteps = remote.getIfAvailable();
        if (remoteSteps != null) {
            return remoteSteps
                    .manager(name, repository)
                    .listener(new StepPause(settings.stepPause()))
                    .partitioner(worker.getName(), partitioner)
                    .gridSize(settings.partitions())
                    .build();
        }
        return new StepBuilder(name, repository)
                .listener(new StepPause(settings.stepPause()))
                .partitioner(worker.getName(), partitioner)
                .step(worker)
                .gridSize(settings.partitions())
                .taskExecutor(executor)
                .build();
    }

    /** The worker step of the rank pass: one partition's eligible agencies → their rank values. */
    @Bean
    Step ratingRankValuesWorker(
            JobRepository repository,
            PlatformTransactionManager transactions,
            RatingSettings settings,
            @Qualifier("ratingRankFactsReader") FactsReader reader,
            @Qualifier("ratingRankValueProcessor") ItemProcessor<List<AgencyYearFacts>, List<RankValue>> processor,
            RankValueWriter writer,
            ObjectProvider<RemoteSteps> remote) {
        return workerStep("ratingRankValuesWorker", repository, remote)
                .<List<AgencyYearFacts>, List<RankValue>>chunk(1) // one item: a chunk's agencies (FactsReader)
                .transactionManager(transactions)
                .reader(reader)
                .processor(processor)
                .writer(writer)
                .build();
    }

    /** The worker step of the evaluation: one partition's agencies → their results. */
    @Bean
    Step ratingEvaluateWorker(
            JobRepository repository,
            PlatformTransactionManager transactions,
            RatingSettings settings,
            @Qualifier("ratingFactsReader") FactsReader reader,
            @Qualifier("ratingProcessor") ItemProcessor<List<AgencyYearFacts>, List<RatedAgency>> processor,
            ResultWriter writer,
            ObjectProvider<RemoteSteps> remote) {
        return workerStep("ratingEvaluateWorker", repository, remote)
                .<List<AgencyYearFacts>, List<RatedAgency>>chunk(1) // one item: a chunk's agencies (FactsReader)
                .transactionManager(transactions)
                .reader(reader)
                .processor(processor)
                .writer(writer)
                .build();
    }

    /** A worker step's builder: a plain step, or on a remote worker one fed by the partition requests. */
    private static StepBuilder workerStep(String name, JobRepository repository, ObjectProvider<RemoteSteps> remote) {
        RemoteSteps remoteSteps = remote.getIfAvailable();
        return remoteSteps == null ? new StepBuilder(name, repository) : remoteSteps.worker(name, repository);
    }

    @Bean
    TaskExecutor ratingTaskExecutor(RatingSettings settings) {
        var executor = new SimpleAsyncTaskExecutor("rating-");
        executor.setConcurrencyLimit(settings.threads());
        return executor;
    }

    @Bean
    @StepScope
    AgencyRangePartitioner ratingPartitioner(
            RatingRuns runs,
            @Value("#{jobParameters['tenant']}") String tenant,
            @Value("#{jobParameters['run']}") Long run) {
        return new AgencyRangePartitioner(runs.ranges(tenant, run));
    }

    @Bean
    @StepScope
    FactsReader ratingFactsReader(
            YearFacts facts,
            RatingRuns runs,
            StoredSchemes schemes,
            RatingSettings settings,
            @Value("#{jobParameters['tenant']}") String tenant,
            @Value("#{jobParameters['run']}") Long run,
            @Value("#{stepExecutionContext['rating.after']}") Long after,
            @Value("#{stepExecutionContext['rating.upTo']}") Long upTo) {
        RatingRun r = runs.find(tenant, run).orElseThrow();
        var engine = engine(schemes, tenant, r.schemeVersion());
        return new FactsReader(facts, tenant, r.year(), after, upTo, engine.scheme(), true, settings.chunkSize());
    }

    @Bean
    @StepScope
    FactsReader ratingRankFactsReader(
            YearFacts facts,
            RatingRuns runs,
            StoredSchemes schemes,
            RatingSettings settings,
            @Value("#{jobParameters['tenant']}") String tenant,
            @Value("#{jobParameters['run']}") Long run,
            @Value("#{stepExecutionContext['rating.after']}") Long after,
            @Value("#{stepExecutionContext['rating.upTo']}") Long upTo) {
        RatingRun r = runs.find(tenant, run).orElseThrow();
        var engine = engine(schemes, tenant, r.schemeVersion());
        return new FactsReader(
                facts, tenant, r.year(), after, upTo, engine.scheme(), engine.hasRankRules(), settings.chunkSize());
    }

    @Bean
    @StepScope
    ItemProcessor<List<AgencyYearFacts>, List<RankValue>> ratingRankValueProcessor(
            RatingRuns runs,
            StoredSchemes schemes,
            @Value("#{jobParameters['tenant']}") String tenant,
            @Value("#{jobParameters['run']}") Long run) {
        var engine =
                engine(schemes, tenant, runs.find(tenant, run).orElseThrow().schemeVersion());
        return agencies -> {
            List<RankValue> values = new ArrayList<>();
            for (AgencyYearFacts agency : agencies) {
                try {
                    values.addAll(engine.rankValues(agency.facts()));
                } catch (InvalidFactsException incomplete) {
                    // not rated, so not ranked: the evaluation step records its problems
                }
            }
            return values.isEmpty() ? null : values;
        };
    }

    @Bean
    @StepScope
    ItemProcessor<List<AgencyYearFacts>, List<RatedAgency>> ratingProcessor(
            JdbcTemplate jdbc,
            RatingRuns runs,
            StoredSchemes schemes,
            @Value("#{jobParameters['tenant']}") String tenant,
            @Value("#{jobParameters['run']}") Long run) {
        var engine =
                engine(schemes, tenant, runs.find(tenant, run).orElseThrow().schemeVersion());
        var points = RankValues.points(jdbc, engine, tenant, run);
        TrailTemplate template = runs.trailTemplate(tenant, run).orElseThrow();
        return agencies -> {
            List<RatedAgency> rated = new ArrayList<>(agencies.size());
            for (AgencyYearFacts agency : agencies) {
                rated.add(Rating.rate(engine, points, template, agency));
            }
            return rated;
        };
    }

    @Bean
    @StepScope
    RankValueWriter ratingRankValueWriter(
            JdbcTemplate jdbc,
            @Value("#{jobParameters['tenant']}") String tenant,
            @Value("#{jobParameters['run']}") Long run) {
        return new RankValueWriter(jdbc, tenant, run);
    }

    @Bean
    @StepScope
    ResultWriter ratingResultWriter(
            JdbcTemplate jdbc,
            RatingRuns runs,
            RatingSettings settings,
            @Value("#{jobParameters['tenant']}") String tenant,
            @Value("#{jobParameters['run']}") Long run) {
        return new ResultWriter(jdbc, runs, tenant, run, settings.chunkPause());
    }

    /** The engine of the scheme version the run pinned (compiled once per version by the rating module). */
    private static ScoringEngine engine(StoredSchemes schemes, String tenant, String version) {
        return schemes.version(tenant, version).orElseThrow().scoring().orElseThrow();
    }
}
