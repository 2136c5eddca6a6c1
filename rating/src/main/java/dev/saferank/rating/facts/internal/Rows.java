package dev.saferank.rating.facts.internal;

import java.math.BigDecimal;

/** The rows of the fact tables, each keyed by its agency (column 1 of every query). */
public final class Rows {

    private Rows() {}

    /** A row that belongs to an agency. */
    public interface OfAgency {
        long agencyId();
    }

    public record Agency(long agencyId, String name, String category, BigDecimal officeArea) implements OfAgency {}

    public record District(long agencyId, String code) implements OfAgency {}

    public record Staff(long agencyId, long id, boolean fullTime, String idHash) implements OfAgency {}

    public record Certificate(long agencyId, long staffId, String type) implements OfAgency {}

    /** An agency's active engagements of the period read (from {@code FactPlan.engagementsFrom}), counted. */
    public record Engagements(long agencyId, int inYear, int inPeriod) implements OfAgency {}

    public record Entered(long agencyId, String field, BigDecimal value) implements OfAgency {}

    public record Finding(long agencyId, String rule, int count, BigDecimal value, Integer of, String enterprise)
            implements OfAgency {}

    public record Measurement(long agencyId, String name, String group, BigDecimal value, String response)
            implements OfAgency {}

    public record Sanction(long agencyId, String type, String level) implements OfAgency {}

    public record Honour(long agencyId, String level, String cause) implements OfAgency {}

    public record Sample(long agencyId, long engagementId) implements OfAgency {}
}
