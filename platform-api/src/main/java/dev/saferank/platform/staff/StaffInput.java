package dev.saferank.platform.staff;

import java.util.List;
import java.util.Optional;

/** A staff member as entered; the ID number is only hashed, never stored or echoed. */
record StaffInput(
        long agencyId,
        String name,
        String idNumber,
        Boolean fullTime,
        String title,
        List<CertificateInput> certificates,
        String idempotencyKey) {

    List<CertificateInput> certificateList() {
        return Optional.ofNullable(certificates).orElse(List.of());
    }

    String trimmedName() {
        return name == null ? "" : name.strip();
    }

    Optional<String> trimmedTitle() {
        return Optional.ofNullable(title).map(String::strip).filter(t -> !t.isEmpty());
    }
}
