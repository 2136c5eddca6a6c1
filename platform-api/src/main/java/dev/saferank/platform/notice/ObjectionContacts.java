package dev.saferank.platform.notice;

import dev.saferank.platform.audit.Auditing;
import dev.saferank.platform.graphql.NotFoundException;
import dev.saferank.platform.privacy.Masks;
import dev.saferank.platform.privacy.PersonalData;
import dev.saferank.platform.privacy.RevealContact;
import dev.saferank.platform.privacy.Reveals;
import dev.saferank.platform.security.Callers;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;

/** An objector's name and contact: sealed at rest, masked when read, in full for a stated reason, recorded. */
@Controller
class ObjectionContacts {

    private final NoticeMapper mapper;
    private final PersonalData personal;
    private final Reveals reveals;

    ObjectionContacts(NoticeMapper mapper, PersonalData personal, Reveals reveals) {
        this.mapper = mapper;
        this.personal = personal;
        this.reveals = reveals;
    }

    @SchemaMapping(typeName = "Objection")
    String filerName(Objection objection) {
        return Masks.name(personal.open(Objections.FILER_NAME, objection.tenantId(), objection.filerName()));
    }

    @SchemaMapping(typeName = "Objection")
    String contact(Objection objection) {
        return Masks.contact(personal.open(Objections.CONTACT, objection.tenantId(), objection.contact()));
    }

    @MutationMapping
    @PreAuthorize("hasRole('bureau-admin')")
    @Transactional
    RevealContact.Payload revealObjectionContact(
            @Argument RevealContact.Input input,
            Authentication auth,
            @ContextValue(name = Auditing.CLIENT_ADDRESS, required = false) String clientAddress) {
        String tenant = Callers.tenant(auth);
        var objection =
                mapper.findObjection(tenant, input.id()).orElseThrow(() -> new NotFoundException("异议 " + input.id()));
        return reveals.contact(
                auth,
                clientAddress,
                tenant,
                Callers.require(auth).username(),
                Objections.ENTITY,
                objection.id(),
                List.of("filerName", "contact"),
                input.reason(),
                objection.filerName() == null && objection.contact() == null
                        ? "该异议未留姓名和联系方式，或已按保存期限删除，没有可查看的个人信息"
                        : null,
                () -> new RevealContact.Contact(
                        personal.open(Objections.FILER_NAME, tenant, objection.filerName()),
                        personal.open(Objections.CONTACT, tenant, objection.contact())));
    }
}
