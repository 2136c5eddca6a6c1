package dev.saferank.platform.searchbenchmark;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.stream.LongStream;

/**
 * CPU time of processes and of the machine, from Linux's {@code /proc} (ticks of 10 ms): a server is
 * found by the TCP port it listens on, so that Elasticsearch's and the database's own CPU can be told
 * from the API's. Off Linux, or for a server on another machine, the figures are unknown (-1).
 */
final class ProcessTicks {

    static final double TICK_MILLIS = 10;

    private ProcessTicks() {}

    /** The process listening on the local TCP port, if this machine has one and it can be seen. */
    static OptionalLong listening(int port) {
        String inode = listeningInode(port);
        if (inode == null) {
            return OptionalLong.empty();
        }
        String socket = "socket:[" + inode + "]";
        try (DirectoryStream<Path> processes = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
            for (Path process : processes) {
                try (DirectoryStream<Path> fds = Files.newDirectoryStream(process.resolve("fd"))) {
                    for (Path fd : fds) {
                        if (socket.equals(readLink(fd))) {
                            return OptionalLong.of(
                                    Long.parseLong(process.getFileName().toString()));
                        }
                    }
                } catch (IOException | SecurityException gone) {
                    // a process that ended or is not ours to read
                }
            }
        } catch (IOException e) {
            return OptionalLong.empty();
        }
        return OptionalLong.empty();
    }

    private static String readLink(Path fd) {
        try {
            return Files.readSymbolicLink(fd).toString();
        } catch (IOException | UnsupportedOperationException e) {
            return "";
        }
    }

    private static String listeningInode(int port) {
        String hexPort = String.format(Locale.ROOT, ":%04X", port);
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            try {
                for (String line : Files.readAllLines(Path.of(table))) {
                    String[] f = line.trim().split("\\s+");
                    // sl local_address rem_address st … inode: state 0A is LISTEN
                    if (f.length > 9 && f[1].endsWith(hexPort) && f[3].equals("0A")) {
                        return f[9];
                    }
                }
            } catch (IOException e) {
                // no such table here
            }
        }
        return null;
    }

    /** User and system ticks of a process (all its threads); -1 when unknown. */
    static long of(OptionalLong pid) {
        if (pid.isEmpty()) {
            return -1;
        }
        try {
            String stat = Files.readString(Path.of("/proc/" + pid.getAsLong() + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** The machine's ticks: {all, stolen by the hypervisor, busy (all but idle, I/O wait and stolen)}. */
    static long[] machine() {
        try {
            String[] f =
                    Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
            long[] v = Arrays.stream(f, 1, f.length).mapToLong(Long::parseLong).toArray();
            long total = LongStream.of(v).limit(Math.min(8, v.length)).sum();
            long steal = v.length > 7 ? v[7] : 0;
            return new long[] {total, steal, total - v[3] - v[4] - steal};
        } catch (IOException | RuntimeException e) {
            return new long[] {-1, -1, -1};
        }
    }

    /** The 1-, 5- and 15-minute load averages as Linux shows them. */
    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    static int cores() {
        return Runtime.getRuntime().availableProcessors();
    }
}
