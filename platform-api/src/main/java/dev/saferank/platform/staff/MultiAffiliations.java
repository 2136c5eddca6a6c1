package dev.saferank.platform.staff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * People active in two or more agencies of a tenant at once (挂靠), found by the keyed hash of their ID
 * number: each person with their active records, one per agency.
 */
@Service
public class MultiAffiliations {

    /** One person and their active records in several agencies. */
    public record Person(String name, List<Staff> records) {}

    static final int MAX_PEOPLE = 1000;

    private final StaffMapper mapper;

    MultiAffiliations(StaffMapper mapper) {
        this.mapper = mapper;
    }

    /** Every such person of the tenant (at most 1,000), in a fixed order. */
    public List<Person> of(String tenant) {
        List<StaffMapper.PersonRow> rows = mapper.multiAffiliated(tenant, MAX_PEOPLE);
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, Staff> staff = new LinkedHashMap<>();
        mapper.findByIds(
                        tenant,
                        rows.stream().map(StaffMapper.PersonRow::staffId).toList())
                .forEach(s -> staff.put(s.id(), s));
        Map<String, List<Staff>> byPerson = new LinkedHashMap<>();
        rows.forEach(row -> byPerson.computeIfAbsent(row.idHash(), hash -> new ArrayList<>())
                .add(staff.get(row.staffId())));
        return byPerson.values().stream()
                .map(records -> new Person(records.getFirst().name(), records))
                .toList();
    }
}
