package dev.saferank.platform.review;

import dev.saferank.platform.graphql.InvalidInputException;
import dev.saferank.platform.graphql.UserError;
import dev.saferank.platform.history.History;
import dev.saferank.platform.scheme.Schemes;
import dev.saferank.rating.InvalidRequestException;
import dev.saferank.rating.publication.PublicationRequests;
import dev.saferank.scheme.Publication;
import dev.saferank.scheme.PublicationLists;
import dev.saferank.scheme.Scheme;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Downgrades proposed from recorded sanctions and findings, for a person to confirm (苏州 7.6.4: "机构取得星级后，受到相关行业主管
 * 部门约谈、通报批评…由评定部门…及时降低或取消其评定等级，并予以公告"; 佛山 四（二）: "评定年度内发现违法违规行为的，一律取消
 * 标杆机构称号"). A proposal is derived, never stored: an active sanction decided on or after the publication date
 * of the latest (not superseded) publication that lists the agency, under a scheme with a downgrade rule that
 * still lowers the agency's standing, without a decision. A city that records a kind of sanction as a finding
 * (佛山 sanctionsAsFindings: 不良信息 → 9.1) gets the same proposal from a confirmed finding under that rule observed
 * on or after the publication date; a finding still a draft, disputed or withdrawn proposes nothing (and a
 * proposal it made goes away with it). Confirming queues the downgrade publication through the rating module;
 * dismissing keeps the reason. A decision names its source: the sanction or the finding (V162).
 */
@Service
class DowngradeProposals {

    /** The sanctions 苏州 7.6.4 names (约谈, 通报批评); 佛山's 违法违规行为 also counts 不良信息 and 立案处罚. */
    private static final Set<String> LOWER_GRADE_TYPES = Set.of("interview", "circular");

    private static final Set<String> REVOKE_TYPES = Set.of("interview", "circular", "badRecord", "penaltyCase");

    private static final Map<String, String> TYPE_LABELS =
            Map.of("interview", "约谈", "circular", "通报批评", "badRecord", "不良信息", "penaltyCase", "立案处罚");

    /** What a proposal comes from: a sanction or a finding (佛山 9.1 不良信息), by id. */
    record Source(String kind, long id) {

        static final String SANCTION = "sanction";
        static final String FINDING = "finding";

        String field() {
            return kind.equals(SANCTION) ? "input.sanctionId" : "input.findingId";
        }
    }

    /**
     * @param source sanction or finding
     * @param sanction the kind of event: 约谈, 通报批评, 不良信息, 立案处罚 (a finding: the sanction type its rule stands for)
     * @param decidedOn a finding: the day observed
     * @param issuer a finding: empty
     * @param sanctionReason a finding: its evidence
     * @param findingRule a finding: its rule's code and the scheme's words (佛山 "9.1 不良信息一次扣10分")
     */
    record Proposal(
            String source,
            Long sanctionId,
            Long findingId,
            long publicationId,
            int year,
            long agencyId,
            String agencyName,
            String sanction,
            LocalDate decidedOn,
            String issuer,
            String sanctionReason,
            String publishedGrade,
            String proposedGrade,
            String rule,
            String schemeVersion,
            String findingRule) {

        Source key() {
            return new Source(source, sanctionId != null ? sanctionId : findingId);
        }
    }

    /** A sanction or finding after a publication listing its agency; type: the sanction type, or the rule code. */
    private record Candidate(
            Source source,
            long publicationId,
            int year,
            long agencyId,
            String agencyName,
            String type,
            LocalDate decidedOn,
            String issuer,
            String reason,
            String publishedGrade,
            String lists,
            String schemeVersion) {}

    /** A confirmed downgrade: the publication queued, and the bar it brought (佛山), if any. */
    record Confirmed(long publicationId, RatingBars.Bar bar) {}

    private final JdbcTemplate jdbc;
    private final Schemes schemes;
    private final PublicationRequests publications;
    private final History history;
    private final RatingBars bars;

    DowngradeProposals(
            JdbcTemplate jdbc, Schemes schemes, PublicationRequests publications, History history, RatingBars bars) {
        this.jdbc = jdbc;
        this.schemes = schemes;
        this.publications = publications;
        this.history = history;
        this.bars = bars;
    }

    List<Proposal> open(String tenant) {
        return candidates(tenant, null, null).stream()
                .map(c -> proposal(tenant, c))
                .flatMap(Optional::stream)
                .toList();
    }

    /**
     * Confirms a proposal: the downgrade publication is queued; a revocation under a scheme with a bar (佛山 四（二）
     * "一律取消标杆机构称号，一年内不再作为标杆机构候选单位") also bars the agency from the next year's rating.
     */
    @Transactional
    Confirmed confirm(String tenant, Source source, long publicationId, String actor) {
        Proposal p = require(tenant, source, publicationId);
        String reason = source.kind().equals(Source.FINDING)
                ? p.decidedOn() + " 检查发现" + p.sanction() + "（" + p.findingRule() + "）：" + p.sanctionReason()
                : p.decidedOn() + " " + p.issuer() + p.sanction() + "：" + p.sanctionReason();
        if (reason.length() > 480) {
            reason = reason.substring(0, 480) + "…";
        }
        long downgrade;
        try {
            downgrade = publications.downgrade(tenant, actor, publicationId, p.agencyId(), reason);
        } catch (InvalidRequestException refused) {
            throw new InvalidInputException(
                    List.of(UserError.of(refused.field(), refused.code(), refused.getMessage())));
        }
        decide(tenant, p, "confirmed", reason, downgrade, actor);
        Optional<Publication> rules = schemes.compiledVersion(tenant, p.schemeVersion())
                .map(a -> a.scheme())
                .flatMap(Scheme::publication);
        boolean revoke = rules.flatMap(Publication::downgrade)
                .map(d -> d.action() == Publication.Downgrade.Action.REVOKE)
                .orElse(false);
        Optional<Publication.Bar> barRule = rules.flatMap(Publication::bar);
        if (!revoke || barRule.isEmpty()) {
            return new Confirmed(downgrade, null);
        }
        RatingBars.Bar bar = bars.afterRevocation(
                tenant,
                actor,
                p.agencyId(),
                barRule.get(),
                p.year() + 1,
                reason,
                p.sanctionId(),
                p.findingId(),
                downgrade);
        return new Confirmed(downgrade, bar);
    }

    @Transactional
    void dismiss(String tenant, Source source, long publicationId, String reason, String actor) {
        Proposal p = require(tenant, source, publicationId);
        String why = reason == null ? "" : reason.strip();
        if (why.length() < 2 || why.length() > 500) {
            throw new InvalidInputException("input.reason", "INVALID_REASON", "请填写不予降级的理由（2–500 字）");
        }
        decide(tenant, p, "dismissed", why, null, actor);
    }

    /** What became of a sanction under 7.6.4: proposed (not decided yet), confirmed or dismissed, per publication. */
    record SanctionDowngrade(
            long publicationId,
            int year,
            String status,
            String publishedGrade,
            String proposedGrade,
            String reason,
            Long downgradePublicationId,
            String rule) {}

    /** The proposals and decisions a recorded sanction led to (苏州 7.6.4, 佛山 四（二）), oldest publication first. */
    List<SanctionDowngrade> ofSanction(String tenant, long sanctionId) {
        List<SanctionDowngrade> out = new java.util.ArrayList<>(jdbc.query(
                "SELECT d.publication_id, p.year, d.decision, d.reason, d.downgrade_publication_id FROM downgrade_decision d"
                        + " JOIN publication p ON p.tenant_id = d.tenant_id AND p.id = d.publication_id"
                        + " WHERE d.tenant_id = ? AND d.sanction_id = ? ORDER BY d.publication_id",
                (rs, n) -> new SanctionDowngrade(
                        rs.getLong(1),
                        rs.getInt(2),
                        rs.getString(3),
                        null,
                        null,
                        rs.getString(4),
                        rs.getObject(5, Long.class),
                        null),
                tenant,
                sanctionId));
        candidates(tenant, new Source(Source.SANCTION, sanctionId), null).stream()
                .map(c -> proposal(tenant, c))
                .flatMap(Optional::stream)
                .forEach(p -> out.add(new SanctionDowngrade(
                        p.publicationId(),
                        p.year(),
                        "proposed",
                        p.publishedGrade(),
                        p.proposedGrade(),
                        null,
                        null,
                        p.rule())));
        return out;
    }

    private Proposal require(String tenant, Source source, long publicationId) {
        return candidates(tenant, source, publicationId).stream()
                .map(c -> proposal(tenant, c))
                .flatMap(Optional::stream)
                .findFirst()
                .orElseThrow(
                        () -> new InvalidInputException(source.field(), "NO_PROPOSAL", "没有待确认的该项降级建议（可能已处理，或公布已被更正）"));
    }

    private void decide(String tenant, Proposal p, String decision, String reason, Long downgrade, String actor) {
        jdbc.update(
                "INSERT INTO downgrade_decision (tenant_id, sanction_id, finding_id, publication_id, agency_id, decision,"
                        + " reason, downgrade_publication_id, decided_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                tenant,
                p.sanctionId(),
                p.findingId(),
                p.publicationId(),
                p.agencyId(),
                decision,
                reason,
                downgrade,
                actor);
        // a sanction's proposal keeps its history key (sanctionId:publicationId); a finding's is finding-<id>:<pub>
        history.record(
                tenant,
                "downgradeProposal",
                (p.findingId() != null ? "finding-" + p.findingId() : String.valueOf(p.sanctionId())) + ":"
                        + p.publicationId(),
                decision,
                actor,
                reason,
                downgrade == null ? Map.of() : Map.of("downgradePublicationId", downgrade));
    }

    /** The scheme's rule applied to one candidate: a proposal when the rule lowers the standing. */
    private Optional<Proposal> proposal(String tenant, Candidate c) {
        Optional<Scheme> scheme =
                schemes.compiledVersion(tenant, c.schemeVersion()).map(a -> a.scheme());
        Optional<Publication.Downgrade> rule =
                scheme.flatMap(Scheme::publication).flatMap(Publication::downgrade);
        if (rule.isEmpty()) {
            return Optional.empty();
        }
        Set<String> types =
                rule.get().action() == Publication.Downgrade.Action.REVOKE ? REVOKE_TYPES : LOWER_GRADE_TYPES;
        boolean finding = c.source().kind().equals(Source.FINDING);
        // a finding stands for the sanction type the scheme records under its rule (佛山 badRecord → 9.1)
        String type = finding
                ? scheme.get().sanctionsAsFindings().entrySet().stream()
                        .filter(e -> e.getValue().equals(c.type()))
                        .map(e -> e.getKey().id())
                        .findFirst()
                        .orElse(null)
                : c.type();
        if (type == null || !types.contains(type)) {
            return Optional.empty();
        }
        String findingRule = finding
                ? c.type()
                        + scheme.get()
                                .rule(c.type())
                                .map(r -> " " + r.wording())
                                .orElse("")
                : null;
        List<String> lists = PublicationRequests.codes(c.lists());
        return PublicationLists.downgrade(scheme.get(), c.publishedGrade(), lists)
                .map(lower -> new Proposal(
                        c.source().kind(),
                        finding ? null : c.source().id(),
                        finding ? c.source().id() : null,
                        c.publicationId(),
                        c.year(),
                        c.agencyId(),
                        c.agencyName(),
                        TYPE_LABELS.get(type),
                        c.decidedOn(),
                        c.issuer(),
                        c.reason(),
                        c.publishedGrade(),
                        rule.get().action() == Publication.Downgrade.Action.REVOKE
                                ? "取消"
                                        + scheme.get()
                                                .publication()
                                                .flatMap(pub -> pub.list(
                                                        rule.get().list().orElseThrow()))
                                                .map(l -> l.title())
                                                .orElse("")
                                        + "称号"
                                : "降为" + lower.grade(),
                        rule.get().wording(),
                        c.schemeVersion(),
                        findingRule));
    }

    /** The publications a proposal can be against: published, listing the agency, nothing superseding them. */
    private static final String STANDING =
            " JOIN publication_entry e ON e.tenant_id = a.tenant_id AND e.agency_id = a.id"
                    + " JOIN publication p ON p.tenant_id = e.tenant_id AND p.id = e.publication_id"
                    + " JOIN rating_run r ON r.tenant_id = p.tenant_id AND r.id = p.run_id"
                    + " WHERE p.status = 'published' AND (? IS NULL OR p.id = ?)"
                    + " AND NOT EXISTS (SELECT 1 FROM publication q WHERE q.tenant_id = p.tenant_id"
                    + " AND q.supersedes_id = p.id AND q.status IN ('queued', 'running', 'published'))";

    /** Sanctions, then findings (both in date order) after the publications listing their agencies, undecided. */
    private List<Candidate> candidates(String tenant, Source only, Long publicationId) {
        List<Candidate> out = new java.util.ArrayList<>();
        if (only == null || only.kind().equals(Source.SANCTION)) {
            Long id = only == null ? null : only.id();
            out.addAll(jdbc.query(
                    "SELECT s.id, p.id, p.year, s.agency_id, a.name, s.type, s.decided_on, s.issuer, s.reason,"
                            + " e.published_grade, e.lists, r.scheme_version FROM sanction s"
                            + " JOIN agency a ON a.tenant_id = s.tenant_id AND a.id = s.agency_id"
                            + STANDING
                            + " AND s.tenant_id = ? AND s.status = 'active' AND s.decided_on >= DATE(p.published_at)"
                            + " AND (? IS NULL OR s.id = ?)"
                            + " AND NOT EXISTS (SELECT 1 FROM downgrade_decision d WHERE d.tenant_id = s.tenant_id"
                            + " AND d.sanction_id = s.id AND d.publication_id = p.id)"
                            + " ORDER BY s.decided_on, s.id, p.id",
                    (rs, n) -> candidate(new Source(Source.SANCTION, rs.getLong(1)), rs),
                    publicationId,
                    publicationId,
                    tenant,
                    id,
                    id));
        }
        if (only == null || only.kind().equals(Source.FINDING)) {
            List<String> codes = findingCodes(tenant);
            if (codes.isEmpty()) {
                return out;
            }
            Long id = only == null ? null : only.id();
            // confirmed only: a draft, disputed or withdrawn finding proposes nothing
            out.addAll(jdbc.query(
                    "SELECT f.id, p.id, p.year, f.agency_id, a.name, f.rule_code,"
                            + " COALESCE(f.observed_on, DATE(f.recorded_at)), '', f.evidence,"
                            + " e.published_grade, e.lists, r.scheme_version FROM finding f"
                            + " JOIN agency a ON a.tenant_id = f.tenant_id AND a.id = f.agency_id"
                            + STANDING
                            + " AND f.tenant_id = ? AND f.status = 'confirmed' AND f.kind = 'rule'"
                            + " AND f.rule_code IN ("
                            + String.join(",", java.util.Collections.nCopies(codes.size(), "?"))
                            + ") AND COALESCE(f.observed_on, DATE(f.recorded_at)) >= DATE(p.published_at)"
                            + " AND (? IS NULL OR f.id = ?)"
                            + " AND NOT EXISTS (SELECT 1 FROM downgrade_decision d WHERE d.tenant_id = f.tenant_id"
                            + " AND d.finding_id = f.id AND d.publication_id = p.id)"
                            + " ORDER BY 7, f.id, p.id",
                    (rs, n) -> candidate(new Source(Source.FINDING, rs.getLong(1)), rs),
                    java.util.stream.Stream.of(
                                    java.util.stream.Stream.of(publicationId, publicationId, tenant),
                                    codes.stream(),
                                    java.util.stream.Stream.of(id, id))
                            .flatMap(x -> x)
                            .toArray()));
        }
        return out;
    }

    /**
     * The rule codes the schemes of the tenant's published runs record a sanction type under (佛山 9.1); the
     * proposal checks the code against the scheme of its own publication.
     */
    private List<String> findingCodes(String tenant) {
        return jdbc
                .queryForList(
                        "SELECT DISTINCT r.scheme_version FROM publication p JOIN rating_run r ON r.tenant_id ="
                                + " p.tenant_id AND r.id = p.run_id WHERE p.tenant_id = ? AND p.status = 'published'",
                        String.class,
                        tenant)
                .stream()
                .flatMap(v -> schemes.compiledVersion(tenant, v).stream())
                .flatMap(a -> a.scheme().sanctionsAsFindings().values().stream())
                .distinct()
                .sorted()
                .toList();
    }

    private static Candidate candidate(Source source, java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Candidate(
                source,
                rs.getLong(2),
                rs.getInt(3),
                rs.getLong(4),
                rs.getString(5),
                rs.getString(6),
                rs.getObject(7, LocalDate.class),
                rs.getString(8),
                rs.getString(9),
                rs.getString(10),
                rs.getString(11),
                rs.getString(12));
    }
}
