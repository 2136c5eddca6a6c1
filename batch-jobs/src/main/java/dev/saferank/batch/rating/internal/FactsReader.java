package dev.saferank.batch.rating.internal;

import dev.saferank.scheme.Facts;
import dev.saferank.scheme.Level;
import dev.saferank.scheme.MeasurementSpec;
import dev.saferank.scheme.SanctionType;
import dev.saferank.scheme.Scheme;
import dev.saferank.scheme.Section;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads the facts of the agencies of one id range (a partition), agency by agency in id order, by
 * merging one streaming cursor per table: never more than one agency's facts in memory. The id of the
 * last agency handed out is saved with each chunk, so a restarted partition continues after it.
 */
class FactsReader implements ItemStreamReader<AgencyFacts> {

    static final String LAST = "rating.lastAgency";

    private final CursorConnections cursors;
    private final String tenant;
    private final int year;
    private final long after;
    private final long upTo;
    private final Scheme scheme;
    private final boolean enabled;
    private final Set<String> knownCodes = new HashSet<>();
    private final boolean perEnterprise;
    private final List<Cursor> open = new ArrayList<>();
    private Cursor agencies;
    private Cursor entered;
    private Cursor findings;
    private Cursor measurements;
    private Cursor sanctions;
    private Cursor honours;
    private Cursor engagements;
    private long last;

    /**
     * @param cursors unpooled connections, one per cursor (a streaming cursor holds its connection)
     * @param after the range's lower bound, exclusive
     * @param upTo the range's upper bound, inclusive
     * @param enabled false makes an empty reader (the rank pass of a scheme without rank rules)
     */
    FactsReader(
            CursorConnections cursors, String tenant, int year, long after, long upTo, Scheme scheme, boolean enabled) {
        this.cursors = cursors;
        this.tenant = tenant;
        this.year = year;
        this.after = after;
        this.upTo = upTo;
        this.scheme = scheme;
        this.enabled = enabled;
        scheme.allItems().flatMap(i -> i.rules().stream()).forEach(r -> knownCodes.add(r.code()));
        scheme.vetoes().forEach(v -> knownCodes.add(v.code()));
        scheme.exclusions().forEach(e -> knownCodes.add(e.code()));
        this.perEnterprise = scheme.sections().stream().anyMatch(Section::perEnterprise);
    }

    @Override
    public void open(ExecutionContext context) {
        last = context.getLong(LAST, after);
        if (!enabled) {
            return;
        }
        try {
            agencies = cursor(FactQueries.agencies(tenant, year, last, upTo, scheme));
            entered = cursor(FactQueries.entered(tenant, year, last, upTo));
            findings = cursor(FactQueries.findings(tenant, year, last, upTo));
            measurements = cursor(FactQueries.measurements(tenant, year, last, upTo));
            sanctions = cursor(FactQueries.sanctions(tenant, year, last, upTo));
            honours = cursor(FactQueries.honours(tenant, year, last, upTo));
            engagements = perEnterprise ? cursor(FactQueries.engagements(tenant, year, last, upTo)) : null;
        } catch (SQLException e) {
            close();
            throw new ItemStreamException("cannot open the facts cursors", e);
        }
    }

    private Cursor cursor(FactQueries.Query query) throws SQLException {
        Cursor cursor = new Cursor(cursors.open(), query.sql(), query.parameters());
        open.add(cursor);
        return cursor;
    }

    @Override
    public void update(ExecutionContext context) {
        context.putLong(LAST, last);
    }

    @Override
    public void close() {
        open.forEach(Cursor::close);
        open.clear();
        agencies = null;
    }

    @Override
    public AgencyFacts read() throws SQLException {
        if (agencies == null || !agencies.onRow()) {
            return null;
        }
        ResultSet a = agencies.row();
        long id = a.getLong(1);
        String name = a.getString(2);
        String category = a.getString(3);
        String district = a.getString(4);
        Map<String, BigDecimal> data = data(id, a);
        agencies.next();
        List<FactProblem> setAside = new ArrayList<>();
        List<Facts.Finding> findingList = findings(id, setAside);
        var facts = new Facts(
                String.valueOf(id),
                Optional.of(name),
                Optional.of(category),
                Optional.ofNullable(district),
                data,
                sampled(id, findingList),
                findingList,
                measurements(id, setAside),
                sanctions(id),
                honours(id),
                List.of());
        last = id;
        return new AgencyFacts(id, name, facts, setAside);
    }

    private Map<String, BigDecimal> data(long id, ResultSet a) throws SQLException {
        Map<String, BigDecimal> enteredValues = new LinkedHashMap<>();
        while (entered.at(id)) {
            enteredValues.put(entered.row().getString(2), plain(entered.row().getBigDecimal(3)));
            entered.next();
        }
        Map<String, BigDecimal> data = new LinkedHashMap<>();
        for (String field : scheme.agencyData().keySet()) {
            Optional<BigDecimal> value = FactQueries.DERIVED.contains(field)
                    ? derived(field, a)
                    : Optional.ofNullable(enteredValues.get(field));
            value.ifPresent(v -> data.put(field, v));
        }
        return data;
    }

    private static Optional<BigDecimal> derived(String field, ResultSet a) throws SQLException {
        return switch (field) {
            case "officeArea" -> Optional.ofNullable(a.getBigDecimal(5)).map(FactsReader::plain);
            case "fullTimeStaff" -> count(a.getLong(6));
            case "registeredEngineers" -> count(a.getLong(7));
            case "qualifiedStaff" -> count(a.getLong(8));
            case "multiEmployedStaff" -> count(a.getLong(9));
            case "businessVolume" -> count(a.getLong(10));
            case "hadBusiness" -> count(Math.min(1, a.getLong(10)));
            case "businessInTwoYears" -> count(Math.min(1, a.getLong(11)));
            default -> Optional.empty();
        };
    }

    private static Optional<BigDecimal> count(long n) {
        return Optional.of(BigDecimal.valueOf(n));
    }

    /** 120.00 → 120, 85.50 → 85.5, as platform-api DerivedFields.plain. */
    static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private List<Facts.Finding> findings(long id, List<FactProblem> setAside) throws SQLException {
        List<Facts.Finding> out = new ArrayList<>();
        while (findings.at(id)) {
            ResultSet f = findings.row();
            String rule = f.getString(2);
            if (knownCodes.contains(rule)) {
                out.add(new Facts.Finding(
                        rule,
                        f.getInt(3),
                        Optional.ofNullable(f.getBigDecimal(4)),
                        Optional.ofNullable(f.getString(6)),
                        Optional.ofNullable(f.getObject(5, Integer.class))));
            } else {
                setAside.add(
                        new FactProblem("findings", "检查发现所依据的规则 " + rule + " 不在方案 " + scheme.version() + " 中，未计入"));
            }
            findings.next();
        }
        return out;
    }

    /**
     * The enterprises checked on site (per-enterprise sections, 临沂 工作实绩): those the confirmed findings
     * name; when none names one (nothing was found on site), one engagement of the year drawn
     * reproducibly ({@link EnterpriseDraw}) — an enterprise without findings scores the item's max, so the
     * draw only names it in the trail.
     */
    private List<String> sampled(long id, List<Facts.Finding> kept) throws SQLException {
        if (!perEnterprise) {
            return List.of();
        }
        List<Long> engagementIds = new ArrayList<>();
        while (engagements.at(id)) {
            engagementIds.add(engagements.row().getLong(2));
            engagements.next();
        }
        Set<String> named = new LinkedHashSet<>();
        kept.forEach(f -> f.enterprise().ifPresent(named::add));
        if (!named.isEmpty()) {
            return List.copyOf(named);
        }
        return engagementIds.isEmpty() ? List.of() : List.of(EnterpriseDraw.draw(tenant, year, id, engagementIds));
    }

    private Map<String, Facts.Measurement> measurements(long id, List<FactProblem> setAside) throws SQLException {
        record Row(String name, String group, BigDecimal value, String response) {}
        Map<String, List<Row>> byName = new LinkedHashMap<>();
        while (measurements.at(id)) {
            ResultSet m = measurements.row();
            byName.computeIfAbsent(m.getString(2), k -> new ArrayList<>())
                    .add(new Row(m.getString(2), m.getString(3), m.getBigDecimal(4), m.getString(5)));
            measurements.next();
        }
        Map<String, Facts.Measurement> result = new LinkedHashMap<>();
        byName.forEach((name, rows) -> {
            MeasurementSpec spec = scheme.measurements().get(name);
            if (spec == null) {
                setAside.add(new FactProblem(
                        "measurements." + name, "测评项 " + name + " 不在方案 " + scheme.version() + " 中，未计入"));
            } else if (spec.isSurvey()) {
                result.put(
                        name,
                        new Facts.Measurement(
                                List.of(),
                                Map.of(),
                                rows.stream().map(Row::response).toList()));
            } else if (spec.isGrouped()) {
                Map<String, List<BigDecimal>> groups = new LinkedHashMap<>();
                rows.forEach(r -> groups.computeIfAbsent(r.group(), k -> new ArrayList<>())
                        .add(r.value()));
                result.put(name, new Facts.Measurement(List.of(), groups, List.of()));
            } else {
                result.put(
                        name,
                        new Facts.Measurement(rows.stream().map(Row::value).toList(), Map.of(), List.of()));
            }
        });
        return result;
    }

    private List<Facts.Sanction> sanctions(long id) throws SQLException {
        List<Facts.Sanction> out = new ArrayList<>();
        while (sanctions.at(id)) {
            ResultSet s = sanctions.row();
            out.add(new Facts.Sanction(SanctionType.of(s.getString(2)).orElseThrow(), Level.of(s.getString(3))));
            sanctions.next();
        }
        return out;
    }

    private List<Facts.Honour> honours(long id) throws SQLException {
        List<Facts.Honour> out = new ArrayList<>();
        while (honours.at(id)) {
            ResultSet h = honours.row();
            out.add(new Facts.Honour(Level.of(h.getString(2)).orElseThrow(), h.getString(3)));
            honours.next();
        }
        return out;
    }
}
