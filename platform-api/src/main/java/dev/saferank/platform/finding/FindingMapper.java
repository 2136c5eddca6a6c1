package dev.saferank.platform.finding;

import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface FindingMapper {

    /** Filters of the findings list; null fields do not filter. */
    record Filter(Long agencyId, Integer year, String status, String ruleCode, String source) {}

    void insert(@Param("tenant") String tenant, @Param("f") NewFinding finding, @Param("key") GeneratedId key);

    Optional<Finding> find(@Param("tenant") String tenant, @Param("id") long id);

    /**
     * A page of findings by id; {@code accountUser} (an agency user) limits them to the agencies
     * whose account it is.
     */
    List<Finding> page(
            @Param("tenant") String tenant,
            @Param("filter") Filter filter,
            @Param("accountUser") String accountUser,
            @Param("after") long after,
            @Param("limit") int limit);

    List<Finding> byAgencies(
            @Param("tenant") String tenant,
            @Param("agencyIds") List<Long> agencyIds,
            @Param("year") Integer year,
            @Param("status") String status);

    /**
     * As {@link #byAgencies}, summary rows only (see {@link Finding}).
     *
     * @param columns the select list: {@link FindingSummary.Columns#selectList()}
     */
    List<FindingSummaryRows.Row> summariesByAgencies(
            @Param("tenant") String tenant,
            @Param("agencyIds") List<Long> agencyIds,
            @Param("year") Integer year,
            @Param("status") String status,
            @Param("columns") String columns);

    List<Finding> byIds(@Param("tenant") String tenant, @Param("ids") List<Long> ids);

    /** An agency's id and name, for the findings lists that name their agency. */
    record AgencyName(long id, String name) {}

    List<AgencyName> agencyNames(@Param("tenant") String tenant, @Param("ids") java.util.Collection<Long> ids);

    List<Finding> confirmedRuleFindings(
            @Param("tenant") String tenant, @Param("agencyId") long agencyId, @Param("year") int year);

    /** Moves a finding to a status if nobody changed it since it was read; the rows changed. */
    int changeStatus(
            @Param("tenant") String tenant,
            @Param("id") long id,
            @Param("version") int version,
            @Param("status") String status,
            @Param("confirmedBy") String confirmedBy);

    int countEngagement(
            @Param("tenant") String tenant, @Param("agencyId") long agencyId, @Param("engagementId") long engagementId);
}
