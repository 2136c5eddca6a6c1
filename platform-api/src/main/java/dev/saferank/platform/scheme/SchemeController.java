package dev.saferank.platform.scheme;

import dev.saferank.platform.audit.Auditing;
import dev.saferank.platform.graphql.InvalidInputException;
import dev.saferank.platform.graphql.UserError;
import dev.saferank.platform.history.Change;
import dev.saferank.platform.history.History;
import dev.saferank.platform.security.Callers;
import dev.saferank.rating.audit.AuditAction;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
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
    private final Auditing auditing;

    SchemeController(Schemes schemes, History history, Auditing auditing) {
        this.schemes = schemes;
        this.history = history;
        this.auditing = auditing;
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
            List<SurveyChoice> choices,
            java.math.BigDecimal passMark) {}

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
                                        .toList(),
                                e.getValue().passMark().orElse(null)))
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
    SchemeVersionPayload uploadScheme(
            @Argument UploadSchemeInput input,
            Authentication auth,
            @ContextValue(name = Auditing.CLIENT_ADDRESS, required = false) String clientAddress) {
        try {
            var caller = Callers.require(auth);
            String tenant = Callers.tenant(auth);
            return new SchemeVersionPayload(
                    auditing.audited(
                            auth,
                            clientAddress,
                            AuditAction.SCHEME_UPLOADED,
                            () -> schemes.upload(tenant, input.source(), caller.username()),
                            v -> Auditing.Target.of("scheme", v.version()).with("year", v.year())),
                    List.of());
        } catch (InvalidInputException invalid) {
            return new SchemeVersionPayload(null, invalid.errors());
        }
    }

    @MutationMapping
    @PreAuthorize("hasRole('bureau-admin')")
    SchemeVersionPayload activateScheme(
            @Argument ActivateSchemeInput input,
            Authentication auth,
            @ContextValue(name = Auditing.CLIENT_ADDRESS, required = false) String clientAddress) {
        String tenant = Callers.tenant(auth);
        try {
            String active = auditing.audited(
                    auth,
                    clientAddress,
                    AuditAction.SCHEME_ACTIVATED,
                    () -> schemes.activate(
                            tenant,
                            input.year(),
                            input.version(),
                            Callers.require(auth).username()),
                    v -> Auditing.Target.of("scheme", v).with("year", input.year()));
            return new SchemeVersionPayload(schemes.version(tenant, active).orElseThrow(), List.of());
        } catch (InvalidInputException invalid) {
            return new SchemeVersionPayload(null, invalid.errors());
        }
    }
}
