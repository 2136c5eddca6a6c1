package dev.saferank.platform.tenant;

import dev.saferank.platform.history.History;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The campaign calendar of a tenant per year. Dates lie between 1 January of the year and 30 June of
 * the next (苏州 rates in early 2024 for 2023), or up to the end of the campaign's span when it runs into
 * the next year (莆田 2021-12 to 2022-10), whose phases lie inside the span; the public notice lasts 1 to
 * 30 working days.
 */
@Service
class Campaigns {

    /** What a bureau admin enters; a null date is not decided yet. */
    record SetCampaignInput(
            Integer year,
            LocalDate startsOn,
            LocalDate endsOn,
            LocalDate selfCheckStart,
            LocalDate selfCheckEnd,
            LocalDate inspectionStart,
            LocalDate inspectionEnd,
            LocalDate ratingDate,
            Integer noticeWorkingDays,
            LocalDate publicationDate,
            List<LocalDate> holidays,
            List<CampaignPhase.Input> phases) {}

    static final int DEFAULT_NOTICE_DAYS = 7;
    static final int MAX_HOLIDAYS = 60;
    static final int MAX_PHASES = 12;

    private final TenantMapper mapper;
    private final History history;

    Campaigns(TenantMapper mapper, History history) {
        this.mapper = mapper;
        this.history = history;
    }

    Optional<Campaign> of(String tenant, int year) {
        return mapper.findCampaign(tenant, year).map(row -> withPhases(tenant, row.campaign()));
    }

    List<Campaign> of(String tenant) {
        return mapper.findCampaigns(tenant).stream()
                .map(row -> withPhases(tenant, row.campaign()))
                .toList();
    }

    private Campaign withPhases(String tenant, Campaign campaign) {
        return campaign.withPhases(mapper.findPhases(tenant, campaign.year()));
    }

    @Transactional
    Campaign set(String tenant, SetCampaignInput input, String actor) {
        Campaign campaign = CampaignRules.checked(input, actor);
        mapper.saveCampaign(tenant, campaign, holidays(campaign));
        writePhases(tenant, campaign);
        Campaign stored = of(tenant, campaign.year()).orElseThrow();
        history.record(tenant, "campaign", campaign.year(), "set", actor, null, stored);
        return stored;
    }

    /**
     * Stores a seed calendar unless the year has one a person has set (seeding never overwrites a bureau's
     * edits); a calendar the seed wrote before and that differs (a newer seed with phases) is brought up to
     * date. Whether anything was written.
     */
    @Transactional
    boolean seed(String tenant, Campaign campaign) {
        Optional<Campaign> existing = of(tenant, campaign.year());
        if (existing.isPresent()
                && (!existing.get().updatedBy().equals(campaign.updatedBy()) || sameDays(existing.get(), campaign))) {
            return false;
        }
        if (existing.isEmpty()) {
            mapper.insertCampaignIfAbsent(tenant, campaign, holidays(campaign));
        } else {
            mapper.saveCampaign(tenant, campaign, holidays(campaign));
        }
        writePhases(tenant, campaign);
        return true;
    }

    private static boolean sameDays(Campaign a, Campaign b) {
        return java.util.Objects.equals(a.startsOn(), b.startsOn())
                && java.util.Objects.equals(a.endsOn(), b.endsOn())
                && java.util.Objects.equals(a.selfCheckStart(), b.selfCheckStart())
                && java.util.Objects.equals(a.selfCheckEnd(), b.selfCheckEnd())
                && java.util.Objects.equals(a.inspectionStart(), b.inspectionStart())
                && java.util.Objects.equals(a.inspectionEnd(), b.inspectionEnd())
                && java.util.Objects.equals(a.ratingDate(), b.ratingDate())
                && a.noticeWorkingDays() == b.noticeWorkingDays()
                && java.util.Objects.equals(a.publicationDate(), b.publicationDate())
                && a.holidays().equals(b.holidays())
                && a.phases().equals(b.phases());
    }

    private void writePhases(String tenant, Campaign campaign) {
        mapper.deletePhases(tenant, campaign.year());
        for (CampaignPhase phase : campaign.phases()) {
            mapper.insertPhase(tenant, campaign.year(), phase);
        }
    }

    private static String holidays(Campaign campaign) {
        return campaign.holidays().stream().map(LocalDate::toString).collect(Collectors.joining(","));
    }
}
