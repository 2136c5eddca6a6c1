package dev.saferank.platform.similarity;

/**
 * MinHash signatures and LSH buckets of shingle sets: 126 hash functions, 42 bands of 3. Two sets
 * with Jaccard index J share at least one bucket with probability 1 − (1 − J³)⁴², e.g. 0.996 at
 * J = 0.5, 0.93 at 0.4, 0.29 at 0.2: the buckets only pick candidates; the similarity of a
 * candidate pair is computed exactly.
 */
final class MinHash {

    static final int BANDS = 42;
    static final int ROWS = 3;
    static final int HASHES = BANDS * ROWS;
    private static final long[] SEEDS = new long[HASHES];

    static {
        long seed = 0x5AFE_2A4C_0000_0006L;
        for (int i = 0; i < HASHES; i++) {
            seed += 0x9E3779B97F4A7C15L;
            SEEDS[i] = Shingles.mix(seed);
        }
    }

    private MinHash() {}

    /** The LSH bucket of each band; empty for an empty set (nothing to compare). */
    static long[] buckets(long[] shingles) {
        if (shingles.length == 0) {
            return new long[0];
        }
        long[] minimum = new long[HASHES];
        java.util.Arrays.fill(minimum, Long.MAX_VALUE);
        for (long shingle : shingles) {
            for (int i = 0; i < HASHES; i++) {
                long h = Shingles.mix(shingle ^ SEEDS[i]);
                if (h < minimum[i]) {
                    minimum[i] = h;
                }
            }
        }
        long[] buckets = new long[BANDS];
        for (int band = 0; band < BANDS; band++) {
            long h = Shingles.mix(band + 1L);
            for (int row = 0; row < ROWS; row++) {
                h = Shingles.mix(h ^ minimum[band * ROWS + row]);
            }
            buckets[band] = h;
        }
        return buckets;
    }
}
