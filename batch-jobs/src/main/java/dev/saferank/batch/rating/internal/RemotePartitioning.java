package dev.saferank.batch.rating.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.QueueBuilder;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.amqp.dsl.Amqp;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.config.EnableIntegration;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.integration.support.MessageBuilder;
import org.springframework.messaging.MessageChannel;

/**
 * Remote partitioning of the rating job over RabbitMQ ({@code saferank.rating.remote.enabled=true}, the
 * broker from {@code spring.rabbitmq.*}), with Spring Batch Integration's builders:
 *
 * <ul>
 *   <li><b>Manager</b> (the process that runs the job): the partitioned steps ({@code ratingRankValues},
 *       {@code ratingEvaluate}) are built by {@code RemotePartitioningManagerStepBuilder} ({@link
 *       RemoteSteps#manager}): one message per partition — its step execution's id and the worker step's
 *       name, as text ({@code 4711 ratingEvaluateWorker}: no Java serialization) — to the durable queue
 *       {@value #QUEUE}, then the JobRepository is polled until every partition has ended (the workers
 *       share the database; no reply queue).
 *   <li><b>Workers</b> ({@code saferank.rating.remote.worker}, default true): the worker steps ({@code
 *       ratingRankValuesWorker}, {@code ratingEvaluateWorker}) are built by {@code
 *       RemotePartitioningWorkerStepBuilder} ({@link RemoteSteps#worker}), whose {@code
 *       StepExecutionRequestHandler} runs the partition named by a request; the requests come from the
 *       queue, {@code saferank.rating.threads} at a time, one unacknowledged message per consumer.
 * </ul>
 *
 * <p>A message is acknowledged when its partition has ended. A worker killed inside a partition never
 * acknowledges it: the broker gives the message to another worker (or to the same one started again), which
 * continues the partition from its last committed chunk (the reader's position is in the step execution's
 * saved context). Before a partition is run, {@link #takeUp} checks it is still to be done (STARTING, or
 * STARTED by a worker that died): a message delivered again after its partition ended, or left over from an
 * execution an operator recovered for a restart (FAILED), is acknowledged without running anything. The
 * worker names itself in the partition's context ({@value #WORKER_KEY}): which worker ran which partition.
 *
 * <p>Without the property, none of this exists and the partitions run on the local task executor, in one
 * process, as before.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "saferank.rating.remote.enabled", havingValue = "true")
@EnableIntegration
class RemotePartitioning {

    /** The queue of partition requests. */
    static final String QUEUE = "saferank.rating.partitions";

    /** The step-context key naming the worker that ran (or last took up) a partition. */
    static final String WORKER_KEY = "rating.worker";

    private static final Logger log = LoggerFactory.getLogger(RemotePartitioning.class);

    @Bean
    Queue ratingPartitionQueue() {
        return QueueBuilder.durable(QUEUE).build();
    }

    @Bean
    DirectChannel ratingPartitionRequests() {
        return new DirectChannel();
    }

    /** Manager: each partition's request as a small persistent text message to the queue. */
    @Bean
    IntegrationFlow ratingPartitionsOut(
            @Qualifier("ratingPartitionRequests") MessageChannel requests, RabbitTemplate rabbit) {
        return IntegrationFlow.from(requests)
                .transform(StepExecutionRequest.class, RemotePartitioning::text)
                .handle(Amqp.outboundAdapter(rabbit).routingKey(QUEUE))
                .get();
    }

    @Bean
    RemoteSteps ratingRemoteSteps(
            @Qualifier("ratingPartitionRequests") MessageChannel requests, BeanFactory beans, RatingSettings settings) {
        return new RemoteSteps(
                requests, beans, settings.remote().worker(), settings.remote().pollInterval());
    }

    /**
     * Worker: partition requests from the queue, {@code saferank.rating.threads} at a time, one
     * unacknowledged message per consumer (a killed worker holds back only the partitions it was running),
     * each run in the listener's thread by the worker step's own flow (so acknowledged when it has ended).
     */
    @Bean
    @ConditionalOnProperty(name = "saferank.rating.remote.worker", havingValue = "true", matchIfMissing = true)
    IntegrationFlow ratingPartitionsIn(
            ConnectionFactory connections, RemoteSteps steps, JobRepository repository, RatingSettings settings) {
        String worker = settings.remote().workerName().isBlank()
                ? defaultWorkerName()
                : settings.remote().workerName();
        log.info("rating worker {} takes partitions from {} ({} at a time)", worker, QUEUE, settings.threads());
        return IntegrationFlow.from(Amqp.inboundAdapter(connections, QUEUE).configureContainer(container -> container
                        .concurrentConsumers(settings.threads())
                        .prefetchCount(1)
                        .defaultRequeueRejected(true)))
                .filter(String.class, text -> takeUp(text, steps, repository, worker))
                .handle(String.class, (text, headers) -> {
                    StepExecutionRequest request = request(text);
                    steps.input(request.getStepName())
                            .send(MessageBuilder.withPayload(request).build());
                    return null;
                })
                .get();
    }

    /**
     * Whether a request names a partition still to be run (STARTING: not begun; STARTED: begun by a worker
     * that died), and if so the worker's name written into its context. Anything else is acknowledged and
     * dropped, with a line in the log: a malformed text, an unknown step, a partition that has ended.
     */
    static boolean takeUp(String text, RemoteSteps steps, JobRepository repository, String worker) {
        StepExecutionRequest request;
        try {
            request = request(text);
        } catch (RuntimeException malformed) {
            log.warn("partition request dropped, not of the form '<step execution id> <worker step>': {}", text);
            return false;
        }
        if (!steps.runs(request.getStepName())) {
            log.warn("partition request dropped: no worker step {} here", request.getStepName());
            return false;
        }
        StepExecution execution = repository.getStepExecution(request.getStepExecutionId());
        if (execution == null) {
            log.warn("partition request dropped: no step execution {}", request.getStepExecutionId());
            return false;
        }
        BatchStatus status = execution.getStatus();
        if (status != BatchStatus.STARTING && status != BatchStatus.STARTED) {
            log.info("partition {} ({}) is {}: nothing to do", execution.getStepName(), execution.getId(), status);
            return false;
        }
        if (status == BatchStatus.STARTED) {
            log.info(
                    "partition {} ({}) was begun by {}: continued after its last committed chunk",
                    execution.getStepName(),
                    execution.getId(),
                    execution.getExecutionContext().getString(WORKER_KEY, "?"));
        }
        execution.getExecutionContext().putString(WORKER_KEY, worker);
        repository.updateExecutionContext(execution);
        return true;
    }

    static String text(StepExecutionRequest request) {
        return request.getStepExecutionId() + " " + request.getStepName();
    }

    static StepExecutionRequest request(String text) {
        String[] parts = text.strip().split(" ", 2);
        if (parts.length != 2 || parts[1].isBlank()) {
            throw new IllegalArgumentException("not a partition request");
        }
        return new StepExecutionRequest(parts[1], Long.parseLong(parts[0]));
    }

    private static String defaultWorkerName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        return host + "/" + ProcessHandle.current().pid();
    }
}
