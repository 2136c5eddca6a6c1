package dev.saferank.platform.complaint;

import dev.saferank.platform.evidence.Evidence;
import dev.saferank.platform.evidence.EvidenceFile;
import dev.saferank.platform.evidence.EvidenceOwner;
import dev.saferank.platform.history.History;
import dev.saferank.platform.security.Caller;
import dev.saferank.platform.security.Callers;
import java.security.Principal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Lazy;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;

/**
 * Evidence of a complaint, gathered by the bureau while it checks it: seen and attached by the tenant's
 * bureau admins and inspectors (who handle complaints), kept in the complaint's history. The complainant's
 * own files (PublicComplaintEvidence, with the tracking code) join them, uploaded by "public".
 */
@Controller
class ComplaintEvidence implements EvidenceOwner {

    private final ComplaintMapper mapper;
    private final History history;
    private final Evidence evidence;

    ComplaintEvidence(ComplaintMapper mapper, History history, @Lazy Evidence evidence) {
        this.mapper = mapper;
        this.history = history;
        this.evidence = evidence;
    }

    static final String TYPE = "complaint";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public boolean canSee(Caller caller, String tenant, long ownerId, String part) {
        return (caller.hasRole("bureau-admin") || caller.hasRole("inspector"))
                && mapper.find(tenant, ownerId).isPresent();
    }

    @Override
    public boolean canAttach(Caller caller, String tenant, long ownerId, String part) {
        return canSee(caller, tenant, ownerId, part);
    }

    @Override
    public void attached(String tenant, long ownerId, String part, EvidenceFile file, String actor) {
        history.record(
                tenant,
                Filing.ENTITY,
                ownerId,
                "evidenceAttached",
                actor,
                "附件：" + file.fileName(),
                Map.of("evidenceId", file.id(), "sha256", file.sha256()));
    }

    @BatchMapping(typeName = "Complaint")
    Map<Complaint, List<EvidenceFile>> attachments(List<Complaint> complaints, Principal principal) {
        Map<Long, List<EvidenceFile>> files = evidence.of(
                Callers.tenant((Authentication) principal),
                type(),
                complaints.stream().map(Complaint::id).distinct().toList());
        Map<Complaint, List<EvidenceFile>> out = new HashMap<>();
        complaints.forEach(c -> out.put(c, files.getOrDefault(c.id(), List.of())));
        return out;
    }
}
