package dev.saferank.platform.notice;

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
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;

/**
 * Evidence of an objection: the agency that filed it attaches what supports it, the bureau what it
 * checked. Seen by the tenant's bureau admins (who decide objections) and the agency user who filed it;
 * each attachment is kept in the objection's history. (An anonymous member of the public cannot attach:
 * there is no account to bind a file to.)
 */
@Controller
class ObjectionEvidence implements EvidenceOwner {

    private final NoticeMapper mapper;
    private final History history;
    private final Evidence evidence;

    ObjectionEvidence(
            NoticeMapper mapper, History history, @org.springframework.context.annotation.Lazy Evidence evidence) {
        this.mapper = mapper;
        this.history = history;
        this.evidence = evidence;
    }

    @Override
    public String type() {
        return "objection";
    }

    @Override
    public boolean canSee(Caller caller, String tenant, long ownerId, String part) {
        return mapper.findObjection(tenant, ownerId)
                .filter(o -> caller.hasRole("bureau-admin")
                        || (caller.hasRole("agency-user") && caller.username().equals(o.filedBy())))
                .isPresent();
    }

    @Override
    public boolean canAttach(Caller caller, String tenant, long ownerId, String part) {
        return canSee(caller, tenant, ownerId, part);
    }

    @Override
    public void attached(String tenant, long ownerId, String part, EvidenceFile file, String actor) {
        history.record(
                tenant,
                Objections.ENTITY,
                ownerId,
                "evidenceAttached",
                actor,
                "附件：" + file.fileName(),
                Map.of("evidenceId", file.id(), "sha256", file.sha256()));
    }

    @BatchMapping(typeName = "Objection")
    Map<Objection, List<EvidenceFile>> attachments(List<Objection> objections, Principal principal) {
        Map<Long, List<EvidenceFile>> files = evidence.of(
                Callers.tenant((Authentication) principal),
                type(),
                objections.stream().map(Objection::id).distinct().toList());
        Map<Objection, List<EvidenceFile>> out = new HashMap<>();
        objections.forEach(o -> out.put(o, files.getOrDefault(o.id(), List.of())));
        return out;
    }
}
