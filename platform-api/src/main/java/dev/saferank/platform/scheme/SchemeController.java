package dev.saferank.platform.scheme;

import dev.saferank.platform.graphql.InvalidInputException;
import dev.saferank.platform.graphql.UserError;
import dev.saferank.platform.history.Change;
import dev.saferank.platform.history.History;
import dev.saferank.platform.security.Callers;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;

/** Scheme versions over GraphQL: bureau admins upload and activate, inspectors read. */
@Controller
class SchemeController {

    record ValidateSchemeInput(String source) {}

    record ValidateSchemePayload(boolean valid, List<UserError> errors) {}

    record UploadSchemeInput(String source) {}

    record ActivateSchemeInput(String version, int year) {}

    record SchemeVersionPayload(SchemeVersion schemeVersion, List<UserError> errors) {}

    private final Schemes schemes;
    private final History history;

    SchemeController(Schemes schemes, History history) {
        this.schemes = schemes;
        this.history = history;
    }

    @QueryMapping
    @PreAuthorize("hasAnyRole('bureau-admin', 'inspector')")
    List<SchemeVersion> schemeVersions(Authentication auth) {
        return schemes.versions(Callers.tenant(auth));
    }

    @QueryMapping
    @PreAuthorize("hasAnyRole('bureau-admin', 'inspector', 'agency-user')")
    SchemeVersion activeScheme(@Argument int year, Authentication auth) {
        String tenant = Callers.tenant(auth);
        return schemes.active(tenant, year)
                .flatMap(active -> schemes.version(tenant, active.version()))
                .orElse(null);
    }

    @SchemaMapping(typeName = "SchemeVersion")
    List<Change> history(SchemeVersion version, Authentication auth) {
        return history.of(Callers.tenant(auth), "scheme", version.version());
    }

    record DeclaredMeasurement(
            String name,
            String wording,
            java.math.BigDecimal min,
            java.math.BigDecimal max,
            List<String> groups,
            Integer questions,
            List<SurveyChoice> choices) {}

    record SurveyChoice(String letter, java.math.BigDecimal points) {}

    @SchemaMapping(typeName = "SchemeVersion")
    List<DeclaredMeasurement> measurements(SchemeVersion version, Authentication auth) {
        return schemes.compiledVersion(Callers.tenant(auth), version.version())
                .map(active -> active.scheme().measurements().entrySet().stream()
                        .map(e -> new DeclaredMeasurement(
                                e.getKey(),
                                e.getValue().wording(),
                                e.getValue().min().orElse(null),
                                e.getValue().max().orElse(null),
                                e.getValue().groups(),
                                e.getValue().questions().orElse(null),
                                e.getValue().choices().entrySet().stream()
                                        .map(c -> new SurveyChoice(c.getKey(), c.getValue()))
                                        .toList()))
                        .toList())
                .orElse(List.of());
    }

    @MutationMapping
    @PreAuthorize("hasRole('bureau-admin')")
    ValidateSchemePayload validateScheme(@Argument ValidateSchemeInput input, Authentication auth) {
        try {
            schemes.validate(Callers.tenant(auth), input.source());
            return new ValidateSchemePayload(true, List.of());
        } catch (InvalidInputException invalid) {
            return new ValidateSchemePayload(false, invalid.errors());
        }
    }

    @MutationMapping
    @PreAuthorize("hasRole('bureau-admin')")
    SchemeVersionPayload uploadScheme(@Argument UploadSchemeInput input, Authentication auth) {
        try {
            var caller = Callers.require(auth);
            return new SchemeVersionPayload(
                    schemes.upload(Callers.tenant(auth), input.source(), caller.username()), List.of());
        } catch (InvalidInputException invalid) {
            return new SchemeVersionPayload(null, invalid.errors());
        }
    }

    @MutationMapping
    @PreAuthorize("hasRole('bureau-admin')")
    SchemeVersionPayload activateScheme(@Argument ActivateSchemeInput input, Authentication auth) {
        String tenant = Callers.tenant(auth);
        try {
            String active = schemes.activate(
                    tenant, input.year(), input.version(), Callers.require(auth).username());
            return new SchemeVersionPayload(schemes.version(tenant, active).orElseThrow(), List.of());
        } catch (InvalidInputException invalid) {
            return new SchemeVersionPayload(null, invalid.errors());
        }
    }
}
