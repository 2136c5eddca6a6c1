package dev.saferank.platform.countyrating;

import dev.saferank.platform.graphql.InvalidInputException;
import dev.saferank.platform.scheme.ActiveScheme;
import dev.saferank.platform.scheme.Schemes;
import dev.saferank.platform.security.Caller;
import dev.saferank.rating.facts.AgencyYearFacts;
import dev.saferank.rating.facts.YearFacts;
import dev.saferank.scheme.Evaluation;
import dev.saferank.scheme.InvalidFactsException;
import dev.saferank.scheme.ProblemWording;
import dev.saferank.scheme.PublicationList;
import dev.saferank.scheme.PublicationLists;
import dev.saferank.scheme.RankPoints;
import dev.saferank.scheme.RankValue;
import dev.saferank.scheme.Rankings;
import dev.saferank.scheme.Scheme;
import dev.saferank.scheme.ScoringEngine;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A county bureau's own rating (区县评定) and its publication filed with the city (备案), see
 * V152__county_rating.sql. The county rates the active agencies working in its district under the city's
 * scheme active for the year, with the facts reader the preview, the what-if and the city's rating job use
 * and the engine's own rank points and ranking (as the job: rank values of the eligible agencies first),
 * ranked within the district; the lists are cut from the district's ranking by the scheme's publication
 * rules ({@link PublicationLists}, as the publication job cuts the city's). Every statement binds the tenant
 * and, for a county caller, the district from its token; another district's rating is as missing.
 */
@Service
public class CountyRatings {

    /** A rating as listed. */
    public record Rating(
            long id,
            String districtCode,
            String districtName,
            int year,
            String schemeVersion,
            String status,
            int agencies,
            int ranked,
            int incomplete,
            String ratedBy,
            Instant ratedAt,
            String filedBy,
            Instant filedAt,
            Long supersedesId,
            Long supersededById,
            String checksum) {

        public boolean filed() {
            return "filed".equals(status);
        }
    }

    /** One agency of a rating. */
    public record Entry(
            long agencyId,
            String agencyName,
            String creditCode,
            String category,
            String exclusion,
            String problems,
            BigDecimal total,
            String grade,
            List<String> vetoes,
            Integer rank,
            List<String> lists) {}

    /** A county's filing as the public reads it: the district, when filed, and the public lists only. */
    public record PublicRating(
            long id,
            String districtCode,
            String districtName,
            int year,
            Instant filedAt,
            String checksum,
            List<PublicList> lists) {}

    /** A public list of a filing with the agencies on it (no agency ids, no facts, no problems). */
    public record PublicList(String title, String wording, List<PublicEntry> agencies) {}

    /** An agency on a public list of a filing, with its 统一社会信用代码. */
    public record PublicEntry(String agencyName, String creditCode, BigDecimal total, String grade, Integer rank) {}

    /** A list of the scheme's publication rules with the agencies the rating names on it. */
    public record NamedList(String code, String title, String wording, boolean isPublic, List<Entry> agencies) {}

    private static final String COLUMNS = "r.id, r.district_code, COALESCE(d.name, r.district_code), r.year,"
            + " r.scheme_version, r.status, r.agencies, r.ranked, r.incomplete, r.rated_by, r.rated_at, r.filed_by,"
            + " r.filed_at, r.supersedes_id,"
            + " (SELECT MIN(s.id) FROM county_rating s WHERE s.tenant_id = r.tenant_id AND s.supersedes_id = r.id),"
            + " r.checksum FROM county_rating r LEFT JOIN district d ON d.tenant_id = r.tenant_id"
            + " AND d.code = r.district_code";

    private static final RowMapper<Rating> RATING = (rs, n) -> new Rating(
            rs.getLong(1),
            rs.getString(2),
            rs.getString(3),
            rs.getInt(4),
            rs.getString(5),
            rs.getString(6),
            rs.getInt(7),
            rs.getInt(8),
            rs.getInt(9),
            rs.getString(10),
            instant(rs.getTimestamp(11)),
            rs.getString(12),
            instant(rs.getTimestamp(13)),
            rs.getObject(14, Long.class),
            rs.getObject(15, Long.class),
            rs.getString(16));

    private static final RowMapper<Entry> ENTRY = (rs, n) -> new Entry(
            rs.getLong("agency_id"),
            rs.getString("agency_name"),
            rs.getString("credit_code"),
            rs.getString("category"),
            rs.getString("exclusion_code"),
            rs.getString("problems"),
            plain(rs.getBigDecimal("total")),
            rs.getString("grade"),
            split(rs.getString("veto_codes")),
            rs.getObject("overall_rank", Integer.class),
            split(rs.getString("lists")));

    private final JdbcTemplate jdbc;
    private final Schemes schemes;
    private final YearFacts facts;

    CountyRatings(JdbcTemplate jdbc, Schemes schemes, YearFacts facts) {
        this.jdbc = jdbc;
        this.schemes = schemes;
        this.facts = facts;
    }

    /**
     * Rates the county's district for a year as a draft. Refused, with nothing written: a year out of range,
     * no scored scheme with publication rules active for it, no active agency working in the district.
     */
    @Transactional
    public Rating rate(Caller caller, String tenant, int year) {
        String district = county(caller);
        if (year < 2000 || year > 2100) {
            throw new InvalidInputException("input.year", "INVALID_YEAR", "年度须在 2000 到 2100 之间");
        }
        ActiveScheme active = schemes.active(tenant, year)
                .orElseThrow(() ->
                        new InvalidInputException("input.year", "NO_ACTIVE_SCHEME", year + " 年度市局没有启用的考评方案，不能评定"));
        if (active.scoring().isEmpty()) {
            throw new InvalidInputException("input.year", "NOT_SCORED", "方案版本 " + active.version() + " 只有检查表，不计分，不能评定");
        }
        Scheme scheme = active.scheme();
        if (scheme.publication().isEmpty()) {
            throw new InvalidInputException("input.year", "NO_PUBLICATION_RULES", year + " 年度考评方案未规定公布规则，无法评定公布");
        }
        ScoringEngine engine = active.engine();
        List<Long> ids = jdbc.queryForList(
                "SELECT a.id FROM agency a JOIN agency_district ad ON ad.tenant_id = a.tenant_id AND ad.agency_id = a.id"
                        + " WHERE a.tenant_id = ? AND ad.district_code = ? AND a.status = 'active' ORDER BY a.id",
                Long.class,
                tenant,
                district);
        if (ids.isEmpty()) {
            throw new InvalidInputException(
                    "input.year", "NO_AGENCIES", "本辖区（" + districtName(tenant, district) + "）没有在册的服务机构，无法评定");
        }
        List<AgencyYearFacts> population = facts.ofAgencies(tenant, ids, year, scheme);
        Map<Long, String> creditCodes = new HashMap<>();
        jdbc.query(
                "SELECT a.id, a.credit_code FROM agency a JOIN agency_district ad ON ad.tenant_id = a.tenant_id"
                        + " AND ad.agency_id = a.id WHERE a.tenant_id = ? AND ad.district_code = ?",
                rs -> {
                    creditCodes.put(rs.getLong(1), rs.getString(2));
                },
                tenant,
                district);

        // first pass, as the job: the rank values of the eligible agencies (苏州 20 业务量排名 within the district)
        List<RankValue> values = new ArrayList<>();
        Map<Long, String> problems = new HashMap<>();
        for (AgencyYearFacts agency : population) {
            try {
                values.addAll(engine.rankValues(agency.facts()));
            } catch (InvalidFactsException incomplete) {
                Set<String> words = new LinkedHashSet<>();
                incomplete.problems().forEach(p -> words.add(ProblemWording.chinese(p, scheme)));
                problems.put(agency.agencyId(), String.join("；", words));
            }
        }
        RankPoints points = engine.hasRankRules() ? engine.rankPoints(values) : RankPoints.NONE;

        record Rated(AgencyYearFacts agency, Evaluation evaluation) {}
        List<Rated> rated = new ArrayList<>();
        List<Rankings.Rated> ranked = new ArrayList<>();
        for (AgencyYearFacts agency : population) {
            if (problems.containsKey(agency.agencyId())) {
                rated.add(new Rated(agency, null));
                continue;
            }
            Evaluation e = engine.evaluate(agency.facts(), points);
            rated.add(new Rated(agency, e));
            if (e.exclusion().isEmpty() && e.total().isPresent()) {
                ranked.add(new Rankings.Rated(
                        String.valueOf(agency.agencyId()),
                        e.total().orElseThrow(),
                        engine.group(e),
                        !e.vetoes().isEmpty()));
            }
        }
        Map<String, Rankings.Ranks> ranks = Rankings.rank(scheme, ranked);
        Map<String, Integer> byGrade = new HashMap<>();
        Map<Integer, Integer> ties = new HashMap<>();
        for (Rated r : rated) {
            if (r.evaluation() != null
                    && ranks.containsKey(String.valueOf(r.agency().agencyId()))) {
                byGrade.merge(r.evaluation().grade().orElseThrow(), 1, Integer::sum);
                ties.merge(ranks.get(String.valueOf(r.agency().agencyId())).overall(), 1, Integer::sum);
            }
        }
        var population2 = new PublicationLists.Population(ranked.size(), byGrade);

        List<Entry> entries = new ArrayList<>();
        for (Rated r : rated) {
            long id = r.agency().agencyId();
            var f = r.agency().facts();
            String category = f.category().orElse(null);
            if (r.evaluation() == null) {
                entries.add(new Entry(
                        id,
                        r.agency().name(),
                        creditCodes.get(id),
                        category,
                        null,
                        problems.get(id),
                        null,
                        null,
                        List.of(),
                        null,
                        List.of()));
                continue;
            }
            Evaluation e = r.evaluation();
            Rankings.Ranks rank = ranks.get(String.valueOf(id));
            List<String> vetoes =
                    e.vetoes().stream().map(Evaluation.Outcome::code).toList();
            if (rank == null) {
                entries.add(new Entry(
                        id,
                        r.agency().name(),
                        creditCodes.get(id),
                        category,
                        e.exclusion().map(Evaluation.Outcome::code).orElse(null),
                        null,
                        null,
                        null,
                        vetoes,
                        null,
                        List.of()));
                continue;
            }
            // 1 + the number with a strictly lower total: the worst is 1, ties share it (as the publication job)
            int bottomRank = ranked.size() - rank.overall() - ties.getOrDefault(rank.overall(), 1) + 2;
            var standing = new PublicationLists.Standing(
                    rank.overall(),
                    rank.inGroup().orElse(0),
                    bottomRank,
                    e.grade().orElseThrow(),
                    !vetoes.isEmpty(),
                    e.total().orElseThrow());
            entries.add(new Entry(
                    id,
                    r.agency().name(),
                    creditCodes.get(id),
                    category,
                    null,
                    null,
                    e.total().orElseThrow(),
                    e.grade().orElseThrow(),
                    vetoes,
                    rank.overall(),
                    PublicationLists.of(scheme, standing, population2)));
        }
        String checksum = checksum(entries);
        var key = new GeneratedKeyHolder();
        jdbc.update(
                connection -> {
                    PreparedStatement insert = connection.prepareStatement(
                            "INSERT INTO county_rating (tenant_id, district_code, year, scheme_version, status, agencies,"
                                    + " ranked, incomplete, rated_by, checksum) VALUES (?, ?, ?, ?, 'draft', ?, ?, ?, ?, ?)",
                            Statement.RETURN_GENERATED_KEYS);
                    insert.setString(1, tenant);
                    insert.setString(2, district);
                    insert.setInt(3, year);
                    insert.setString(4, active.version());
                    insert.setInt(5, entries.size());
                    insert.setInt(6, ranked.size());
                    insert.setInt(7, problems.size());
                    insert.setString(8, caller.username());
                    insert.setString(9, checksum);
                    return insert;
                },
                key);
        long ratingId = key.getKey().longValue();
        jdbc.batchUpdate(
                "INSERT INTO county_rating_entry (tenant_id, rating_id, agency_id, agency_name, credit_code, category,"
                        + " exclusion_code, problems, total, grade, veto_codes, overall_rank, lists)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                entries,
                500,
                (insert, e) -> {
                    insert.setString(1, tenant);
                    insert.setLong(2, ratingId);
                    insert.setLong(3, e.agencyId());
                    insert.setString(4, e.agencyName());
                    insert.setString(5, e.creditCode());
                    insert.setString(6, e.category());
                    insert.setString(7, e.exclusion());
                    insert.setString(8, e.problems());
                    insert.setBigDecimal(9, e.total());
                    insert.setString(10, e.grade());
                    insert.setString(11, e.vetoes().isEmpty() ? null : String.join(",", e.vetoes()));
                    insert.setObject(12, e.rank(), Types.INTEGER);
                    insert.setString(13, String.join(",", e.lists()));
                });
        jdbc.update(
                "INSERT INTO change_history (tenant_id, entity_type, entity_id, action, actor, reason, snapshot)"
                        + " VALUES (?, 'countyRating', ?, 'rated', ?, ?, ?)",
                tenant,
                String.valueOf(ratingId),
                caller.username(),
                "区县评定",
                "{\"district\":\"" + district + "\",\"year\":" + year + ",\"checksum\":\"" + checksum + "\"}");
        return find(caller, tenant, ratingId).orElseThrow();
    }

    /**
     * Publishes a draft and files it with the city (备案) in one step; a later filing of the district and year
     * supersedes the earlier one. Refused, with nothing written: another district's rating (a county acts in its
     * own district only), a rating filed already or older than the district's filing, incomplete facts.
     */
    @Transactional
    public Rating file(Caller caller, String tenant, long id) {
        String district = county(caller);
        Optional<String> owner = jdbc
                .queryForList(
                        "SELECT district_code FROM county_rating WHERE tenant_id = ? AND id = ? FOR UPDATE",
                        String.class,
                        tenant,
                        id)
                .stream()
                .findFirst();
        if (owner.isEmpty()) {
            throw new InvalidInputException("input.id", "NOT_FOUND", "未找到该评定");
        }
        if (!owner.get().equals(district)) {
            throw new InvalidInputException(
                    "input.id",
                    "OUTSIDE_DISTRICT",
                    "该评定属于其他区县，区县用户只能公布、备案本辖区（" + districtName(tenant, district) + "）的评定");
        }
        Rating rating = find(caller, tenant, id).orElseThrow();
        if (rating.filed()) {
            throw new InvalidInputException(
                    "input.id",
                    "ALREADY_FILED",
                    "该评定已于 " + java.time.LocalDate.ofInstant(rating.filedAt(), java.time.ZoneId.of("Asia/Shanghai"))
                            + " 公布并报市局备案，不能重复公布");
        }
        if (rating.incomplete() > 0) {
            throw new InvalidInputException(
                    "input.id",
                    "FACTS_INCOMPLETE",
                    "尚有 " + rating.incomplete() + " 家机构考评数据不完整（" + incompleteNames(tenant, id) + "），请补齐后重新评定再公布");
        }
        // the district's current filing of the year, locked: two filings cannot both supersede it
        Optional<Long> current = jdbc
                .queryForList(
                        "SELECT MAX(id) FROM county_rating WHERE tenant_id = ? AND district_code = ? AND year = ?"
                                + " AND status = 'filed' FOR UPDATE",
                        Long.class,
                        tenant,
                        district,
                        rating.year())
                .stream()
                .filter(java.util.Objects::nonNull)
                .findFirst();
        if (current.isPresent() && current.get() > id) {
            throw new InvalidInputException(
                    "input.id", "OLDER_THAN_FILED", "本辖区已有更新的评定（编号 " + current.get() + "）公布备案，不能再公布较早的评定");
        }
        int changed = jdbc.update(
                "UPDATE county_rating SET status = 'filed', filed_by = ?, filed_at = CURRENT_TIMESTAMP(3),"
                        + " supersedes_id = ? WHERE tenant_id = ? AND id = ? AND status = 'draft'",
                caller.username(),
                current.orElse(null),
                tenant,
                id);
        if (changed != 1) {
            throw new InvalidInputException("input.id", "ALREADY_FILED", "该评定已公布并报市局备案，不能重复公布");
        }
        jdbc.update(
                "INSERT INTO change_history (tenant_id, entity_type, entity_id, action, actor, reason, snapshot)"
                        + " VALUES (?, 'countyRating', ?, 'filed', ?, ?, ?)",
                tenant,
                String.valueOf(id),
                caller.username(),
                "公布并报市局备案",
                "{\"district\":\"" + district + "\",\"checksum\":\"" + rating.checksum() + "\"}");
        return find(caller, tenant, id).orElseThrow();
    }

    /**
     * The ratings of a year a caller may read, newest first: a county's own (drafts and filed); the city's
     * staff see the filed ratings of every district (as filed, 备案), never a county's drafts.
     */
    public List<Rating> ofYear(Caller caller, String tenant, int year) {
        if (year < 2000 || year > 2100) {
            throw new InvalidInputException("year", "INVALID_YEAR", "年度须在 2000 到 2100 之间");
        }
        if (caller.isCounty()) {
            return jdbc.query(
                    "SELECT " + COLUMNS
                            + " WHERE r.tenant_id = ? AND r.year = ? AND r.district_code = ? ORDER BY r.id DESC",
                    RATING,
                    tenant,
                    year,
                    caller.district().orElseThrow());
        }
        return jdbc.query(
                "SELECT " + COLUMNS + " WHERE r.tenant_id = ? AND r.year = ? AND r.status = 'filed'"
                        + " ORDER BY r.district_code, r.id DESC",
                RATING,
                tenant,
                year);
    }

    /** One rating as {@link #ofYear} lets the caller see it; empty otherwise (another district's: as missing). */
    public Optional<Rating> find(Caller caller, String tenant, long id) {
        if (caller.isCounty()) {
            return jdbc
                    .query(
                            "SELECT " + COLUMNS + " WHERE r.tenant_id = ? AND r.id = ? AND r.district_code = ?",
                            RATING,
                            tenant,
                            id,
                            caller.district().orElseThrow())
                    .stream()
                    .findFirst();
        }
        return jdbc
                .query(
                        "SELECT " + COLUMNS + " WHERE r.tenant_id = ? AND r.id = ? AND r.status = 'filed'",
                        RATING,
                        tenant,
                        id)
                .stream()
                .findFirst();
    }

    /**
     * What a city's counties published for a year (泉州 五(二) "8月底前在本局官网……公布评价结果", 苏州 7.3 公布), as anyone
     * reads it: each district's latest filing (a superseded one is not shown), with the scheme's public lists only.
     * Drafts are never shown.
     */
    public List<PublicRating> published(String tenant, int year) {
        List<Rating> filed = jdbc.query(
                "SELECT " + COLUMNS + " WHERE r.tenant_id = ? AND r.year = ? AND r.status = 'filed'"
                        + " ORDER BY r.district_code, r.id DESC",
                RATING,
                tenant,
                year);
        List<PublicRating> out = new ArrayList<>();
        for (Rating r : filed) {
            if (r.supersededById() != null) {
                continue;
            }
            List<PublicList> lists = lists(tenant, r).stream()
                    .filter(NamedList::isPublic)
                    .map(l -> new PublicList(
                            l.title(),
                            l.wording(),
                            l.agencies().stream()
                                    .map(e -> new PublicEntry(
                                            e.agencyName(), e.creditCode(), e.total(), e.grade(), e.rank()))
                                    .toList()))
                    .toList();
            out.add(new PublicRating(
                    r.id(), r.districtCode(), r.districtName(), r.year(), r.filedAt(), r.checksum(), lists));
        }
        return out;
    }

    /** The agencies of a rating: ranked first by rank, then the unranked by name. */
    public List<Entry> entries(String tenant, long ratingId) {
        return jdbc.query(
                "SELECT * FROM county_rating_entry WHERE tenant_id = ? AND rating_id = ?"
                        + " ORDER BY overall_rank IS NULL, overall_rank, agency_id",
                ENTRY,
                tenant,
                ratingId);
    }

    /** The scheme's lists with the agencies the rating names on each, in rank order (the worst list worst first). */
    public List<NamedList> lists(String tenant, Rating rating) {
        Scheme scheme = schemes.compiledVersion(tenant, rating.schemeVersion())
                .map(ActiveScheme::scheme)
                .orElseThrow();
        List<Entry> entries = entries(tenant, rating.id());
        List<NamedList> out = new ArrayList<>();
        for (PublicationList list : scheme.publication().map(p -> p.lists()).orElse(List.of())) {
            List<Entry> named = entries.stream()
                    .filter(e -> e.lists().contains(list.code()))
                    .collect(Collectors.toCollection(ArrayList::new));
            if (list.kind() == PublicationList.Kind.WORST) {
                java.util.Collections.reverse(named);
            }
            out.add(new NamedList(list.code(), list.title(), list.wording(), list.isPublic(), named));
        }
        return out;
    }

    private String incompleteNames(String tenant, long ratingId) {
        List<String> names = jdbc.queryForList(
                "SELECT agency_name FROM county_rating_entry WHERE tenant_id = ? AND rating_id = ? AND problems IS NOT NULL"
                        + " ORDER BY agency_id LIMIT 4",
                String.class,
                tenant,
                ratingId);
        return String.join("、", names) + (names.size() == 4 ? "等" : "");
    }

    private String districtName(String tenant, String code) {
        return jdbc
                .queryForList("SELECT name FROM district WHERE tenant_id = ? AND code = ?", String.class, tenant, code)
                .stream()
                .findFirst()
                .orElse(code);
    }

    /** The county caller's district; the city's staff do not rate or file a county's rating. */
    private static String county(Caller caller) {
        if (!caller.isCounty() || !caller.hasRole(Caller.COUNTY_ADMIN)) {
            throw new InvalidInputException("input", "NOT_COUNTY", "区县评定由区县应急管理局管理员进行");
        }
        return caller.district().orElseThrow();
    }

    /** SHA-256 over the entries in agency id order: agency, total, grade, rank, lists, tab separated. */
    static String checksum(List<Entry> entries) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Entry e : entries) {
                String line = e.agencyId() + "\t"
                        + (e.total() == null ? "" : e.total().toPlainString()) + "\t"
                        + (e.grade() == null ? "" : e.grade()) + "\t" + (e.rank() == null ? "" : e.rank()) + "\t"
                        + String.join(",", e.lists()) + "\n";
                sha.update(line.getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A stored DECIMAL(9,4) as the engine writes it (86.5, 100; not 86.5000 or 1E+2). */
    private static BigDecimal plain(BigDecimal stored) {
        if (stored == null) {
            return null;
        }
        BigDecimal s = stored.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    private static List<String> split(String codes) {
        return codes == null || codes.isBlank() ? List.of() : List.of(codes.split(","));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
