package dev.saferank.platform.agency;

import dev.saferank.platform.graphql.InvalidInputException;
import dev.saferank.platform.graphql.UserError;
import dev.saferank.platform.scheme.Schemes;
import dev.saferank.platform.security.Caller;
import dev.saferank.platform.security.Callers;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;

/** Registering agencies and entering their data; input problems come back in the payload. */
@Controller
class AgencyMutations {

    record UpdateAgencyInput(
            long id,
            int version,
            String name,
            String category,
            String qualifications,
            BigDecimal officeArea,
            List<String> districts,
            String accountUser,
            String reason) {}

    record ChangeAgencyStatusInput(long id, String reason) {}

    record SetAgencyDataInput(long agencyId, int year, String field, BigDecimal value, String reason) {}

    record AgencyPayload(Agency agency, List<UserError> errors) {}

    record SetAgencyDataPayload(Agency agency, AgencyDataValue data, List<UserError> errors) {}

    private final AgencyRegistration registration;
    private final AgencyDataEntry dataEntry;
    private final AgencyDataService dataService;
    private final Agencies agencies;
    private final Schemes schemes;

    AgencyMutations(
            AgencyRegistration registration,
            AgencyDataEntry dataEntry,
            AgencyDataService dataService,
            Agencies agencies,
            Schemes schemes) {
        this.registration = registration;
        this.dataEntry = dataEntry;
        this.dataService = dataService;
        this.agencies = agencies;
        this.schemes = schemes;
    }

    @MutationMapping
    @PreAuthorize("hasAnyRole('bureau-admin', 'county-admin')")
    AgencyPayload registerAgency(@Argument AgencyInput input, Authentication auth) {
        try {
            Caller caller = Callers.require(auth);
            return new AgencyPayload(registration.register(caller, Callers.tenant(auth), input), List.of());
        } catch (InvalidInputException invalid) {
            return new AgencyPayload(null, invalid.errors());
        }
    }

    @MutationMapping
    @PreAuthorize("hasAnyRole('bureau-admin', 'county-admin')")
    AgencyPayload updateAgency(@Argument UpdateAgencyInput input, Authentication auth) {
        var fields = new AgencyInput(
                null,
                input.name(),
                input.category(),
                input.qualifications(),
                input.officeArea(),
                input.districts(),
                input.accountUser(),
                null);
        try {
            return new AgencyPayload(
                    registration.update(
                            Callers.require(auth),
                            Callers.tenant(auth),
                            input.id(),
                            input.version(),
                            fields,
                            input.reason()),
                    List.of());
        } catch (InvalidInputException invalid) {
            return new AgencyPayload(null, invalid.errors());
        }
    }

    @MutationMapping
    @PreAuthorize("hasAnyRole('bureau-admin', 'county-admin')")
    AgencyPayload deactivateAgency(@Argument ChangeAgencyStatusInput input, Authentication auth) {
        return changeStatus(input, "withdrawn", auth);
    }

    @MutationMapping
    @PreAuthorize("hasAnyRole('bureau-admin', 'county-admin')")
    AgencyPayload reactivateAgency(@Argument ChangeAgencyStatusInput input, Authentication auth) {
        return changeStatus(input, "active", auth);
    }

    private AgencyPayload changeStatus(ChangeAgencyStatusInput input, String status, Authentication auth) {
        try {
            return new AgencyPayload(
                    registration.changeStatus(
                            Callers.require(auth), Callers.tenant(auth), input.id(), status, input.reason()),
                    List.of());
        } catch (InvalidInputException invalid) {
            return new AgencyPayload(null, invalid.errors());
        }
    }

    @MutationMapping
    @PreAuthorize("hasAnyRole('bureau-admin', 'inspector', 'county-admin', 'county-inspector')")
    SetAgencyDataPayload setAgencyData(@Argument SetAgencyDataInput input, Authentication auth) {
        Caller caller = Callers.require(auth);
        String tenant = Callers.tenant(auth);
        Agency agency = agencies.require(caller, input.agencyId());
        try {
            dataEntry.set(
                    tenant, agency, input.year(), input.field(), input.value(), input.reason(), caller.username());
        } catch (InvalidInputException invalid) {
            return new SetAgencyDataPayload(null, null, invalid.errors());
        }
        var scheme = schemes.active(tenant, input.year()).orElseThrow().scheme();
        AgencyDataValue stored =
                dataService.entries(tenant, List.of(agency.id()), input.year(), scheme).get(agency.id()).stream()
                        .filter(value -> value.field().equals(input.field()))
                        .findFirst()
                        .orElseThrow();
        return new SetAgencyDataPayload(agency, stored, List.of());
    }
}
