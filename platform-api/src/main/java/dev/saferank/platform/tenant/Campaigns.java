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
 * the next (苏州 rates in early 2024 for 2023); the public notice lasts 1 to 30 working days.
 */
@Service
class Campaigns {

    /** What a bureau admin enters; a null date is not decided yet. */
    record SetCampaignInput(
            Integer year,
            LocalDate selfCheckStart,
            LocalDate selfCheckEnd,
            LocalDate inspectionStart,
            LocalDate inspectionEnd,
            LocalDate ratingDate,
            Integer noticeWorkingDays,
            LocalDate publicationDate,
            List<LocalDate> holidays) {}

    static final int DEFAULT_NOTICE_DAYS = 7;
    static final int MAX_HOLIDAYS = 60;

    private final TenantMapper mapper;
    private final History history;

    Campaigns(TenantMapper mapper, History history) {
        this.mapper = mapper;
        this.history = history;
    }

    Optional<Campaign> of(String tenant, int year) {
        return mapper.findCampaign(tenant, year).map(Campaign.Row::campaign);
    }

    List<Campaign> of(String tenant) {
        return mapper.findCampaigns(tenant).stream().map(Campaign.Row::campaign).toList();
    }

    @Transactional
    Campaign set(String tenant, SetCampaignInput input, String actor) {
        Campaign campaign = CampaignRules.checked(input, actor);
        mapper.saveCampaign(tenant, campaign, holidays(campaign));
        Campaign stored = of(tenant, campaign.year()).orElseThrow();
        history.record(tenant, "campaign", campaign.year(), "set", actor, null, stored);
        return stored;
    }

    /** Stores a calendar unless the year has one already (seeding never overwrites a bureau's edits). */
    boolean seed(String tenant, Campaign campaign) {
        return mapper.insertCampaignIfAbsent(tenant, campaign, holidays(campaign)) > 0;
    }

    private static String holidays(Campaign campaign) {
        return campaign.holidays().stream().map(LocalDate::toString).collect(Collectors.joining(","));
    }
}
