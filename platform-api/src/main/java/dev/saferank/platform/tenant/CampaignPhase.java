package dev.saferank.platform.tenant;

import java.time.LocalDate;
import java.util.Map;

/**
 * One phase of a campaign (莆田: 自查自改, 市县检查, 省市抽查, 总结提升), in the document's own name.
 *
 * @param seq the phase's order, from 1
 * @param kind selfCheck, inspection, rectification (整改), summary, rating or other
 * @param reportDue the day the phase's report is due to the city (莆田 5/27, 9/25), the cut-off of its summary
 *     of problems; may lie before the phase's own start (莆田's 总结 is due 9/25 for the phase of October)
 */
record CampaignPhase(int seq, String kind, String name, LocalDate startsOn, LocalDate endsOn, LocalDate reportDue) {

    /** The kinds and their Chinese names. */
    static final Map<String, String> KINDS = Map.of(
            "selfCheck", "自查自改",
            "inspection", "检查",
            "rectification", "整改",
            "summary", "总结",
            "rating", "评定公示",
            "other", "其他");

    /** What a bureau admin enters for one phase. */
    record Input(String kind, String name, LocalDate startsOn, LocalDate endsOn, LocalDate reportDue) {}
}
