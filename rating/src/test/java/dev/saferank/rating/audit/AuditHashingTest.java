package dev.saferank.rating.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The canonical form is what an outside verifier recomputes: the expected hashes were computed with
 * coreutils, not with this code, e.g.
 * {@code printf 'saferank-audit-v1\n8:quanzhou\n1:1\n13:1700000000000\n14:quanzhou-admin\n9:127.0.0.1\n16:SCHEME_ACTIVATED\n6:scheme\n13:quanzhou-2023\n-\n64:000…0\n' | sha256sum}.
 */
class AuditHashingTest {

    @Test
    void hashesTheLengthPrefixedFormWithNullsAsDashes() {
        String form = AuditHashing.canonical(
                "quanzhou",
                1,
                1_700_000_000_000L,
                "quanzhou-admin",
                "127.0.0.1",
                "SCHEME_ACTIVATED",
                "scheme",
                "quanzhou-2023",
                null,
                AuditHashing.GENESIS);
        assertThat(form)
                .startsWith("saferank-audit-v1\n8:quanzhou\n1:1\n13:1700000000000\n")
                .contains("\n-\n64:0000");
        assertThat(AuditHashing.sha256(form))
                .isEqualTo("673663dccf55a6312e25b6c173a4ca0004fffcd2a039c75dcae2f767a8acbde0");
    }

    @Test
    void detailsAreSortedJsonAndCountedInUtf8Bytes() {
        String details = AuditHashing.detailsJson(Map.of("原因", "启用"));
        assertThat(details).isEqualTo("{\"原因\":\"启用\"}");
        // {"原因":"启用"} is 19 bytes in UTF-8 (each Chinese character 3)
        String form = AuditHashing.canonical(
                "quanzhou",
                1,
                1_700_000_000_000L,
                "quanzhou-admin",
                "127.0.0.1",
                "SCHEME_ACTIVATED",
                "scheme",
                "quanzhou-2023",
                details,
                AuditHashing.GENESIS);
        assertThat(form).contains("\n19:{\"原因\":\"启用\"}\n");
        assertThat(AuditHashing.sha256(form))
                .isEqualTo("ebc439a10b54a811da6d17df20b12a73f97697951c8d5401e457f898d7fb8605");
        assertThat(AuditHashing.detailsJson(new java.util.TreeMap<>(Map.of("b", "2", "a", "1"))))
                .isEqualTo("{\"a\":\"1\",\"b\":\"2\"}");
    }

    @Test
    void aValueCannotPassForAFieldBoundary() {
        String a = AuditHashing.canonical("t", 1, 0, "x\n1:y", null, "A", null, null, null, AuditHashing.GENESIS);
        String b = AuditHashing.canonical("t", 1, 0, "x", "y", "A", null, null, null, AuditHashing.GENESIS);
        assertThat(AuditHashing.sha256(a)).isNotEqualTo(AuditHashing.sha256(b));
    }

    @Test
    void eventDetailsAreKeptSortedAndNullsLeftOut() {
        AuditEvent e = AuditEvent.of("quanzhou", "quanzhou-admin", null, AuditAction.RATING_STARTED, "ratingRun", 7)
                .with("year", 2023)
                .with("reason", null)
                .with("a", "x");
        assertThat(e.details().keySet()).containsExactly("a", "year");
        assertThat(e.targetId()).isEqualTo("7");
    }
}
