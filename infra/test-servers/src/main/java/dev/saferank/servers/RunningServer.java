package dev.saferank.servers;

/** A server this provisioning started or borrowed; {@link #stop()} only stops what it started. */
interface RunningServer extends AutoCloseable {

    String url();

    void stop();

    @Override
    default void close() {
        stop();
    }

    /** A server at {@code url} that {@code stop} ends (a container, an embedded database). */
    static RunningServer of(String url, Runnable stop) {
        return new RunningServer() {
            @Override
            public String url() {
                return url;
            }

            @Override
            public void stop() {
                stop.run();
            }
        };
    }

    /** A server that somebody else runs: nothing to stop. */
    static RunningServer borrowed(String url) {
        return new RunningServer() {
            @Override
            public String url() {
                return url;
            }

            @Override
            public void stop() {}
        };
    }
}
