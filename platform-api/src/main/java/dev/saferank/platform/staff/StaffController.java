package dev.saferank.platform.staff;

import dev.saferank.platform.agency.Agencies;
import dev.saferank.platform.graphql.InvalidInputException;
import dev.saferank.platform.graphql.NotFoundException;
import dev.saferank.platform.graphql.UserError;
import dev.saferank.platform.security.Caller;
import dev.saferank.platform.security.Callers;
import java.util.List;
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

    private final StaffMapper mapper;
    private final StaffRegister register;
    private final Agencies agencies;
    private final MultiAffiliations multiAffiliations;

    StaffController(
            StaffMapper mapper, StaffRegister register, Agencies agencies, MultiAffiliations multiAffiliations) {
        this.mapper = mapper;
        this.register = register;
        this.agencies = agencies;
        this.multiAffiliations = multiAffiliations;
    }

    @QueryMapping
    @PreAuthorize("isAuthenticated()")
    Staff staffMember(@Argument long id, Authentication auth) {
        return visible(Callers.require(auth), id);
    }

    @QueryMapping
    @PreAuthorize("hasAnyRole('bureau-admin', 'inspector')")
    List<MultiAffiliatedPerson> multiAffiliatedStaff(Authentication auth) {
        return multiAffiliations.of(Callers.tenant(auth)).stream()
                .map(p -> new MultiAffiliatedPerson(p.name(), p.records()))
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
    StaffPayload updateStaff(@Argument StaffRegister.UpdateStaffInput input, Authentication auth) {
        Caller caller = Callers.require(auth);
        Staff staff = visible(caller, input.id());
        try {
            return new StaffPayload(register.update(Callers.tenant(auth), staff, input, caller.username()), List.of());
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
