package dev.saferank.batch.benchmark;

import dev.saferank.scheme.MeasurementSpec;
import dev.saferank.scheme.Rule;
import dev.saferank.scheme.Scheme;
import dev.saferank.scheme.SchemeLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import javax.sql.DataSource;

/**
 * A rating-sized tenant of its own (default id {@code bench}) with the shipped 泉州 2023 scheme,
 * generated in bulk: agencies with valid credit codes, districts, office area; staff with
 * certificates; engagements; findings against the scheme's finding rules (counts 1–3, Chinese
 * evidence, 85% confirmed, the rest drafts and withdrawn); sanctions and honours. Every agency is
 * ratable; one in 200 had no business in the year (the scheme's exclusion E1), one in 250 is vetoed
 * (two city-level 约谈: V1, or a province-level 通报批评: V2). The 泉州 scheme declares no
 * measurements and no entered agency data, so none are generated.
 *
 * <p>Rerunnable: it first deletes every row of its own tenant (and only those), and writes the
 * tenant row last, its name stating the sizes, so that {@link #isGenerated()} tells a complete
 * tenant of the same sizes from an interrupted or different one.
 */
final class BenchmarkTenant {

    /** The shipped schemes the generator can use, by the name given with {@code -Dbenchmark.scheme}. */
    static final Map<String, String> SCHEMES =
            Map.of("quanzhou", "tenants/quanzhou/quanzhou-2023.yaml", "foshan", "tenants/foshan/foshan-2023.yaml");

    static final String ACTOR = "bench-generator";

    /** What to generate; {@code seed} makes it repeatable. */
    record Size(String tenant, int agencies, int findingsEach, long seed, String schemeName) {

        Size(String tenant, int agencies, int findingsEach, long seed) {
            this(tenant, agencies, findingsEach, seed, "quanzhou");
        }

        Size {
            if (!SCHEMES.containsKey(schemeName)) {
                throw new IllegalArgumentException("scheme: one of " + SCHEMES.keySet());
            }
            if (!tenant.matches("[a-z][a-z0-9-]{1,31}")) {
                throw new IllegalArgumentException("tenant id: lower-case letters, digits, '-', 2–32 characters");
            }
            if (agencies < 1 || findingsEach < 0) {
                throw new IllegalArgumentException("agencies >= 1, findingsEach >= 0");
            }
        }

        /**
         * The tenant row's name: tells what was generated. The 泉州 one keeps its first wording so that
         * tenants generated before schemes could be chosen stay reusable.
         */
        String label() {
            String label = String.format(Locale.ROOT, "基准测试（%d家机构，每家%d条检查发现，种子%d）", agencies, findingsEach, seed);
            return schemeName.equals("quanzhou") ? label : label + "（方案" + schemeName + "）";
        }
    }

    /** Per-table row counts of a generation. */
    record Counts(
            long agencies,
            long staff,
            long certificates,
            long engagements,
            long findings,
            long measurements,
            long sanctions,
            long honours,
            double seconds) {}

    private static final String[] SOURCES = {"routineInspection", "specialCampaign", "reportReview", "complaint"};
    private static final int CHUNK = 50_000;

    private final DataSource dataSource;
    private final Size size;
    private final Progress progress;
    private final Scheme scheme;
    private final String schemeSource;
    private final int year;

    BenchmarkTenant(DataSource dataSource, Size size) {
        this.dataSource = dataSource;
        this.size = size;
        this.progress = new Progress("generator");
        this.schemeSource = rewrittenScheme(SCHEMES.get(size.schemeName()), size.tenant());
        this.scheme = SchemeLoader.fromYaml(schemeSource);
        this.year = scheme.year();
    }

    String tenant() {
        return size.tenant();
    }

    int year() {
        return year;
    }

    Scheme scheme() {
        return scheme;
    }

    /** Whether a complete tenant of these sizes is already there. */
    boolean isGenerated() throws SQLException {
        try (var connection = dataSource.getConnection();
                var statement = connection.prepareStatement("SELECT name FROM tenant WHERE id = ?")) {
            statement.setString(1, size.tenant());
            try (var rows = statement.executeQuery()) {
                return rows.next() && size.label().equals(rows.getString(1));
            }
        }
    }

    /** Deletes the tenant's rows and generates them anew. */
    Counts generate() throws SQLException {
        progress.say(
                "tenant %s: %,d agencies × %d findings, scheme %s (year %d)",
                size.tenant(), size.agencies(), size.findingsEach(), scheme.version(), year);
        try (var connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            delete(connection);
            schemeAndCalendar(connection);
            long[] ids = agencies(connection);
            long staff = staff(connection, ids);
            long certificates = certificates(connection);
            long engagements = engagements(connection, ids);
            long findings = findings(connection, ids);
            long measurements = measurements(connection, ids);
            long[] sanctionsAndHonours = sanctionsAndHonours(connection, ids);
            update(
                    connection,
                    "INSERT INTO tenant (id, name, created_by) VALUES (?, ?, ?)",
                    size.tenant(),
                    size.label(),
                    ACTOR);
            var counts = new Counts(
                    ids.length,
                    staff,
                    certificates,
                    engagements,
                    findings,
                    measurements,
                    sanctionsAndHonours[0],
                    sanctionsAndHonours[1],
                    progress.seconds());
            progress.say("done: %s", counts);
            return counts;
        }
    }

    /**
     * Every row of this tenant, chunk by chunk so that no statement holds millions of row locks, in
     * every table with a tenant_id column (so tables added later are covered); scheme versions last,
     * since activations and runs refer to them.
     */
    private void delete(Connection connection) throws SQLException {
        update(connection, "DELETE FROM tenant WHERE id = ?", size.tenant());
        List<String> tables = new ArrayList<>();
        try (var statement = connection.createStatement();
                var rows = statement.executeQuery("SELECT table_name FROM information_schema.columns"
                        + " WHERE table_schema = DATABASE() AND column_name = 'tenant_id' ORDER BY table_name")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        tables.sort(Comparator.comparing((String table) -> table.equalsIgnoreCase("scheme_version")));
        for (String table : tables) {
            long deleted = 0;
            int chunk;
            do {
                chunk = update(connection, "DELETE FROM " + table + " WHERE tenant_id = ? LIMIT 20000", size.tenant());
                deleted += chunk;
            } while (chunk > 0);
            if (deleted > 0) {
                progress.say("deleted %,d rows of %s", deleted, table);
            }
        }
    }

    private void schemeAndCalendar(Connection connection) throws SQLException {
        update(
                connection,
                "INSERT INTO scheme_version (tenant_id, version, year, title, source, uploaded_by) VALUES (?, ?, ?, ?, ?, ?)",
                size.tenant(),
                scheme.version(),
                year,
                scheme.title(),
                schemeSource,
                ACTOR);
        update(
                connection,
                "INSERT INTO scheme_activation (tenant_id, year, version, activated_by) VALUES (?, ?, ?, ?)",
                size.tenant(),
                year,
                scheme.version(),
                ACTOR);
        for (String[] district : Texts.DISTRICTS) {
            update(
                    connection,
                    "INSERT INTO district (tenant_id, code, name) VALUES (?, ?, ?)",
                    size.tenant(),
                    district[0],
                    district[1]);
        }
        update(
                connection,
                "INSERT INTO campaign (tenant_id, year, self_check_start, self_check_end, inspection_start,"
                        + " inspection_end, rating_date, notice_working_days, publication_date, updated_by)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, 7, ?, ?)",
                size.tenant(),
                year,
                Date.valueOf(LocalDate.of(year, 6, 15)),
                Date.valueOf(LocalDate.of(year, 7, 14)),
                Date.valueOf(LocalDate.of(year, 7, 15)),
                Date.valueOf(LocalDate.of(year, 8, 14)),
                Date.valueOf(LocalDate.of(year, 8, 20)),
                Date.valueOf(LocalDate.of(year, 8, 31)),
                ACTOR);
        progress.say(
                "scheme %s active for %d, %d districts, campaign calendar",
                scheme.version(), year, Texts.DISTRICTS.length);
    }

    /** The agencies and their districts; returns their ids by serial. */
    private long[] agencies(Connection connection) throws SQLException {
        try (var load = new BulkLoad(
                connection,
                "agency",
                List.of("tenant_id", "credit_code", "name", "category", "qualifications", "office_area", "created_by"),
                CHUNK)) {
            for (int i = 0; i < size.agencies(); i++) {
                var profile = profile(i);
                String category = Texts.CATEGORIES[profile.category][0];
                load.row(
                        size.tenant(),
                        CreditCodes.of('A', i),
                        Texts.agencyName(i, profile.category),
                        category,
                        category.equals("evaluation") ? "安全评价乙级" : "安全生产技术服务",
                        profile.officeArea,
                        ACTOR);
            }
        }
        Map<String, Long> byCode = new HashMap<>();
        try (var statement = connection.prepareStatement("SELECT credit_code, id FROM agency WHERE tenant_id = ?")) {
            statement.setString(1, size.tenant());
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    byCode.put(rows.getString(1), rows.getLong(2));
                }
            }
        }
        long[] ids = new long[size.agencies()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = byCode.get(CreditCodes.of('A', i));
        }
        try (var load = new BulkLoad(
                connection, "agency_district", List.of("tenant_id", "agency_id", "district_code"), CHUNK)) {
            for (int i = 0; i < ids.length; i++) {
                var profile = profile(i);
                load.row(size.tenant(), ids[i], Texts.DISTRICTS[profile.district][0]);
                if (profile.secondDistrict != profile.district) {
                    load.row(size.tenant(), ids[i], Texts.DISTRICTS[profile.secondDistrict][0]);
                }
            }
        }
        progress.say("%,d agencies with their districts", ids.length);
        return ids;
    }

    /**
     * Staff: the title says which certificate a person holds (registered engineers and evaluators
     * count for item 3); one agency in 100 shares a person with the one before it (挂靠).
     */
    private long staff(Connection connection, long[] ids) throws SQLException {
        var sha = sha256();
        try (var load = new BulkLoad(
                connection,
                "staff",
                List.of("tenant_id", "agency_id", "name", "id_hash", "full_time", "title", "created_by"),
                CHUNK)) {
            for (int i = 0; i < ids.length; i++) {
                var profile = profile(i);
                var random = random(i, 1);
                int people = profile.engineers + profile.others;
                for (int k = 0; k < people; k++) {
                    boolean engineer = k < profile.engineers;
                    String title = engineer
                            ? (k % 2 == 0 ? "注册安全工程师" : "安全评价师")
                            : Texts.pick(random, new String[] {"高级工程师", "工程师", "助理工程师", "安全员"});
                    String person =
                            (i % 100 == 50 && k == people - 1) ? "person-" + (i - 1) + "-0" : "person-" + i + "-" + k;
                    load.row(
                            size.tenant(),
                            ids[i],
                            Texts.personName(random),
                            HexFormat.of()
                                    .formatHex(sha.digest((size.tenant() + person).getBytes(StandardCharsets.UTF_8))),
                            engineer || random.nextInt(20) > 0,
                            title,
                            ACTOR);
                }
            }
            load.flush();
            progress.say("%,d staff", load.total());
            return load.total();
        }
    }

    /** Certificates by title; one in 37 has expired before the year (it no longer counts). */
    private long certificates(Connection connection) throws SQLException {
        int inserted = update(
                connection,
                "INSERT INTO staff_certificate (tenant_id, agency_id, staff_id, type, number, valid_until)"
                        + " SELECT tenant_id, agency_id, id,"
                        + " CASE title WHEN '注册安全工程师' THEN 'registeredSafetyEngineer' WHEN '安全评价师' THEN 'safetyEvaluator'"
                        + " ELSE 'engineerTitle' END,"
                        + " CONCAT(CASE title WHEN '注册安全工程师' THEN 'ZA' WHEN '安全评价师' THEN 'PJ' ELSE 'ZC' END,"
                        + " LPAD(id, 10, '0')),"
                        + " CASE WHEN id % 37 = 0 THEN ? ELSE ? END"
                        + " FROM staff WHERE tenant_id = ? AND title <> '安全员'",
                Date.valueOf(LocalDate.of(year - 1, 12, 31)),
                Date.valueOf(LocalDate.of(year + 2, 12, 31)),
                size.tenant());
        progress.say("%,d staff certificates", inserted);
        return inserted;
    }

    /**
     * Engagements in the year (none for the agencies the exclusion takes) and the year before (none
     * either for them when the scheme looks at two years: 佛山's businessInTwoYears).
     */
    private long engagements(Connection connection, long[] ids) throws SQLException {
        long serial = 0;
        try (var load = new BulkLoad(
                connection,
                "engagement",
                List.of(
                        "tenant_id",
                        "agency_id",
                        "enterprise_name",
                        "enterprise_credit_code",
                        "district_code",
                        "service_type",
                        "contract_date",
                        "amount",
                        "created_by"),
                CHUNK)) {
            for (int i = 0; i < ids.length; i++) {
                var profile = profile(i);
                var random = random(i, 2);
                int inYear = profile.excluded ? 0 : 2 + random.nextInt(11);
                int before = profile.excluded ? (twoYearsOfBusiness() ? 0 : 1) : random.nextInt(3);
                for (int k = 0; k < inYear + before; k++) {
                    String[] district =
                            Texts.DISTRICTS[k % 3 == 0 ? random.nextInt(Texts.DISTRICTS.length) : profile.district];
                    int contractYear = k < inYear ? year : year - 1;
                    load.row(
                            size.tenant(),
                            ids[i],
                            Texts.enterpriseName(random, district[1]),
                            random.nextInt(10) == 0 ? null : CreditCodes.of('E', serial++),
                            district[0],
                            Texts.CATEGORIES[profile.category][0],
                            LocalDate.ofYearDay(contractYear, 1 + random.nextInt(365)),
                            (5 + random.nextInt(200)) * 1000 + ".00",
                            ACTOR);
                }
            }
            load.flush();
            progress.say("%,d engagements", load.total());
            return load.total();
        }
    }

    /**
     * Exactly {@code findingsEach} findings per agency against the rules that take findings, cheap
     * clauses more often than dear ones (as inspections find them), so that totals spread over the
     * grades; 85% confirmed, the rest drafts and withdrawn.
     */
    private long findings(Connection connection, long[] ids) throws SQLException {
        List<Rule> rules = findingRules();
        double[] cumulative = new double[rules.size()];
        double sum = 0;
        for (int r = 0; r < rules.size(); r++) {
            sum += weight(rules.get(r));
            cumulative[r] = sum;
        }
        long total = (long) ids.length * size.findingsEach();
        long step = Math.max(total / 10, 1);
        try (var load = new BulkLoad(
                connection,
                "finding",
                List.of(
                        "tenant_id",
                        "agency_id",
                        "year",
                        "kind",
                        "rule_code",
                        "count",
                        "evidence",
                        "source",
                        "observed_on",
                        "status",
                        "recorded_by",
                        "confirmed_by"),
                CHUNK)) {
            for (int i = 0; i < ids.length; i++) {
                var profile = profile(i);
                var random = random(i, 3);
                for (int j = 0; j < size.findingsEach(); j++) {
                    double at = random.nextDouble() * sum;
                    int r = 0;
                    while (cumulative[r] < at) {
                        r++;
                    }
                    Rule rule = rules.get(r);
                    int count = random.nextInt(10) < 6 ? 1 : random.nextInt(10) < 8 ? 2 : 3;
                    int source = random.nextInt(SOURCES.length);
                    String status = j % 10 == 9 ? "draft" : j % 20 == 3 ? "withdrawn" : "confirmed";
                    load.row(
                            size.tenant(),
                            ids[i],
                            year,
                            "rule",
                            rule.code(),
                            count,
                            Texts.evidence(
                                    random,
                                    Texts.enterpriseName(random, Texts.DISTRICTS[profile.district][1]),
                                    rule.wording(),
                                    count,
                                    source),
                            SOURCES[source],
                            LocalDate.of(year, 7, 15).plusDays(random.nextInt(31)),
                            status,
                            "bench-inspector",
                            status.equals("draft") ? null : "bench-admin");
                    if (load.total() % step == 0) {
                        progress.say("findings %,d / %,d", load.total(), total);
                    }
                }
            }
            load.flush();
            return load.total();
        }
    }

    private List<Rule> findingRules() {
        List<Rule> rules = scheme.allItems()
                .flatMap(item -> item.rules().stream())
                .filter(Rule::takesFindings)
                .filter(rule -> !(rule instanceof Rule.Amount) && !(rule instanceof Rule.Proportional))
                .toList();
        if (rules.isEmpty()) {
            throw new IllegalStateException("scheme " + scheme.version() + " has no rules that take counted findings");
        }
        return rules;
    }

    /** Zeroing clauses are rare; the cheaper a clause, the more often it is found. */
    private static double weight(Rule rule) {
        return switch (rule) {
            case Rule.Zeroing z -> 0.02;
            case Rule.PerOccurrence p -> 1 / Math.max(0.2, p.points().doubleValue());
            case Rule.Fixed f -> 0.3 / Math.max(0.2, f.points().doubleValue());
            default -> 0;
        };
    }

    /**
     * The scheme's measurements for every agency, the excluded ones too (the engine checks that the
     * facts are complete before it applies the exclusions, and reports the missing ones otherwise):
     * plain values (佛山's reportReview: 2–4 reviewed reports, mostly 80–100, one in 10 lower) within
     * the declared range, survey responses (佛山's survey: 5–15 forms, one letter per question, mostly
     * the best choice). None when the scheme declares none (泉州).
     */
    private long measurements(Connection connection, long[] ids) throws SQLException {
        if (scheme.measurements().isEmpty()) {
            return 0;
        }
        List<String> names = new ArrayList<>(scheme.measurements().keySet());
        names.sort(Comparator.naturalOrder());
        try (var load = new BulkLoad(
                connection,
                "measurement",
                List.of("tenant_id", "agency_id", "year", "name", "value", "response", "subject", "recorded_by"),
                CHUNK)) {
            for (int i = 0; i < ids.length; i++) {
                var profile = profile(i);
                var random = random(i, 6);
                for (String name : names) {
                    MeasurementSpec spec = scheme.measurements().get(name);
                    if (spec.isGrouped()) {
                        throw new IllegalStateException("grouped measurement " + name + " is not generated");
                    }
                    if (spec.isSurvey()) {
                        List<String> letters = new ArrayList<>(spec.choices().keySet());
                        letters.sort(Comparator.comparing(
                                        (String c) -> spec.choices().get(c))
                                .reversed());
                        int forms = 5 + random.nextInt(11);
                        for (int k = 0; k < forms; k++) {
                            var answers = new StringBuilder();
                            for (int q = 0; q < spec.questions().orElseThrow(); q++) {
                                int roll = random.nextInt(10);
                                answers.append(letters.get(
                                        roll < 7
                                                ? 0
                                                : roll < 9 ? Math.min(1, letters.size() - 1) : letters.size() - 1));
                            }
                            load.row(
                                    size.tenant(),
                                    ids[i],
                                    year,
                                    name,
                                    null,
                                    answers.toString(),
                                    Texts.enterpriseName(random, Texts.DISTRICTS[profile.district][1]),
                                    ACTOR);
                        }
                    } else {
                        double min = spec.min().map(BigDecimal::doubleValue).orElse(0.0);
                        double max = spec.max().map(BigDecimal::doubleValue).orElse(100.0);
                        int reports = 2 + random.nextInt(3);
                        for (int k = 0; k < reports; k++) {
                            double share = random.nextInt(10) == 0
                                    ? 0.5 + random.nextDouble() * 0.3
                                    : 0.8 + random.nextDouble() * 0.2;
                            var value = BigDecimal.valueOf(min + (max - min) * share)
                                    .setScale(1, RoundingMode.HALF_UP);
                            load.row(size.tenant(), ids[i], year, name, value, null, "抽查报告" + (k + 1), ACTOR);
                        }
                    }
                }
            }
            load.flush();
            progress.say("%,d measurements", load.total());
            return load.total();
        }
    }

    /**
     * Sanctions: one agency in 25 has a minor one (town or county 约谈 or 通报, a city 通报, or 挂靠);
     * the vetoed ones have two city-level 约谈 (V1) or a province-level 通报批评 (V2). Honours: one
     * agency in 10, sometimes the same cause at two levels (counted once by the scheme).
     */
    private long[] sanctionsAndHonours(Connection connection, long[] ids) throws SQLException {
        String[][] minor = {
            {"interview", "town"}, {"interview", "county"}, {"circular", "town"},
            {"circular", "county"}, {"circular", "city"}, {"multiAffiliation", "county"}
        };
        long sanctions;
        try (var load = new BulkLoad(
                connection,
                "sanction",
                List.of(
                        "tenant_id",
                        "agency_id",
                        "year",
                        "type",
                        "level",
                        "decided_on",
                        "issuer",
                        "reason",
                        "recorded_by"),
                CHUNK)) {
            for (int i = 0; i < ids.length; i++) {
                var profile = profile(i);
                var random = random(i, 4);
                String place = Texts.DISTRICTS[profile.district][1];
                if (isFoshan() && (profile.vetoTwoCityInterviews || profile.vetoProvinceCircular)) {
                    load.row(
                            size.tenant(),
                            ids[i],
                            year,
                            "penaltyCase",
                            "city",
                            LocalDate.of(year, 4, 18),
                            city() + "应急管理局",
                            "出具虚假安全评价报告，立案处罚。",
                            "bench-admin");
                } else if (profile.vetoTwoCityInterviews) {
                    for (int k = 0; k < 2; k++) {
                        load.row(
                                size.tenant(),
                                ids[i],
                                year,
                                "interview",
                                "city",
                                LocalDate.of(year, 3 + 4 * k, 12),
                                city() + "应急管理局",
                                "技术服务报告多处失实，约谈机构主要负责人。",
                                "bench-admin");
                    }
                } else if (profile.vetoProvinceCircular) {
                    load.row(
                            size.tenant(),
                            ids[i],
                            year,
                            "circular",
                            "province",
                            LocalDate.of(year, 5, 20),
                            "福建省应急管理厅",
                            "出具严重失实的安全评价报告，全省通报批评。",
                            "bench-admin");
                } else if (random.nextInt(25) == 0) {
                    String[] kind = minor[random.nextInt(minor.length)];
                    String issuer = kind[1].equals("city")
                            ? city() + "应急管理局"
                            : kind[1].equals("county") ? city() + place + "应急管理局" : place + "某街道办事处";
                    load.row(
                            size.tenant(),
                            ids[i],
                            year,
                            kind[0],
                            kind[1],
                            LocalDate.ofYearDay(year, 1 + random.nextInt(300)),
                            issuer,
                            "服务项目现场辅导走过场，资料与现场不符。",
                            "bench-admin");
                }
            }
            load.flush();
            sanctions = load.total();
        }
        String[][] levels = {
            {"county", city() + "%s人民政府"},
            {"city", city() + "人民政府"},
            {"province", (isFoshan() ? "广东省" : "福建省") + "安全生产委员会"},
            {"national", "应急管理部"}
        };
        String[] causes = {"安全生产月活动先进单位", "安全生产标准化建设优秀服务机构", "应急救援演练组织工作先进集体", "安全生产大排查大整治先进单位"};
        long honours;
        try (var load = new BulkLoad(
                connection,
                "honour",
                List.of("tenant_id", "agency_id", "year", "level", "cause", "awarded_on", "issuer", "recorded_by"),
                CHUNK)) {
            for (int i = 0; i < ids.length; i++) {
                var random = random(i, 5);
                if (random.nextInt(10) != 0) {
                    continue;
                }
                String place = Texts.DISTRICTS[profile(i).district][1];
                int roll = random.nextInt(20);
                int level = roll < 10 ? 0 : roll < 16 ? 1 : roll < 19 ? 2 : 3;
                String cause = year + "年度" + Texts.pick(random, causes);
                load.row(
                        size.tenant(),
                        ids[i],
                        year,
                        levels[level][0],
                        cause,
                        LocalDate.ofYearDay(year, 1 + random.nextInt(330)),
                        String.format(levels[level][1], place),
                        "bench-admin");
                if (level < 3 && random.nextInt(4) == 0) {
                    load.row(
                            size.tenant(),
                            ids[i],
                            year,
                            levels[level + 1][0],
                            cause,
                            LocalDate.ofYearDay(year, 1 + random.nextInt(330)),
                            String.format(levels[level + 1][1], place),
                            "bench-admin");
                }
            }
            load.flush();
            honours = load.total();
        }
        progress.say("%,d sanctions, %,d honours", sanctions, honours);
        return new long[] {sanctions, honours};
    }

    /** What one agency is like, the same on every run with the same seed. */
    private record Profile(
            int category,
            int district,
            int secondDistrict,
            String officeArea,
            int engineers,
            int others,
            boolean excluded,
            boolean vetoTwoCityInterviews,
            boolean vetoProvinceCircular) {}

    private Profile profile(int i) {
        var random = random(i, 0);
        int roll = random.nextInt(20);
        int category = roll < 8 ? 0 : roll < 12 ? 1 : roll < 15 ? 2 : roll < 17 ? 3 : 4;
        int district = random.nextInt(Texts.DISTRICTS.length);
        int second = random.nextInt(5) == 0 ? random.nextInt(Texts.DISTRICTS.length) : district;
        String area = (60 + random.nextInt(900)) + "." + (random.nextBoolean() ? "00" : "50");
        int engineers = random.nextInt(100) < 85 ? 3 + random.nextInt(4) : random.nextInt(3);
        return new Profile(
                category,
                district,
                second,
                area,
                engineers,
                1 + random.nextInt(4),
                i % 200 == 17,
                i % 500 == 23,
                i % 500 == 41);
    }

    private SplittableRandom random(int agency, int purpose) {
        return new SplittableRandom(size.seed() * 1_000_003L + agency * 16L + purpose);
    }

    private boolean isFoshan() {
        return size.schemeName().equals("foshan");
    }

    private String city() {
        return isFoshan() ? "佛山市" : "泉州市";
    }

    private boolean twoYearsOfBusiness() {
        return scheme.agencyData().containsKey("businessInTwoYears");
    }

    /** A shipped scheme as this tenant's own version (tenant and version rewritten). */
    static String rewrittenScheme(String resource, String tenant) {
        String source;
        try (var in = BenchmarkTenant.class.getClassLoader().getResourceAsStream(resource)) {
            source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return source.replaceFirst("(?m)^tenant: .*$", "tenant: " + tenant)
                .replaceFirst("(?m)^version: \"(.*)\"$", "version: \"$1-" + tenant + "\"");
    }

    private static int update(Connection connection, String sql, Object... args) throws SQLException {
        try (var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            return statement.executeUpdate();
        }
    }

    private static java.security.MessageDigest sha256() {
        try {
            return java.security.MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
