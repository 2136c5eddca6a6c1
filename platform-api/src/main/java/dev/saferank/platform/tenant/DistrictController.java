package dev.saferank.platform.tenant;

import dev.saferank.platform.graphql.InvalidInputException;
import dev.saferank.platform.graphql.UserError;
import dev.saferank.platform.security.Callers;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;

/** Districts of the caller's tenant: bureau admins add and rename them, inspectors read them. */
@Controller
class DistrictController {

    record AddDistrictInput(String code, String name) {}

    record RenameDistrictInput(String code, String name) {}

    record DistrictPayload(District district, List<UserError> errors) {}

    private final Districts districts;

    DistrictController(Districts districts) {
        this.districts = districts;
    }

    @QueryMapping
    @PreAuthorize("hasAnyRole('bureau-admin', 'inspector', 'county-admin', 'county-inspector')")
    List<District> districts(Authentication auth) {
        var caller = Callers.require(auth);
        List<District> all = districts.of(Callers.tenant(auth));
        // a county bureau acts on its own district only: the list its forms choose from is that one
        return caller.isCounty()
                ? all.stream()
                        .filter(d -> d.code().equals(caller.district().orElseThrow()))
                        .toList()
                : all;
    }

    @MutationMapping
    @PreAuthorize("hasRole('bureau-admin')")
    DistrictPayload addDistrict(@Argument AddDistrictInput input, Authentication auth) {
        try {
            return new DistrictPayload(
                    districts.add(
                            Callers.tenant(auth),
                            input.code(),
                            input.name(),
                            Callers.require(auth).username()),
                    List.of());
        } catch (InvalidInputException invalid) {
            return new DistrictPayload(null, invalid.errors());
        }
    }

    @MutationMapping
    @PreAuthorize("hasRole('bureau-admin')")
    DistrictPayload renameDistrict(@Argument RenameDistrictInput input, Authentication auth) {
        try {
            return new DistrictPayload(
                    districts.rename(
                            Callers.tenant(auth),
                            input.code(),
                            input.name(),
                            Callers.require(auth).username()),
                    List.of());
        } catch (InvalidInputException invalid) {
            return new DistrictPayload(null, invalid.errors());
        }
    }
}
