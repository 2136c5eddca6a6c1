package dev.saferank.batch.rating.internal;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.integration.partition.RemotePartitioningManagerStepBuilder;
import org.springframework.batch.integration.partition.RemotePartitioningWorkerStepBuilder;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.messaging.MessageChannel;

/**
 * The builders of the rating job's partitioned steps and worker steps when the partitions go to remote
 * workers (a bean only with {@code saferank.rating.remote.enabled}; {@link RemotePartitioning}): Spring
 * Batch Integration's manager step builder (requests out, the JobRepository polled for the partitions'
 * end) and, on a worker, its worker step builder (the step's own request handler, fed by {@link
 * #input}).
 */
final class RemoteSteps {

    private final MessageChannel requests;
    private final BeanFactory beans;
    private final boolean worker;
    private final Duration pollInterval;
    private final Map<String, DirectChannel> inputs = new ConcurrentHashMap<>();

    RemoteSteps(MessageChannel requests, BeanFactory beans, boolean worker, Duration pollInterval) {
        this.requests = requests;
        this.beans = beans;
        this.worker = worker;
        this.pollInterval = pollInterval;
    }

    /** A partitioned step whose partitions are sent out; continue with {@code partitioner(…)}. */
    RemotePartitioningManagerStepBuilder manager(String name, JobRepository repository) {
        return new RemotePartitioningManagerStepBuilder(name, repository)
                .outputChannel(requests)
                .pollInterval(pollInterval.toMillis());
    }

    /**
     * A worker step: on a worker, one that runs the partitions the requests for it name; on a manager that
     * runs none itself, a plain step.
     */
    StepBuilder worker(String name, JobRepository repository) {
        if (!worker) {
            return new StepBuilder(name, repository);
        }
        return new RemotePartitioningWorkerStepBuilder(name, repository)
                .inputChannel(input(name))
                .beanFactory(beans);
    }

    /** The channel of the requests for a worker step. */
    MessageChannel input(String workerStep) {
        return inputs.computeIfAbsent(workerStep, name -> new DirectChannel());
    }

    /** Whether this process has the worker step a request names. */
    boolean runs(String workerStep) {
        return worker && inputs.containsKey(workerStep);
    }
}
