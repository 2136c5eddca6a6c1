package dev.saferank.platform.finding;

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
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;

/**
 * Evidence of findings (photos, documents of what was found; a checklist violation's evidence attaches to
 * the finding it became) and of their rectifications (what the agency did): the finding's permissions —
 * the tenant's bureau and inspectors, the agency for its own — and every attachment in the finding's history.
 */
@Controller
class FindingEvidence {

    static final String FINDING = "finding";
    static final String RECTIFICATION = "rectification";

    private final Evidence evidence;

    FindingEvidence(Evidence evidence) {
        this.evidence = evidence;
    }

    @BatchMapping(typeName = "Finding")
    Map<Finding, List<EvidenceFile>> attachments(List<Finding> findings, Principal principal) {
        return byFinding(findings, FINDING, principal);
    }

    @BatchMapping(typeName = "Finding")
    Map<Finding, List<EvidenceFile>> rectificationAttachments(List<Finding> findings, Principal principal) {
        return byFinding(findings, RECTIFICATION, principal);
    }

    private Map<Finding, List<EvidenceFile>> byFinding(List<Finding> findings, String type, Principal principal) {
        Map<Long, List<EvidenceFile>> files = evidence.of(
                Callers.tenant((Authentication) principal),
                type,
                findings.stream().map(Finding::id).distinct().toList());
        Map<Finding, List<EvidenceFile>> out = new HashMap<>();
        findings.forEach(f -> out.put(f, files.getOrDefault(f.id(), List.of())));
        return out;
    }

    @Configuration(proxyBeanMethods = false)
    static class Owners {

        @Bean
        EvidenceOwner findingEvidenceOwner(VisibleFindings visible, History history) {
            return new Owner(FINDING, visible, history, null);
        }

        @Bean
        EvidenceOwner rectificationEvidenceOwner(
                VisibleFindings visible, History history, RectificationMapper rectifications) {
            return new Owner(RECTIFICATION, visible, history, rectifications);
        }
    }

    /** A finding (or its rectification) as the owner of evidence. */
    record Owner(String type, VisibleFindings visible, History history, RectificationMapper rectifications)
            implements EvidenceOwner {

        @Override
        public boolean canSee(Caller caller, String tenant, long ownerId, String part) {
            return visible.find(caller, tenant, ownerId).isPresent();
        }

        @Override
        public boolean canAttach(Caller caller, String tenant, long ownerId, String part) {
            if (rectifications != null
                    && rectifications.byFindings(tenant, List.of(ownerId)).isEmpty()) {
                return false;
            }
            // the bureau's staff to any finding; an agency user to its own (visibility above)
            return canSee(caller, tenant, ownerId, part);
        }

        @Override
        public void attached(String tenant, long ownerId, String part, EvidenceFile file, String actor) {
            history.record(
                    tenant,
                    "finding",
                    ownerId,
                    "evidenceAttached",
                    actor,
                    (rectifications != null ? "整改材料：" : "证据材料：") + file.fileName(),
                    Map.of("evidenceId", file.id(), "fileName", file.fileName(), "sha256", file.sha256()));
        }
    }
}
