package dev.saferank.platform.sampling;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Sampled enterprises; every statement binds the tenant. */
@Mapper
interface SamplingMapper {

    /** An engagement as a sample needs it. */
    record Served(long id, long agencyId, LocalDate contractDate, String status) {}

    Optional<Served> engagement(@Param("tenant") String tenant, @Param("id") long id);

    int insert(
            @Param("tenant") String tenant,
            @Param("agencyId") long agencyId,
            @Param("year") int year,
            @Param("engagementId") long engagementId,
            @Param("checkedOn") LocalDate checkedOn,
            @Param("actor") String actor);

    /** Takes a withdrawn or drawn (not yet checked) sample of the same enterprise back (the key is agency, year, engagement). */
    int reactivate(
            @Param("tenant") String tenant,
            @Param("agencyId") long agencyId,
            @Param("year") int year,
            @Param("engagementId") long engagementId,
            @Param("checkedOn") LocalDate checkedOn,
            @Param("actor") String actor);

    Optional<SampledEnterprise> byKey(
            @Param("tenant") String tenant,
            @Param("agencyId") long agencyId,
            @Param("year") int year,
            @Param("engagementId") long engagementId);

    Optional<SampledEnterprise> find(@Param("tenant") String tenant, @Param("id") long id);

    /** Active samples of many agencies in a year, in one statement. */
    List<SampledEnterprise> activeOf(
            @Param("tenant") String tenant, @Param("agencyIds") Collection<Long> agencyIds, @Param("year") int year);

    int withdraw(@Param("tenant") String tenant, @Param("id") long id);
}
