package dev.saferank.platform.subject;

import dev.saferank.platform.agency.CreditCode;
import dev.saferank.platform.graphql.InvalidInputException;
import dev.saferank.platform.graphql.UserError;
import dev.saferank.platform.history.History;
import dev.saferank.platform.scheme.Schemes;
import dev.saferank.platform.security.Caller;
import dev.saferank.scheme.Checklist;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers and lists the subjects of the kinds the tenant's schemes declare (a checklist's {@code subjectKind}
 * other than agency). A county bureau's staff register and see the subjects of their own district only (莆田:
 * "对辖区内高危行业生产经营单位……进行抽查检查").
 */
@Service
class Subjects {

    static final int MAX_LIST = 500;

    /** A kind of subject a scheme declares, named by its checklists' subject (生产经营单位), with their ids. */
    record Kind(String kind, String name, List<String> checklistIds) {}

    record RegisterSubjectInput(String kind, String name, String creditCode, String districtCode, String industry) {}

    private final SubjectMapper mapper;
    private final Schemes schemes;
    private final History history;

    Subjects(SubjectMapper mapper, Schemes schemes, History history) {
        this.mapper = mapper;
        this.schemes = schemes;
        this.history = history;
    }

    /** The kinds other than agency declared by the checklists of the tenant's active scheme versions. */
    List<Kind> kinds(String tenant) {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, List<String>> checklists = new LinkedHashMap<>();
        for (int year : mapper.activeYears(tenant)) {
            schemes.active(tenant, year).ifPresent(active -> {
                for (Checklist c : active.scheme().checklists()) {
                    if (!c.forAgencies()) {
                        names.putIfAbsent(c.subjectKind(), c.subject());
                        List<String> ids = checklists.computeIfAbsent(c.subjectKind(), k -> new ArrayList<>());
                        if (!ids.contains(c.id())) {
                            ids.add(c.id());
                        }
                    }
                }
            });
        }
        return names.entrySet().stream()
                .map(e -> new Kind(e.getKey(), e.getValue(), List.copyOf(checklists.get(e.getKey()))))
                .toList();
    }

    /** The subject if the caller may see it: the tenant's, and a county's own district's only. */
    Optional<Subject> visible(Caller caller, String tenant, long id) {
        return mapper.find(tenant, id).filter(s -> inScope(caller, s.districtCode()));
    }

    List<Subject> list(Caller caller, String tenant, String kind, String district) {
        String scoped = district;
        if (caller.isCounty()) {
            String own = caller.district().orElseThrow();
            if (district != null && !district.equals(own)) {
                throw new InvalidInputException(
                        "district", "OUTSIDE_DISTRICT", "区县用户只能查看本辖区（" + own + "）的检查对象，不能查看其他区县");
            }
            scoped = own;
        }
        return mapper.list(tenant, blankToNull(kind), blankToNull(scoped), MAX_LIST);
    }

    @Transactional
    Subject register(Caller caller, String tenant, RegisterSubjectInput in) {
        List<UserError> errors = new ArrayList<>();
        List<Kind> kinds = kinds(tenant);
        if (in.kind() == null || kinds.stream().noneMatch(k -> k.kind().equals(in.kind()))) {
            errors.add(UserError.of(
                    "input.kind",
                    "UNKNOWN_SUBJECT_KIND",
                    kinds.isEmpty()
                            ? "本市启用的考评标准没有声明机构以外的检查对象类别"
                            : "检查对象类别须为："
                                    + String.join(
                                            "、",
                                            kinds.stream()
                                                    .map(k -> k.name() + "（" + k.kind() + "）")
                                                    .toList())));
        }
        String name = in.name() == null ? "" : in.name().strip();
        if (name.isEmpty() || name.length() > 200) {
            errors.add(UserError.of("input.name", "REQUIRED", "请填写单位名称（1 到 200 字）"));
        }
        String code = in.creditCode() == null ? "" : in.creditCode().strip().toUpperCase(Locale.ROOT);
        CreditCode.problem(code).ifPresent(p -> errors.add(UserError.of("input.creditCode", "INVALID_CREDIT_CODE", p)));
        String district = in.districtCode() == null ? "" : in.districtCode().strip();
        if (district.isEmpty() || mapper.districtName(tenant, district).isEmpty()) {
            errors.add(UserError.of("input.districtCode", "UNKNOWN_DISTRICT", "所在区县“" + district + "”不是本市的区县"));
        } else if (!inScope(caller, district)) {
            errors.add(UserError.of(
                    "input.districtCode",
                    "OUTSIDE_DISTRICT",
                    "区县用户只能登记本辖区（" + caller.district().orElseThrow() + "）的检查对象"));
        }
        String industry = blankToNull(in.industry());
        if (industry != null && industry.length() > 100) {
            errors.add(UserError.of("input.industry", "TOO_LONG", "行业过长（上限 100 字）"));
        }
        if (errors.isEmpty() && mapper.findByCode(tenant, in.kind(), code).isPresent()) {
            errors.add(UserError.of("input.creditCode", "DUPLICATE", "统一社会信用代码 " + code + " 已登记为该类检查对象"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        var key = new GeneratedId();
        mapper.insert(tenant, in.kind(), name, code, district, industry, caller.username(), key);
        Subject subject = mapper.find(tenant, key.value()).orElseThrow();
        history.record(tenant, "subject", subject.id(), "registered", caller.username(), null, subject);
        return subject;
    }

    static boolean inScope(Caller caller, String district) {
        return !caller.isCounty() || caller.district().orElseThrow().equals(district);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
