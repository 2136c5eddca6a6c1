package dev.saferank.platform.sanction;

import dev.saferank.platform.scheme.Schemes;
import dev.saferank.platform.staff.MultiAffiliations;
import dev.saferank.platform.staff.Staff;
import dev.saferank.scheme.Rule;
import dev.saferank.scheme.SanctionType;
import dev.saferank.scheme.SanctionUses;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * 多处挂靠 proposed from the register (泉州 22.2 "从业人员违规多处挂靠, 初次发现, 予以警告, 涉及机构扣 5 分"): every
 * agency with a person active in another agency of the tenant, where the year's scheme deducts for it and
 * no 多处挂靠 is recorded for the agency in that year yet. Nothing is scored until a person confirms a
 * proposal by recording the sanction (recordSanction, type multiAffiliation).
 */
@Service
class MultiAffiliationProposals {

    /** One proposal: the agency, the people also active elsewhere and where. */
    record Proposal(long agencyId, String agencyName, String rule, List<Person> people) {}

    /** A person of the agency and the other agencies where the same person is active. */
    record Person(String name, List<Long> otherAgencyIds) {}

    private final MultiAffiliations multiAffiliations;
    private final SanctionMapper sanctions;
    private final Schemes schemes;

    MultiAffiliationProposals(MultiAffiliations multiAffiliations, SanctionMapper sanctions, Schemes schemes) {
        this.multiAffiliations = multiAffiliations;
        this.sanctions = sanctions;
        this.schemes = schemes;
    }

    List<Proposal> of(String tenant, int year, java.util.function.LongFunction<String> agencyName) {
        Optional<Rule> rule = schemes.active(tenant, year)
                .filter(a -> SanctionUses.scores(a.scheme(), SanctionType.MULTI_AFFILIATION, Optional.empty()))
                .flatMap(a -> a.scheme()
                        .allItems()
                        .flatMap(i -> i.rules().stream())
                        .filter(r -> r instanceof Rule.Sanction s && s.sanction() == SanctionType.MULTI_AFFILIATION)
                        .findFirst());
        if (rule.isEmpty()) {
            return List.of();
        }
        Map<Long, Map<String, Set<Long>>> byAgency = new LinkedHashMap<>();
        for (MultiAffiliations.Person person : multiAffiliations.of(tenant)) {
            for (Staff record : person.records()) {
                Set<Long> others = byAgency.computeIfAbsent(record.agencyId(), a -> new LinkedHashMap<>())
                        .computeIfAbsent(person.name(), n -> new LinkedHashSet<>());
                person.records().stream()
                        .map(Staff::agencyId)
                        .filter(a -> a != record.agencyId())
                        .forEach(others::add);
            }
        }
        if (byAgency.isEmpty()) {
            return List.of();
        }
        Set<Long> recorded = new java.util.HashSet<>();
        sanctions.sanctionsOf(tenant, byAgency.keySet(), List.of(year)).stream()
                .filter(s -> s.active() && s.type().equals(SanctionType.MULTI_AFFILIATION.id()))
                .forEach(s -> recorded.add(s.agencyId()));
        List<Proposal> out = new ArrayList<>();
        String wording = rule.get().code() + " " + rule.get().wording();
        byAgency.forEach((agency, people) -> {
            if (!recorded.contains(agency)) {
                out.add(new Proposal(
                        agency,
                        agencyName.apply(agency),
                        wording,
                        people.entrySet().stream()
                                .map(e -> new Person(e.getKey(), List.copyOf(e.getValue())))
                                .toList()));
            }
        });
        return out;
    }
}
