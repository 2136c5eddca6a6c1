package dev.saferank.platform.staff;

import dev.saferank.platform.agency.Agencies;
import dev.saferank.platform.agency.Agency;
import dev.saferank.platform.graphql.ForbiddenException;
import dev.saferank.platform.security.Caller;
import dev.saferank.platform.security.Callers;
import java.security.Principal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;

/** Staff below agencies and certificates below staff: one statement for a whole page. */
@Controller
class StaffFields {

    private final StaffMapper mapper;
    private final Agencies agencies;

    StaffFields(StaffMapper mapper, Agencies agencies) {
        this.mapper = mapper;
        this.agencies = agencies;
    }

    @BatchMapping(typeName = "Agency")
    Map<Agency, List<Staff>> staff(List<Agency> page, Principal principal) {
        String tenant = Callers.tenant((Authentication) principal);
        Map<Long, List<Staff>> byAgency = mapper
                .activeOf(tenant, page.stream().map(Agency::id).toList())
                .stream()
                .collect(Collectors.groupingBy(Staff::agencyId));
        Map<Agency, List<Staff>> result = new HashMap<>();
        page.forEach(agency -> result.put(agency, byAgency.getOrDefault(agency.id(), List.of())));
        return result;
    }

    @BatchMapping(typeName = "Staff")
    Map<Staff, List<Certificate>> certificates(List<Staff> staff, Principal principal) {
        String tenant = Callers.tenant((Authentication) principal);
        Map<Long, List<Certificate>> byStaff =
                mapper.certificatesOf(tenant, staff.stream().map(Staff::id).toList()).stream()
                        .collect(Collectors.groupingBy(Certificate::staffId));
        return staff.stream()
                .collect(Collectors.toMap(
                        Function.identity(), s -> byStaff.getOrDefault(s.id(), List.of()), (a, b) -> a));
    }

    /**
     * Only staff of the bureau see where else a person works: agency users would learn other
     * agencies; a county bureau sees the other agencies working in its district.
     */
    @BatchMapping(typeName = "Staff")
    Map<Staff, List<Agency>> otherAgencies(List<Staff> staff, Principal principal) {
        Caller caller = Callers.require((Authentication) principal);
        if (!caller.isBureauStaff()) {
            throw new ForbiddenException();
        }
        String tenant = Callers.tenant((Authentication) principal);
        List<StaffMapper.OtherAgencyRow> rows =
                mapper.otherAgencies(tenant, staff.stream().map(Staff::id).toList());
        Map<Long, Agency> byId =
                agencies
                        .byIds(
                                tenant,
                                rows.stream()
                                        .map(StaffMapper.OtherAgencyRow::agencyId)
                                        .distinct()
                                        .toList())
                        .stream()
                        // a county learns of the person's other agencies in its district only
                        .filter(agency -> !caller.isCounty()
                                || agencies.visible(caller, agency.id()).isPresent())
                        .collect(Collectors.toMap(Agency::id, Function.identity()));
        Map<Long, List<Agency>> byStaff = rows.stream()
                .filter(row -> byId.containsKey(row.agencyId()))
                .collect(Collectors.groupingBy(
                        StaffMapper.OtherAgencyRow::staffId,
                        Collectors.mapping(row -> byId.get(row.agencyId()), Collectors.toList())));
        return staff.stream()
                .collect(Collectors.toMap(
                        Function.identity(), s -> byStaff.getOrDefault(s.id(), List.of()), (a, b) -> a));
    }

    @SchemaMapping(typeName = "Certificate")
    String typeLabel(Certificate certificate) {
        return CertificateTypes.label(certificate.type()).orElse(certificate.type());
    }
}
