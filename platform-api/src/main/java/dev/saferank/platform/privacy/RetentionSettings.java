package dev.saferank.platform.privacy;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long each kind of personal data is kept (个人信息保护法 art. 19: no longer than the purpose needs), and
 * when the retention job runs.
 *
 * @param complaintContact a complainant's name and telephone, counted from the complaint's closing (closed
 *     with a reason, or its enforcement case closed): time for the bureau to answer follow-up questions
 * @param objectionContact a public objector's name and contact, counted from the bureau's decision
 * @param clientAddress the keyed hash of a complainant's network address, counted from filing: the rate
 *     limit looks back one hour
 * @param cron when the job runs (China time)
 */
@ConfigurationProperties("saferank.privacy.retention")
record RetentionSettings(
        @DefaultValue("365d") Duration complaintContact,
        @DefaultValue("365d") Duration objectionContact,
        @DefaultValue("1d") Duration clientAddress,
        @DefaultValue("0 30 3 * * *") String cron) {}
