package dev.saferank.rating.facts.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The row sources of one read, one per table, and the small tables read whole. */
public record Sources(
        RowSource<Rows.Agency> agencies,
        RowSource<Rows.District> districts,
        RowSource<Rows.Staff> staff,
        RowSource<Rows.Certificate> certificates,
        RowSource<Rows.Engagements> engagements,
        RowSource<Rows.Entered> entered,
        RowSource<Rows.Finding> findings,
        RowSource<Rows.Measurement> measurements,
        RowSource<Rows.Sanction> sanctions,
        RowSource<Rows.Honour> honours,
        RowSource<Rows.Sample> samples,
        Map<String, String> districtNames,
        Set<String> multiEmployedHashes)
        implements AutoCloseable {

    List<RowSource<?>> all() {
        List<RowSource<?>> all = new ArrayList<>();
        all.add(agencies);
        all.add(districts);
        all.add(staff);
        all.add(certificates);
        all.add(engagements);
        all.add(entered);
        all.add(findings);
        all.add(measurements);
        all.add(sanctions);
        all.add(honours);
        all.add(samples);
        return all;
    }

    @Override
    public void close() {
        all().forEach(RowSource::close);
    }
}
