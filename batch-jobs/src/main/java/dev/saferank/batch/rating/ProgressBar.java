package dev.saferank.batch.rating;

import dev.saferank.rating.run.RatingRuns;
import java.io.PrintStream;

/** Draws a run's progress on one line of stderr twice a second: items done of total and the rate. */
final class ProgressBar implements Runnable {

    private static final int WIDTH = 30;

    private final RatingRuns runs;
    private final long id;
    private final PrintStream err;
    private final long started = System.nanoTime();
    private int doneAtStart = -1;

    ProgressBar(RatingRuns runs, long id, PrintStream err) {
        this.runs = runs;
        this.id = id;
        this.err = err;
    }

    @Override
    public void run() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                draw();
                Thread.sleep(500);
            }
        } catch (InterruptedException done) {
            Thread.currentThread().interrupt();
        }
    }

    void draw() {
        runs.findById(id).ifPresent(run -> {
            int total = run.itemsTotal() == null ? 0 : run.itemsTotal();
            int done = Math.min(run.itemsDone(), Math.max(total, run.itemsDone()));
            int filled = total == 0 ? 0 : (int) ((long) WIDTH * done / total);
            if (doneAtStart < 0) {
                doneAtStart = done; // a restart starts from what is already done: the rate is of this process
            }
            double seconds = Math.max(0.001, (System.nanoTime() - started) / 1e9);
            err.printf(
                    "\r[%s%s] %d/%d 家机构  %.0f 家/秒  %.0f 秒",
                    "#".repeat(filled), ".".repeat(WIDTH - filled), done, total, done / seconds, seconds);
            err.flush();
        });
    }
}
