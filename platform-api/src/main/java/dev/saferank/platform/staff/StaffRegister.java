package dev.saferank.platform.staff;

import dev.saferank.platform.agency.Agency;
import dev.saferank.platform.agency.Keys;
import dev.saferank.platform.graphql.InvalidInputException;
import dev.saferank.platform.graphql.UserError;
import dev.saferank.platform.history.History;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Adding staff to an agency and withdrawing them; every change is kept in the history. */
@Service
class StaffRegister {

    private final StaffMapper mapper;
    private final IdHasher hasher;
    private final History history;

    StaffRegister(StaffMapper mapper, IdHasher hasher, History history) {
        this.mapper = mapper;
        this.hasher = hasher;
        this.history = history;
    }

    /** Adds the staff member to an agency the caller may write to. */
    static final String OPERATION = "addStaff";

    @Transactional
    Staff add(String tenant, Agency agency, StaffInput input, String actor) {
        Optional<Staff> repeated = Keys.check(input.idempotencyKey())
                .flatMap(key -> history.earlierResult(tenant, key, OPERATION))
                .map(id -> mapper.find(tenant, Long.parseLong(id))
                        .filter(first -> first.agencyId() == agency.id())
                        .orElseThrow(() -> new InvalidInputException(
                                "input.idempotencyKey", "KEY_REUSED", "该幂等键已用于另一次提交，请使用新的幂等键")));
        if (repeated.isPresent()) {
            return repeated.get();
        }
        List<UserError> errors = StaffChecks.problems(input);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String idHash = hasher.hash(IdNumbers.normalized(input.idNumber()));
        var earlier = mapper.findByPerson(tenant, agency.id(), idHash);
        if (earlier.filter(staff -> "active".equals(staff.status())).isPresent()) {
            throw duplicate();
        }
        boolean fullTime = input.fullTime() == null || input.fullTime();
        String title = input.trimmedTitle().orElse(null);
        if (earlier.isPresent()) {
            // a withdrawn person who returns keeps one record: the person is unique per agency
            mapper.reactivate(tenant, earlier.get().id(), input.trimmedName(), fullTime, title);
        } else {
            try {
                mapper.insert(tenant, agency.id(), input.trimmedName(), idHash, hasher.keyId(), fullTime, title, actor);
            } catch (DuplicateKeyException raced) {
                throw duplicate();
            }
        }
        Staff staff = mapper.findByPerson(tenant, agency.id(), idHash).orElseThrow();
        List<CertificateInput> certificates = input.certificateList().stream()
                .map(c -> new CertificateInput(c.type(), c.number().strip(), c.validUntil()))
                .toList();
        if (!certificates.isEmpty()) {
            mapper.insertCertificates(tenant, agency.id(), staff.id(), certificates);
        }
        history.rememberKey(tenant, input.idempotencyKey(), OPERATION, staff.id());
        history.record(
                tenant,
                "staff",
                staff.id(),
                "added",
                actor,
                null,
                Map.of("staff", staff, "certificates", certificates));
        return staff;
    }

    /** What a change of a staff member's record gives: everything but the ID number, certificates as a whole. */
    record UpdateStaffInput(
            long id, String name, Boolean fullTime, String title, List<CertificateInput> certificates, String reason) {}

    /**
     * Changes an active staff member's name, employment, title and certificates (the list replaces the
     * earlier one); the ID number, which identifies the person, is never changed. Kept in the history with
     * the reason.
     */
    @Transactional
    Staff update(String tenant, Staff staff, UpdateStaffInput input, String actor) {
        String name = input.name() == null ? "" : input.name().strip();
        String title = Optional.ofNullable(input.title())
                .map(String::strip)
                .filter(t -> !t.isEmpty())
                .orElse(null);
        List<CertificateInput> certificates =
                Optional.ofNullable(input.certificates()).orElse(List.of());
        List<UserError> errors = new java.util.ArrayList<>(StaffChecks.details(name, title, certificates));
        if (input.reason() != null && input.reason().length() > 500) {
            errors.add(UserError.of("input.reason", "TOO_LONG", "原因过长（上限 500 字）"));
        }
        if (!"active".equals(staff.status())) {
            errors.add(UserError.of("input.id", "WITHDRAWN", "该人员已离职，不能修改"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        boolean fullTime = input.fullTime() == null || input.fullTime();
        mapper.update(tenant, staff.id(), name, fullTime, title);
        List<CertificateInput> kept = certificates.stream()
                .map(c -> new CertificateInput(c.type(), c.number().strip(), c.validUntil()))
                .toList();
        mapper.deleteCertificates(tenant, staff.agencyId(), staff.id());
        if (!kept.isEmpty()) {
            mapper.insertCertificates(tenant, staff.agencyId(), staff.id(), kept);
        }
        Staff updated = mapper.find(tenant, staff.id()).orElseThrow();
        history.record(
                tenant,
                "staff",
                staff.id(),
                "updated",
                actor,
                input.reason(),
                Map.of("staff", updated, "certificates", kept));
        return updated;
    }

    @Transactional
    Staff withdraw(String tenant, Staff staff, String reason, String actor) {
        if (reason != null && reason.length() > 500) {
            throw new InvalidInputException("input.reason", "TOO_LONG", "原因过长（上限 500 字）");
        }
        if (mapper.withdraw(tenant, staff.id()) == 0) {
            throw new InvalidInputException("input.id", "ALREADY_WITHDRAWN", "该人员已撤销登记");
        }
        Staff withdrawn = mapper.find(tenant, staff.id()).orElseThrow();
        history.record(tenant, "staff", staff.id(), "withdrawn", actor, reason, Map.of("staff", withdrawn));
        return withdrawn;
    }

    private static InvalidInputException duplicate() {
        return new InvalidInputException("input.idNumber", "DUPLICATE_STAFF", "该人员已在本机构登记");
    }
}
