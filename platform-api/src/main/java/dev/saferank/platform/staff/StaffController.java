package dev.saferank.platform.staff;

import dev.saferank.platform.agency.Agencies;
import dev.saferank.platform.graphql.InvalidInputException;
import dev.saferank.platform.graphql.NotFoundException;
import dev.saferank.platform.graphql.UserError;
import dev.saferank.platform.security.Caller;
import dev.saferank.platform.security.Callers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;

/** Staff over GraphQL: bureau admins for the whole tenant, an agency user for its own agency. */
@Controller
class StaffController {

    record StaffPayload(Staff staff, List<UserError> errors) {}

    record WithdrawStaffInput(long id, String reason) {}

    record MultiAffiliatedPerson(String name, List<Staff> staff) {}

    record CertificateType(String code, String label) {}

    static final int MAX_PEOPLE = 1000;

    private final StaffMapper mapper;
    private final StaffRegister register;
    private final Agencies agencies;

    StaffController(StaffMapper mapper, StaffRegister register, Agencies agencies) {
        this.mapper = mapper;
        this.register = register;
        this.agencies = agencies;
    }

    @QueryMapping
    @PreAuthorize("isAuthenticated()")
    Staff staffMember(@Argument long id, Authentication auth) {
        return visible(Callers.require(auth), id);
    }

    @QueryMapping
    @PreAuthorize("hasAnyRole('bureau-admin', 'inspector')")
    List<MultiAffiliatedPerson> multiAffiliatedStaff(Authentication auth) {
        String tenant = Callers.tenant(auth);
        List<StaffMapper.PersonRow> rows = mapper.multiAffiliated(tenant, MAX_PEOPLE);
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, Staff> staff = new LinkedHashMap<>();
        mapper.findByIds(
                        tenant,
                        rows.stream().map(StaffMapper.PersonRow::staffId).toList())
                .forEach(s -> staff.put(s.id(), s));
        Map<String, List<Staff>> byPerson = new LinkedHashMap<>();
        rows.forEach(row -> byPerson.computeIfAbsent(row.idHash(), hash -> new ArrayList<>())
                .add(staff.get(row.staffId())));
        return byPerson.values().stream()
                .map(records -> new MultiAffiliatedPerson(records.getFirst().name(), records))
                .toList();
    }

    @QueryMapping
    @PreAuthorize("isAuthenticated()")
    List<CertificateType> certificateTypes() {
        return CertificateTypes.all().entrySet().stream()
                .map(e -> new CertificateType(e.getKey(), e.getValue()))
                .toList();
    }

    @MutationMapping
    @PreAuthorize("hasAnyRole('bureau-admin', 'agency-user')")
    StaffPayload addStaff(@Argument StaffInput input, Authentication auth) {
        Caller caller = Callers.require(auth);
        var agency = agencies.require(caller, input.agencyId());
        try {
            return new StaffPayload(register.add(Callers.tenant(auth), agency, input, caller.username()), List.of());
        } catch (InvalidInputException invalid) {
            return new StaffPayload(null, invalid.errors());
        }
    }

    @MutationMapping
    @PreAuthorize("hasAnyRole('bureau-admin', 'agency-user')")
    StaffPayload withdrawStaff(@Argument WithdrawStaffInput input, Authentication auth) {
        Caller caller = Callers.require(auth);
        Staff staff = visible(caller, input.id());
        try {
            return new StaffPayload(
                    register.withdraw(Callers.tenant(auth), staff, input.reason(), caller.username()), List.of());
        } catch (InvalidInputException invalid) {
            return new StaffPayload(null, invalid.errors());
        }
    }

    /** The staff member if its agency is visible to the caller; else NOT_FOUND, as for a missing id. */
    private Staff visible(Caller caller, long id) {
        return caller.tenant()
                .flatMap(tenant -> mapper.find(tenant, id))
                .filter(staff -> agencies.visible(caller, staff.agencyId()).isPresent())
                .orElseThrow(() -> new NotFoundException("人员 " + id));
    }
}
