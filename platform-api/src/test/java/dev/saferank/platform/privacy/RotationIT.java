package dev.saferank.platform.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saferank.platform.RealServersTest;
import dev.saferank.platform.TestSecrets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rotating the keys (README, Security): a new key is added after the current one; what was sealed or hashed
 * under the old key still opens and matches; the re-key step moves every row to the new key (contacts written
 * in clear before encryption included), after which the old key can leave the ring. Rows of a tenant of its
 * own, removed afterwards: the rest of the build keeps the test profile's keys.
 */
@RealServersTest
class RotationIT {

    private static final String TENANT = "rekeying-it";
    private static final String NUMBER = "350102199001011234";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PersonalData personal;

    @Autowired
    IdNumberHashes ids;

    @AfterEach
    void removeRows() {
        jdbc.update("DELETE FROM complaint WHERE tenant_id = ?", TENANT);
        jdbc.update("DELETE FROM staff WHERE tenant_id = ?", TENANT);
    }

    @Test
    void aRotationKeepsOldValuesReadableUntilTheReKeyMovesThemToTheNewKey() {
        long sealed = complaint(
                "A",
                personal.seal("complaint.contact_name", TENANT, "王五"),
                personal.seal("complaint.contact_phone", TENANT, "13800138000"));
        long clear = complaint("B", "赵六", "13900139000"); // written before encryption existed
        var before = ids.hash().current(NUMBER);
        jdbc.update(
                "INSERT INTO staff (tenant_id, agency_id, name, id_hash, id_hash_key, created_by)"
                        + " VALUES (?, 1, '钱七', ?, ?, 'test')",
                TENANT,
                before.hex(),
                before.keyId());

        // the operator adds r2 after the current keys (TestSecrets: t1 and k0) and restarts
        String r2 = TestSecrets.key();
        var rotatedPersonal = new PersonalData(
                KeyRing.parse(TestSecrets.KEYS.get("saferank.keys.personal-data") + ",r2:" + r2, 32, 32)
                        .ring());
        var rotatedIds = new KeyedHash(KeyRing.parse(TestSecrets.KEYS.get("saferank.keys.id-hash") + ",r2:" + r2, 32, 0)
                .ring());
        String stored = contactName(sealed);
        assertThat(rotatedPersonal.open("complaint.contact_name", TENANT, stored))
                .isEqualTo("王五");
        assertThat(rotatedIds.all(NUMBER)).contains(before);

        var outcome = new Rekeying(jdbc, rotatedPersonal, rotatedIds, "r2").run(TENANT);

        assertThat(outcome).isEqualTo(new Rekeying.Outcome(2, 1, 0));
        assertThat(contactName(sealed)).startsWith("gcm1:r2:");
        assertThat(contactName(clear)).startsWith("gcm1:r2:").doesNotContain("赵六");
        // only the new key is needed now
        var onlyNew = new PersonalData(KeyRing.parse("r2:" + r2, 32, 32).ring());
        assertThat(onlyNew.open("complaint.contact_name", TENANT, contactName(sealed)))
                .isEqualTo("王五");
        assertThat(onlyNew.open("complaint.contact_name", TENANT, contactName(clear)))
                .isEqualTo("赵六");
        assertThat(onlyNew.open(
                        "complaint.contact_phone",
                        TENANT,
                        jdbc.queryForObject("SELECT contact_phone FROM complaint WHERE id = ?", String.class, clear)))
                .isEqualTo("13900139000");
        // the person registered after the rotation is the same hash as the re-keyed row
        var row = jdbc.queryForMap("SELECT id_hash, id_hash_key FROM staff WHERE tenant_id = ?", TENANT);
        assertThat(row.get("id_hash")).isEqualTo(rotatedIds.current(NUMBER).hex());
        assertThat(row.get("id_hash_key")).isEqualTo("r2");
        // a second pass finds nothing left
        assertThat(new Rekeying(jdbc, rotatedPersonal, rotatedIds, "r2").run(TENANT))
                .isEqualTo(new Rekeying.Outcome(0, 0, 0));
    }

    @Test
    void rowsUnderAKeyTheRingLacksAreCountedAndLeftAsTheyAre() {
        long sealed = complaint("C", personal.seal("complaint.contact_name", TENANT, "孙八"), null);
        String before = contactName(sealed);
        String r2 = TestSecrets.key();
        var withoutOld = new PersonalData(KeyRing.parse("r2:" + r2, 32, 32).ring());
        var hashes = new KeyedHash(KeyRing.parse("r2:" + r2, 32, 0).ring());

        var outcome = new Rekeying(jdbc, withoutOld, hashes, "r2").run(TENANT);

        assertThat(outcome).isEqualTo(new Rekeying.Outcome(0, 0, 1));
        assertThat(contactName(sealed)).isEqualTo(before);
    }

    private long complaint(String code, String name, String phone) {
        jdbc.update(
                "INSERT INTO complaint (tenant_id, tracking_code, agency_name, subject, body, contact_name,"
                        + " contact_phone, client_key) VALUES (?, ?, '某机构', '事项', '内容', ?, ?, '')",
                TENANT,
                "REKEYINGIT00000" + code,
                name,
                phone);
        return jdbc.queryForObject(
                "SELECT id FROM complaint WHERE tracking_code = ?", Long.class, "REKEYINGIT00000" + code);
    }

    private String contactName(long id) {
        return jdbc.queryForObject("SELECT contact_name FROM complaint WHERE id = ?", String.class, id);
    }
}
