package dev.saferank.platform.tenant;

import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * Tenants, districts, calendars, and the link of an agency to its account. The tenant registry
 * itself is the platform admin's (statements on {@code tenant} without a caller's tenant); every
 * other statement binds the tenant.
 */
@Mapper
interface TenantMapper {

    int insertTenant(
            @Param("id") String id,
            @Param("name") String name,
            @Param("organizationId") String organizationId,
            @Param("actor") String actor);

    /**
     * The seed's insert: a row that exists gains a missing organization id, and its name when it
     * only had its id as a placeholder (as test fixtures write it); a real name is kept.
     */
    int seedTenant(@Param("id") String id, @Param("name") String name, @Param("organizationId") String organizationId);

    Optional<TenantSummary> findTenant(@Param("tenant") String tenant);

    List<TenantSummary> findAllTenants();

    /** The version active for a year, read without compiling it (a checklist-only scheme has no engine). */
    Optional<String> findActiveVersion(@Param("tenant") String tenant, @Param("year") int year);

    /** Who activated the year's version ("seed" for the seed's own). */
    Optional<String> findActivatedBy(@Param("tenant") String tenant, @Param("year") int year);

    List<District> findDistricts(@Param("tenant") String tenant);

    Optional<District> findDistrict(@Param("tenant") String tenant, @Param("code") String code);

    Optional<District> findDistrictByName(@Param("tenant") String tenant, @Param("name") String name);

    int insertDistrict(@Param("tenant") String tenant, @Param("code") String code, @Param("name") String name);

    int insertDistrictIfAbsent(@Param("tenant") String tenant, @Param("code") String code, @Param("name") String name);

    int renameDistrict(@Param("tenant") String tenant, @Param("code") String code, @Param("name") String name);

    Optional<Campaign.Row> findCampaign(@Param("tenant") String tenant, @Param("year") int year);

    List<Campaign.Row> findCampaigns(@Param("tenant") String tenant);

    int saveCampaign(@Param("tenant") String tenant, @Param("c") Campaign campaign, @Param("holidays") String holidays);

    int insertCampaignIfAbsent(
            @Param("tenant") String tenant, @Param("c") Campaign campaign, @Param("holidays") String holidays);

    List<CampaignPhase> findPhases(@Param("tenant") String tenant, @Param("year") int year);

    int deletePhases(@Param("tenant") String tenant, @Param("year") int year);

    int insertPhase(@Param("tenant") String tenant, @Param("year") int year, @Param("p") CampaignPhase phase);

    /** The agency's current account, or empty when the agency does not exist in the tenant. */
    Optional<AgencyAccount> findAgencyAccount(@Param("tenant") String tenant, @Param("agencyId") long agencyId);

    int linkAgencyAccount(
            @Param("tenant") String tenant, @Param("agencyId") long agencyId, @Param("username") String username);

    /** An agency of the tenant and the username of its account, if linked. */
    record AgencyAccount(long id, String accountUser) {}
}
