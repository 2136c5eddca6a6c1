package dev.saferank.rating.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.saferank.rating.facts.FactProblem;
import dev.saferank.scheme.Evaluation;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The one codec of {@code rating_result.trail} (V112): what it stores reads back to the same logical trail,
 * byte for byte, for compact and full trails of the seed cities; rows stored as text before V112 read as they
 * are; the digest of the run checksum is that of the logical trail, whatever is stored.
 */
class StoredTrailTest {

    /** A 泉州 agency with deductions, a floor step, honours and a problem set aside (CompactTrailTest's). */
    static String quanzhouCompact() {
        Evaluation e = CompactTrailTest.eval(
                CompactTrailTest.QUANZHOU,
                """
                agency: QZ-1
                data: {registeredEngineers: 2, hadBusiness: 1}
                findings: [{rule: '14.1', count: 12}, {rule: '12.1', count: 2}, {rule: '12.2'}, {rule: '4.2', count: 3}]
                honours: [{level: city, cause: 2023年度标准化辅导先进}]
                """);
        return CompactTrail.of(
                TrailTemplate.of(CompactTrailTest.QUANZHOU),
                e,
                List.of(new FactProblem("findings.99.1", "第 99.1 条不在本年度方案中，\"未计分\"")),
                List.of());
    }

    @Test
    void aCompactTrailIsStoredCompressedBehindItsMarkerAndReadsBackExactly() {
        String logical = quanzhouCompact();
        byte[] stored = StoredTrail.encode(logical);
        assertThat(stored[0]).isEqualTo(StoredTrail.DEFLATE_1);
        assertThat(StoredTrail.decode(stored)).isEqualTo(logical);
        // the compact trail is already an eighth of the full one; compressed it is less than half again
        assertThat(stored.length).isLessThan(logical.getBytes(StandardCharsets.UTF_8).length / 2);
        // and every reader then gets the full trail as before
        String full = CompactTrail.full(CompactTrailTest.stored(CompactTrailTest.QUANZHOU), StoredTrail.decode(stored));
        assertThat(full).contains("\"rule\":\"14.1\"", "扣完即止", "未计分");
    }

    @Test
    void fullTrailsAndAnyTextReadBackExactly() {
        String incomplete = TrailJson.incomplete(List.of(new FactProblem("data.technicalStaff", "尚未填报机构数据")));
        assertThat(StoredTrail.decode(StoredTrail.encode(incomplete))).isEqualTo(incomplete);
        // the seed cities' hand-worked agencies: CompactTrailTest's round trip goes through this codec too
        // empty, long (beyond the first output buffer) and non-ASCII texts
        for (String logical : List.of("", "[]", "{}", "[\"" + "未计分".repeat(5000) + "\"]", longTrail())) {
            assertThat(StoredTrail.decode(StoredTrail.encode(logical))).isEqualTo(logical);
        }
    }

    /** A trail with many distinct numbers: compresses poorly, so the output buffer has to grow. */
    private static String longTrail() {
        StringBuilder s = new StringBuilder("[");
        java.util.Random random = new java.util.Random(14);
        for (int i = 0; i < 20_000; i++) {
            s.append(random.nextLong()).append(',');
        }
        return s.append("0]").toString();
    }

    @Test
    void aRowStoredAsTextBeforeV112ReadsAsItIs() {
        String compact = quanzhouCompact();
        String full = TrailJson.incomplete(List.of(new FactProblem("data.x", "尚未填报机构数据")));
        assertThat(StoredTrail.decode(compact.getBytes(StandardCharsets.UTF_8))).isEqualTo(compact);
        assertThat(StoredTrail.decode(full.getBytes(StandardCharsets.UTF_8))).isEqualTo(full);
        // a JSON text may begin with white space (a test's text block): still text, not a marker
        assertThat(StoredTrail.decode("\n {\"rawTotal\":null}".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("\n {\"rawTotal\":null}");
        assertThat(StoredTrail.decode(null)).isNull();
    }

    @Test
    void anUnknownMarkerOrABrokenStreamIsRefusedNotMisread() {
        byte[] stored = StoredTrail.encode(quanzhouCompact());
        byte[] otherFormat = stored.clone();
        otherFormat[0] = 2;
        assertThatThrownBy(() -> StoredTrail.decode(otherFormat)).hasMessageContaining("unknown stored trail format 2");
        byte[] cut = Arrays.copyOf(stored, stored.length / 2);
        assertThatThrownBy(() -> StoredTrail.decode(cut)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theChecksumDigestIsThatOfTheLogicalTrail() throws Exception {
        String logical = quanzhouCompact();
        byte[] expected = MessageDigest.getInstance("SHA-256").digest(logical.getBytes(StandardCharsets.UTF_8));
        assertThat(StoredTrail.sha256(logical)).isEqualTo(expected);
        // the same as V96's UNHEX(SHA2(trail, 256)) over the text a row kept before V112
        assertThat(HexFormat.of().formatHex(StoredTrail.sha256("[]")))
                .isEqualTo("4f53cda18c2baa0c0354bb5f9a3ecbe5ed12ab4d8e11ba873c2f11161202b945");
    }

    @Test
    void threadsEncodingAtOnceEachGetTheirOwnTrailBack() throws Exception {
        String a = quanzhouCompact();
        String b = TrailJson.incomplete(List.of(new FactProblem("data.x", "尚未填报机构数据")));
        try (var pool = Executors.newFixedThreadPool(4)) {
            List<Future<Boolean>> done = new java.util.ArrayList<>();
            for (int t = 0; t < 8; t++) {
                String logical = t % 2 == 0 ? a : b;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < 500; i++) {
                        if (!StoredTrail.decode(StoredTrail.encode(logical)).equals(logical)) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> f : done) {
                assertThat(f.get()).isTrue();
            }
        }
    }
}
