package dev.saferank.platform.subject;

import dev.saferank.platform.graphql.InvalidInputException;
import dev.saferank.platform.scheme.Schemes;
import dev.saferank.platform.security.Caller;
import dev.saferank.platform.tenant.CampaignDays;
import dev.saferank.scheme.Checklist;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * The summary of a campaign's problems by type (a checklist's question) and district on a phase's report day
 * (莆田: "汇总辖区内检查情况，形成报告于2022年5月27日前报市局"; "系统梳理……存在的问题……于2022年9月25日前报送市局"): every
 * problem of the year's inspections from the campaign's first day to the phase's report day (its last day when it
 * has none), production units' violation answers and agencies' checklist findings not withdrawn alike. A county
 * bureau's summary covers its own district only; an agency counts under the district it serves, or under
 * {@link #CROSS_DISTRICT} when it serves several or none: 三（二）has each county "汇总辖区内检查情况", and an agency
 * working in several districts is in no single county's 辖区 (counted once, in the city's summary).
 */
@Service
public class ProblemSummaries {

    /** The district code under which agencies serving several districts (or none) are counted. */
    public static final String CROSS_DISTRICT = "*";

    static final String CROSS_DISTRICT_NAME = "跨区县（服务多个区县的机构）";
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    public record Phase(int seq, String kind, String name, LocalDate startsOn, LocalDate endsOn, LocalDate reportDue) {}

    public record DistrictRow(String code, String name, int inspections, int subjects, int problems) {}

    public record TypeRow(String checklistId, String subject, String question, String text, int problems) {}

    public record Cell(
            String districtCode,
            String districtName,
            String checklistId,
            String subject,
            String question,
            String text,
            int problems) {}

    /**
     * @param cutOff the last day counted: the phase's report day, or its last day
     * @param produced whether the cut-off day has come (before it the summary is provisional)
     * @param district the one district a county's summary covers; null for the city's
     */
    public record Summary(
            int year,
            Phase phase,
            LocalDate from,
            LocalDate cutOff,
            boolean produced,
            String district,
            int problems,
            List<DistrictRow> districts,
            List<TypeRow> types,
            List<Cell> cells) {}

    private final SubjectMapper mapper;
    private final CampaignDays campaignDays;
    private final Schemes schemes;

    ProblemSummaries(SubjectMapper mapper, CampaignDays campaignDays, Schemes schemes) {
        this.mapper = mapper;
        this.campaignDays = campaignDays;
        this.schemes = schemes;
    }

    /** The phases of a year, in order. */
    public List<Phase> phases(String tenant, int year) {
        return campaignDays.phases(tenant, year).stream()
                .map(p -> new Phase(p.seq(), p.kind(), p.name(), p.startsOn(), p.endsOn(), p.reportDue()))
                .toList();
    }

    /** The summary of a phase of the year's campaign; an unknown phase is refused in Chinese. */
    public Summary summary(Caller caller, String tenant, int year, int phaseSeq) {
        Phase phase = phases(tenant, year).stream()
                .filter(p -> p.seq() == phaseSeq)
                .findFirst()
                .orElseThrow(() -> new InvalidInputException(
                        "phase", "UNKNOWN_PHASE", year + " 年度工作日历中没有第 " + phaseSeq + " 个工作阶段"));
        CampaignDays.Window window = campaignDays.window(tenant, year);
        LocalDate cutOff = phase.reportDue() != null ? phase.reportDue() : phase.endsOn();
        String district = caller.isCounty() ? caller.district().orElseThrow() : null;
        Map<String, String> names = mapper.districts(tenant).stream()
                .collect(Collectors.toMap(SubjectMapper.DistrictName::code, SubjectMapper.DistrictName::name));
        Function<String, String> nameOf =
                code -> CROSS_DISTRICT.equals(code) ? CROSS_DISTRICT_NAME : names.getOrDefault(code, code);
        Map<String, Checklist> checklists = schemes.active(tenant, year)
                .map(active -> active.scheme().checklists().stream()
                        .collect(Collectors.toMap(Checklist::id, c -> c, (a, b) -> a, LinkedHashMap::new)))
                .orElse(new LinkedHashMap<>());
        List<SubjectMapper.Count> counts = mapper.problems(tenant, year, window.from(), cutOff, district);
        List<Cell> cells = counts.stream()
                .map(c -> {
                    Optional<Checklist> form = Optional.ofNullable(checklists.get(c.checklistId()));
                    return new Cell(
                            c.districtCode(),
                            nameOf.apply(c.districtCode()),
                            c.checklistId(),
                            form.map(Checklist::subject).orElse(c.checklistId()),
                            c.question(),
                            form.flatMap(f -> f.questions().stream()
                                            .filter(q -> q.number().equals(c.question()))
                                            .findFirst())
                                    .map(Checklist.Question::text)
                                    .orElse(""),
                            c.problems());
                })
                .toList();
        Map<String, Integer> perDistrict = new LinkedHashMap<>();
        cells.forEach(c -> perDistrict.merge(c.districtCode(), c.problems(), Integer::sum));
        List<DistrictRow> districts = mapper.inspected(tenant, year, window.from(), cutOff, district).stream()
                .map(i -> new DistrictRow(
                        i.districtCode(),
                        nameOf.apply(i.districtCode()),
                        i.inspections(),
                        i.subjects(),
                        perDistrict.getOrDefault(i.districtCode(), 0)))
                .toList();
        Map<String, TypeRow> types = new LinkedHashMap<>();
        for (Cell c : cells) {
            types.merge(
                    c.checklistId() + "#" + c.question(),
                    new TypeRow(c.checklistId(), c.subject(), c.question(), c.text(), c.problems()),
                    (a, b) -> new TypeRow(
                            a.checklistId(), a.subject(), a.question(), a.text(), a.problems() + b.problems()));
        }
        List<TypeRow> typeRows = types.values().stream()
                .sorted(java.util.Comparator.comparing(TypeRow::checklistId)
                        .thenComparing(t -> questionOrder(t.question())))
                .toList();
        int total = cells.stream().mapToInt(Cell::problems).sum();
        return new Summary(
                year,
                phase,
                window.from(),
                cutOff,
                !LocalDate.now(CHINA).isBefore(cutOff),
                district,
                total,
                districts,
                typeRows,
                cells);
    }

    private static String questionOrder(String number) {
        return String.format("%08d", number.chars().allMatch(Character::isDigit) ? Integer.parseInt(number) : 0)
                + number;
    }
}
