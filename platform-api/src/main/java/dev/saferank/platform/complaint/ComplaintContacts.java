package dev.saferank.platform.complaint;

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

/** A complainant's contact: sealed at rest, masked when read, in full for a stated reason, recorded. */
@Controller
class ComplaintContacts {

    private final ComplaintMapper mapper;
    private final PersonalData personal;
    private final Reveals reveals;

    ComplaintContacts(ComplaintMapper mapper, PersonalData personal, Reveals reveals) {
        this.mapper = mapper;
        this.personal = personal;
        this.reveals = reveals;
    }

    @SchemaMapping(typeName = "Complaint")
    String contactName(Complaint complaint) {
        return Masks.name(personal.open(Filing.CONTACT_NAME, complaint.tenantId(), complaint.contactName()));
    }

    @SchemaMapping(typeName = "Complaint")
    String contactPhone(Complaint complaint) {
        return Masks.contact(personal.open(Filing.CONTACT_PHONE, complaint.tenantId(), complaint.contactPhone()));
    }

    @MutationMapping
    @PreAuthorize("hasAnyRole('bureau-admin', 'inspector')")
    @Transactional
    RevealContact.Payload revealComplaintContact(
            @Argument RevealContact.Input input,
            Authentication auth,
            @ContextValue(name = Auditing.CLIENT_ADDRESS, required = false) String clientAddress) {
        String tenant = Callers.tenant(auth);
        var complaint = mapper.find(tenant, input.id()).orElseThrow(() -> new NotFoundException("投诉 " + input.id()));
        return reveals.contact(
                auth,
                clientAddress,
                tenant,
                Callers.require(auth).username(),
                Filing.ENTITY,
                complaint.id(),
                List.of("contactName", "contactPhone"),
                input.reason(),
                complaint.anonymous() || complaint.contactErased() ? "该投诉为匿名投诉或联系方式已按保存期限删除，没有可查看的联系方式" : null,
                () -> new RevealContact.Contact(
                        personal.open(Filing.CONTACT_NAME, tenant, complaint.contactName()),
                        personal.open(Filing.CONTACT_PHONE, tenant, complaint.contactPhone())));
    }
}
