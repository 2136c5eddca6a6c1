package dev.saferank.platform.staff;

import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The staff register's checks and keyed hash of ID numbers, for those that register people in bulk (the
 * agency sheet import): the same normalisation, the same Chinese reasons, the same hash as {@code addStaff},
 * so that a person imported is the same person added in a page.
 */
@Component
public class PersonIds {

    private final IdHasher hasher;

    PersonIds(IdHasher hasher) {
        this.hasher = hasher;
    }

    /** Why the number is not a valid ID number, in Chinese (never repeating it); empty when valid. */
    public Optional<String> problem(String number) {
        return IdNumbers.problem(IdNumbers.normalized(number));
    }

    /** The keyed hash stored in {@code staff.id_hash}. */
    public String hash(String number) {
        return hasher.hash(IdNumbers.normalized(number));
    }

    /** The id of the key {@link #hash} is made under, stored in {@code staff.id_hash_key}. */
    public String hashKeyId() {
        return hasher.keyId();
    }

    /** Certificate type codes with their Chinese names. */
    public Map<String, String> certificateTypes() {
        return CertificateTypes.all();
    }
}
