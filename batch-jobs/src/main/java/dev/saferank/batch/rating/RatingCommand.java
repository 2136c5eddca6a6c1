package dev.saferank.batch.rating;

import dev.saferank.batch.rating.internal.RatingLauncher;
import dev.saferank.rating.run.RatingAlreadyRunningException;
import dev.saferank.rating.run.RatingRefusedException;
import dev.saferank.rating.run.RatingRun;
import dev.saferank.rating.run.RatingRuns;
import java.io.PrintStream;
import java.util.List;
import org.springframework.batch.core.BatchStatus;
import org.springframework.stereotype.Component;

/**
 * The operators' command {@code rate} (batch-jobs/rate): queues a run and runs it in this process with
 * a progress bar on stderr, or restarts a run a crash left behind. Exit codes: 0 completed, 1 failed,
 * 2 wrong usage, 3 refused (a run of that year is going on, no scored scheme, unknown or completed run).
 */
@Component
public class RatingCommand {

    public static final String USAGE = "用法: rate --tenant <单位> --year <年度> | rate --restart --run <评定任务编号>";

    private final RatingRuns runs;
    private final RatingLauncher launcher;

    RatingCommand(RatingRuns runs, RatingLauncher launcher) {
        this.runs = runs;
        this.launcher = launcher;
    }

    /** Whether the arguments make a command at all: checked before the app (and its database) starts. */
    public static boolean understands(List<String> args) {
        String run = option(args, "--run");
        String year = option(args, "--year");
        return (args.contains("--restart") && run != null && run.matches("\\d{1,18}"))
                || (option(args, "--tenant") != null && year != null && year.matches("\\d{4}"));
    }

    public int execute(List<String> args, PrintStream err) throws Exception {
        String tenant = option(args, "--tenant");
        String year = option(args, "--year");
        String run = option(args, "--run");
        try {
            if (args.contains("--restart") && run != null && run.matches("\\d{1,18}")) {
                long id = Long.parseLong(run);
                return outcome(watch(id, err, () -> launcher.restart(id)), id, err);
            }
            if (tenant != null && year != null && year.matches("\\d{4}")) {
                RatingRun queued =
                        runs.queue(tenant, Integer.parseInt(year), "cli:" + System.getProperty("user.name"), "运维命令行发起");
                long id = queued.id();
                if (!runs.claim(queued)) {
                    err.println("评定任务 " + id + " 已由其他节点执行");
                    return 3;
                }
                err.println("评定任务 " + id + "：" + tenant + " " + year + " 年度");
                return outcome(watch(id, err, () -> launcher.run(queued)), id, err);
            }
        } catch (RatingAlreadyRunningException | RatingRefusedException refused) {
            err.println(refused.getMessage());
            return 3;
        }
        err.println(USAGE);
        return 2;
    }

    private int outcome(BatchStatus status, long id, PrintStream err) {
        RatingRun run = runs.findById(id).orElseThrow();
        if (status == BatchStatus.COMPLETED && "completed".equals(run.status())) {
            err.println("评定完成：" + run.itemsDone() + " 家机构，校验值 " + run.checksum());
            return 0;
        }
        err.println(run.error() != null ? run.error() : "评定未完成（" + status + "）");
        return 1;
    }

    private interface Job {
        BatchStatus run() throws Exception;
    }

    private BatchStatus watch(long id, PrintStream err, Job job) throws Exception {
        var bar = new ProgressBar(runs, id, err);
        Thread drawing = Thread.ofPlatform().daemon().name("rating-progress").start(bar);
        try {
            return job.run();
        } finally {
            drawing.interrupt();
            drawing.join(2000);
            bar.draw();
            err.println();
        }
    }

    private static String option(List<String> args, String name) {
        int i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.get(i + 1) : null;
    }
}
