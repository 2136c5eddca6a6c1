package dev.saferank.platform.agency;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The registration of an agency as a bureau admin enters it (register and update);
 * {@code idempotencyKey} makes a repeated registration return the first.
 */
record AgencyInput(
        String creditCode,
        String name,
        String category,
        String qualifications,
        BigDecimal officeArea,
        List<String> districts,
        String accountUser,
        String idempotencyKey) {

    List<String> districtCodes() {
        return Optional.ofNullable(districts).orElse(List.of()).stream()
                .distinct()
                .toList();
    }

    String trimmedName() {
        return name == null ? "" : name.strip();
    }

    Optional<String> account() {
        return Optional.ofNullable(accountUser).map(String::strip).filter(a -> !a.isEmpty());
    }
}
