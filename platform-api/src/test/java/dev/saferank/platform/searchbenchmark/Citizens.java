package dev.saferank.platform.searchbenchmark;

/**
 * The citizens the load stands for: each its own address, which the reverse proxy in front of the API
 * nodes puts last in {@code X-Forwarded-For} (the anonymous limit, 600 requests a minute, counts per
 * address; the test profile trusts 127.0.0.1 as that proxy, as a deployment trusts its nginx).
 * {@code -Dbenchmark.citizens} of them (20,000 by default): at 500 searches a second each sends
 * 1.5 a minute, so the limit refuses none of them, while every request still pays for its count.
 */
final class Citizens {

    static final int COUNT = Integer.getInteger("benchmark.citizens", 20_000);

    private Citizens() {}

    /** The address of citizen {@code n} (modulo {@link #COUNT}): 10.x.y.z. */
    static String address(int n) {
        int i = Math.floorMod(n, COUNT);
        return "10." + (i >> 16 & 255) + "." + (i >> 8 & 255) + "." + (i & 255);
    }
}
