package dev.saferank.platform.draw;

import dev.saferank.platform.draw.CandidateFile.Candidate;
import dev.saferank.platform.draw.CandidateFile.Quota;
import dev.saferank.platform.graphql.InvalidInputException;
import dev.saferank.platform.graphql.UserError;
import dev.saferank.platform.history.History;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Commits, reveals and cancels draws. A commit freezes the candidate list and publishes the SHA-256 of a
 * fresh 256-bit seed, which is returned once and not stored; the reveal takes the seed back, refuses one
 * whose SHA-256 is not the commitment, draws and stores the result. Drawn served enterprises become the
 * year's sampled enterprises (status 'drawn' until their on-site check is recorded). Everything is checked
 * before anything is written.
 */
@Service
class Draws {

    static final String ENTITY = "draw";
    static final Map<String, String> KINDS = Map.of(
            "agencies", "检查对象（机构）",
            "enterprises", "服务企业",
            "reports", "技术服务报告",
            "staff", "技术人员",
            "inspectors", "检查人员");
    /** The quota modes each kind allows. */
    private static final Map<String, Set<String>> MODES = Map.of(
            "agencies", Set.of("total"),
            "enterprises", Set.of("perGroup"),
            "reports", Set.of("total", "perGroup"),
            "staff", Set.of("percent", "perGroup"),
            "inspectors", Set.of("perGroup"));

    private static final ZoneId BUREAU_ZONE = ZoneId.of("Asia/Shanghai");
    private static final SecureRandom RANDOM = new SecureRandom();

    record CommitInput(
            Integer year,
            String kind,
            String title,
            String quotaMode,
            Integer quotaValue,
            String weighting,
            String category,
            String districtCode,
            Long sourceDrawId) {}

    /** A committed draw and its seed, which the platform does not keep. */
    record Committed(Draw draw, String seed) {}

    private final JdbcTemplate jdbc;
    private final DrawRows rows;
    private final DrawCandidates candidates;
    private final History history;

    Draws(JdbcTemplate jdbc, DrawRows rows, DrawCandidates candidates, History history) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.candidates = candidates;
        this.history = history;
    }

    @Transactional
    Committed commit(String tenant, CommitInput in, String actor) {
        int thisYear = LocalDate.now(BUREAU_ZONE).getYear();
        if (in.year() == null || in.year() < 2000 || in.year() > thisYear + 1) {
            throw new InvalidInputException("input.year", "INVALID_YEAR", "年度须在 2000 到 " + (thisYear + 1) + " 之间");
        }
        int year = in.year();
        if (in.kind() == null || !KINDS.containsKey(in.kind())) {
            throw new InvalidInputException("input.kind", "INVALID_KIND", "请选择抽取对象：机构、服务企业、技术服务报告、技术人员或检查人员");
        }
        List<UserError> errors = new ArrayList<>();
        String title = in.title() == null ? "" : in.title().strip();
        if (title.isEmpty() || title.length() > 200) {
            errors.add(UserError.of("input.title", "INVALID_TITLE", "请填写抽取事项名称（至多 200 字）"));
        }
        String mode = in.quotaMode() == null ? "" : in.quotaMode();
        if (!MODES.get(in.kind()).contains(mode)) {
            errors.add(UserError.of("input.quotaMode", "INVALID_QUOTA_MODE", quotaModeHint(in.kind())));
        }
        int value = in.quotaValue() == null ? 0 : in.quotaValue();
        if (mode.equals("percent") && (value < 1 || value > 100)) {
            errors.add(UserError.of("input.quotaValue", "INVALID_QUOTA", "抽取比例须在 1% 到 100% 之间"));
        } else if (in.kind().equals("inspectors") && value < 2) {
            errors.add(UserError.of("input.quotaValue", "TOO_FEW_INSPECTORS", "每个检查对象至少抽取 2 名检查人员"));
        } else if (value < 1 || value > 10_000) {
            errors.add(UserError.of("input.quotaValue", "INVALID_QUOTA", "抽取数量须在 1 到 10000 之间"));
        }
        String weighting = in.weighting() == null ? "none" : in.weighting();
        if (!Set.of("none", "complaints", "lastGrade").contains(weighting)) {
            errors.add(UserError.of("input.weighting", "INVALID_WEIGHTING", "加权方式须为不加权、按投诉举报或按上年度等级"));
        } else if (!weighting.equals("none") && !in.kind().equals("agencies")) {
            errors.add(UserError.of("input.weighting", "WEIGHTING_AGENCIES_ONLY", "只有抽取检查对象（机构）时可以加权"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        var filters = new DrawCandidates.Filters(blankToNull(in.category()), blankToNull(in.districtCode()));
        Long source = null;
        List<Candidate> list;
        switch (in.kind()) {
            case "agencies" -> list = candidates.agencies(tenant, year, filters, weighting);
            case "enterprises" -> list = candidates.enterprises(tenant, year, filters);
            case "reports" -> list = candidates.reports(tenant, year, filters, mode.equals("perGroup"));
            case "staff" -> list = candidates.staff(tenant, filters);
            default -> {
                Draw objects = sourceDraw(tenant, in.sourceDrawId());
                source = objects.id();
                list = candidates.inspectors(tenant, drawnAgencies(tenant, objects));
            }
        }
        if (list.isEmpty()) {
            throw new InvalidInputException(
                    "input.kind", "EMPTY_LIST", "抽取名单为空：没有符合条件的" + KINDS.get(in.kind()) + "，不能抽取");
        }
        Quota quota = new Quota(mode, value);
        if (mode.equals("total") && value > list.size()) {
            throw new InvalidInputException(
                    "input.quotaValue", "MORE_THAN_LISTED", "抽取数量 " + value + " 大于名单中的 " + list.size() + " 个");
        }
        if (in.kind().equals("inspectors")) {
            refuseShortGroups(tenant, list, value);
        }
        byte[] seed = new byte[32];
        RANDOM.nextBytes(seed);
        String commitment = DrawAlgorithm.sha256(seed);
        Map<String, String> header = new LinkedHashMap<>();
        header.put(
                "bureau",
                jdbc.queryForList("SELECT name FROM tenant WHERE id = ?", String.class, tenant).stream()
                        .findFirst()
                        .orElse(tenant));
        header.put("tenant", tenant);
        header.put("year", Integer.toString(year));
        header.put("kind", in.kind());
        header.put("title", title);
        header.put("weighting", weighting);
        if (filters.category() != null) {
            header.put("category", filters.category());
        }
        if (filters.districtCode() != null) {
            header.put("district", filters.districtCode());
        }
        if (source != null) {
            header.put("source", "draw " + source);
        }
        header.put("commitment", commitment);
        CandidateFile file = CandidateFile.of(header, quota, list);
        long id = insert(tenant, year, in.kind(), title, quota, weighting, source, file, commitment, actor);
        history.record(
                tenant,
                ENTITY,
                id,
                "committed",
                actor,
                null,
                Map.of("commitment", commitment, "listSha256", sha(file), "candidates", list.size()));
        return new Committed(rows.find(tenant, id).orElseThrow(), HexFormat.of().formatHex(seed));
    }

    @Transactional
    Draw reveal(String tenant, Draw draw, String seedHex, String actor) {
        refuseUnlessCommitted(draw, "揭示");
        byte[] seed = DrawAlgorithm.seed(seedHex)
                .orElseThrow(() -> new InvalidInputException("input.seed", "INVALID_SEED", "随机种子须为 64 位十六进制数字"));
        if (!DrawAlgorithm.sha256(seed).equals(draw.commitment())) {
            throw new InvalidInputException("input.seed", "SEED_MISMATCH", "随机种子与抽取前公布的承诺值不符（SHA-256 不一致），不能揭示");
        }
        CandidateFile file = CandidateFile.parse(rows.file(tenant, draw.id()));
        List<DrawAlgorithm.Drawn> drawn = DrawAlgorithm.draw(seed, file);
        int updated = jdbc.update(
                "UPDATE draw SET seed = ?, result = ?, status = 'revealed', revealed_by = ?, revealed_at ="
                        + " CURRENT_TIMESTAMP(3) WHERE tenant_id = ? AND id = ? AND status = 'committed'",
                HexFormat.of().formatHex(seed),
                DrawAlgorithm.resultText(drawn),
                actor,
                tenant,
                draw.id());
        if (updated == 0) {
            throw new InvalidInputException("input.id", "NOT_COMMITTED", "该抽取已揭示或已取消");
        }
        if (draw.kind().equals("enterprises")) {
            for (DrawAlgorithm.Drawn d : drawn) {
                jdbc.update(
                        "INSERT IGNORE INTO sampled_enterprise (tenant_id, agency_id, year, engagement_id, checked_on,"
                                + " status, draw_id, recorded_by) VALUES (?, ?, ?, ?, NULL, 'drawn', ?, ?)",
                        tenant,
                        Long.parseLong(d.group().substring(1)),
                        draw.year(),
                        Long.parseLong(d.candidate().substring(1)),
                        draw.id(),
                        actor);
            }
        }
        history.record(tenant, ENTITY, draw.id(), "revealed", actor, null, Map.of("drawn", drawn.size()));
        return rows.find(tenant, draw.id()).orElseThrow();
    }

    @Transactional
    Draw cancel(String tenant, Draw draw, String reason, String actor) {
        refuseUnlessCommitted(draw, "取消");
        String why = reason == null ? "" : reason.strip();
        if (why.length() < 2 || why.length() > 500) {
            throw new InvalidInputException("input.reason", "REQUIRED", "请填写取消原因（2–500 字），原因将随抽取记录公开");
        }
        jdbc.update(
                "UPDATE draw SET status = 'cancelled', cancel_reason = ? WHERE tenant_id = ? AND id = ?"
                        + " AND status = 'committed'",
                why,
                tenant,
                draw.id());
        history.record(tenant, ENTITY, draw.id(), "cancelled", actor, why, Map.of("status", "cancelled"));
        return rows.find(tenant, draw.id()).orElseThrow();
    }

    private static void refuseUnlessCommitted(Draw draw, String action) {
        if (!draw.status().equals("committed")) {
            throw new InvalidInputException(
                    "input.id",
                    "NOT_COMMITTED",
                    "该抽取" + (draw.status().equals("revealed") ? "已揭示" : "已取消") + "，不能" + action);
        }
    }

    private Draw sourceDraw(String tenant, Long id) {
        Draw objects = id == null ? null : rows.find(tenant, id).orElse(null);
        if (objects == null
                || !objects.status().equals("revealed")
                || !Set.of("agencies", "enterprises").contains(objects.kind())) {
            throw new InvalidInputException("input.sourceDrawId", "INVALID_SOURCE", "请选择已揭示的检查对象（机构）或服务企业抽取，为其抽取检查人员");
        }
        return objects;
    }

    /** The agencies a revealed object draw picked: the drawn agencies, or the agencies of drawn enterprises. */
    private List<Long> drawnAgencies(String tenant, Draw objects) {
        String result = rows.result(tenant, objects.id()).orElse("");
        return result.lines()
                .map(line -> line.split(","))
                .map(cells -> objects.kind().equals("agencies") ? cells[1] : cells[0])
                .map(ref -> Long.parseLong(ref.substring(1)))
                .distinct()
                .toList();
    }

    private void refuseShortGroups(String tenant, List<Candidate> list, int perGroup) {
        Map<String, Long> sizes = list.stream()
                .collect(Collectors.groupingBy(Candidate::group, LinkedHashMap::new, Collectors.counting()));
        List<String> shortGroups = sizes.entrySet().stream()
                .filter(e -> e.getValue() < perGroup)
                .map(Map.Entry::getKey)
                .toList();
        if (!shortGroups.isEmpty()) {
            String names =
                    String.join("、", candidates.agencyNames(tenant, shortGroups).values());
            throw new InvalidInputException(
                    "input.quotaValue",
                    "TOO_FEW_INSPECTORS",
                    "回避后可抽取的检查人员不足 " + perGroup + " 名：" + names + "，请先补充检查人员名录");
        }
    }

    private long insert(
            String tenant,
            int year,
            String kind,
            String title,
            Quota quota,
            String weighting,
            Long source,
            CandidateFile file,
            String commitment,
            String actor) {
        var keys = new GeneratedKeyHolder();
        jdbc.update(
                connection -> {
                    var s = connection.prepareStatement(
                            "INSERT INTO draw (tenant_id, year, kind, title, quota_mode, quota_value, weighting,"
                                    + " source_draw_id, candidates_count, list_file, list_sha256, commitment,"
                                    + " committed_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                            new String[] {"id"});
                    s.setString(1, tenant);
                    s.setInt(2, year);
                    s.setString(3, kind);
                    s.setString(4, title);
                    s.setString(5, quota.mode());
                    s.setInt(6, quota.value());
                    s.setString(7, weighting);
                    s.setObject(8, source);
                    s.setInt(9, file.candidates().size());
                    s.setString(10, file.text());
                    s.setString(11, sha(file));
                    s.setString(12, commitment);
                    s.setString(13, actor);
                    return s;
                },
                keys);
        return keys.getKey().longValue();
    }

    static String sha(CandidateFile file) {
        return DrawAlgorithm.sha256(file.text().getBytes(StandardCharsets.UTF_8));
    }

    private static String quotaModeHint(String kind) {
        return switch (kind) {
            case "agencies" -> "抽取机构时请填写抽取总数";
            case "enterprises" -> "抽取服务企业时请填写每个机构抽取的家数";
            case "staff" -> "抽取技术人员时请填写每个机构的抽取比例（临沂：不低于 50%）或人数";
            case "inspectors" -> "抽取检查人员时请填写每个检查对象的人数（至少 2 名）";
            default -> "请选择按总数或按每个机构抽取";
        };
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
