package dev.saferank.platform.tenant;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The days a year's work may fall on, for the other packages: an inspection of scheme year 2021 in 莆田 may be
 * dated April 2022, inside the campaign "2021年12月至2022年10月"; a year whose campaign has no span of its own
 * keeps to its calendar year. Also the phases with a report due day, which summaries are produced for.
 */
@Service
public class CampaignDays {

    /** The inclusive days of a year's work; {@code spanned} when the campaign has a span of its own. */
    public record Window(int year, LocalDate from, LocalDate to, boolean spanned) {

        public boolean contains(LocalDate day) {
            return day != null && !day.isBefore(from) && !day.isAfter(to);
        }

        /** In Chinese, for errors: "<what>须在专项整治期间 2021-12-01 至 2022-10-31 内" or "<what>须在考评年度 2023 年内". */
        public String mustContain(String what) {
            return what + (spanned ? "须在专项整治期间 " + from + " 至 " + to + " 内" : "须在考评年度 " + year + " 年内");
        }
    }

    /** A phase whose report is due on a day (its summary's cut-off). */
    public record Due(int seq, String kind, String name, LocalDate startsOn, LocalDate endsOn, LocalDate reportDue) {}

    private final TenantMapper mapper;

    CampaignDays(TenantMapper mapper) {
        this.mapper = mapper;
    }

    public Window window(String tenant, int year) {
        return mapper.findCampaign(tenant, year)
                .filter(row -> row.startsOn() != null && row.endsOn() != null)
                .map(row -> new Window(year, row.startsOn(), row.endsOn(), true))
                .orElseGet(() -> new Window(year, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), false));
    }

    /** Every phase of the year, in order. */
    public List<Due> phases(String tenant, int year) {
        return mapper.findPhases(tenant, year).stream()
                .map(p -> new Due(p.seq(), p.kind(), p.name(), p.startsOn(), p.endsOn(), p.reportDue()))
                .toList();
    }
}
