package dev.saferank.platform.staff;

import dev.saferank.platform.privacy.IdNumberHashes;
import dev.saferank.platform.privacy.KeyedHash;
import org.springframework.stereotype.Component;

/**
 * The keyed hash of a normalized ID number under the current key of {@code saferank.keys.id-hash}: the same
 * person gives the same hash in every agency of every tenant, and the number cannot be recovered from the
 * database without the key. Stored with the key's id ({@code staff.id_hash_key}).
 */
@Component
class IdHasher {

    private final KeyedHash hashes;

    IdHasher(IdNumberHashes hashes) {
        this.hashes = hashes.hash();
    }

    String hash(String normalizedIdNumber) {
        return hashes.current(normalizedIdNumber).hex();
    }

    String keyId() {
        return hashes.currentKeyId();
    }
}
