package dev.saferank.platform.agency;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface AgencyMapper {

    Optional<Agency> find(@Param("tenant") String tenant, @Param("id") long id);

    List<Agency> findByIds(@Param("tenant") String tenant, @Param("ids") List<Long> ids);

    Optional<Agency> findByAccount(@Param("tenant") String tenant, @Param("username") String username);

    Optional<Agency> findByCreditCode(@Param("tenant") String tenant, @Param("creditCode") String creditCode);

    /** Whether another agency of the tenant than {@code exceptId} is linked to the account. */
    boolean accountInUse(
            @Param("tenant") String tenant, @Param("username") String username, @Param("exceptId") long exceptId);

    /** Rows with an id above {@code after}, at most {@code limit}, by id. */
    List<Agency> page(
            @Param("tenant") String tenant,
            @Param("filter") AgencyFilter filter,
            @Param("namePattern") String namePattern,
            @Param("after") long after,
            @Param("limit") int limit);

    int insert(
            @Param("tenant") String tenant,
            @Param("input") AgencyInput input,
            @Param("name") String name,
            @Param("account") String account,
            @Param("actor") String actor);

    /** Changes the registration if the version is still the one read; the count of rows changed. */
    int update(
            @Param("tenant") String tenant,
            @Param("id") long id,
            @Param("version") int version,
            @Param("input") AgencyInput input,
            @Param("name") String name,
            @Param("account") String account);

    record IdName(long id, String name) {}

    List<IdName> names(@Param("tenant") String tenant, @Param("ids") Collection<Long> ids);

    int setStatus(@Param("tenant") String tenant, @Param("id") long id, @Param("status") String status);

    /** Whether the agency is registered as working in the district. */
    boolean inDistrict(@Param("tenant") String tenant, @Param("id") long id, @Param("district") String district);

    List<String> knownDistricts(@Param("tenant") String tenant, @Param("codes") Collection<String> codes);

    List<AgencyDistrict> districtsOf(@Param("tenant") String tenant, @Param("ids") Collection<Long> ids);

    int insertDistricts(
            @Param("tenant") String tenant, @Param("agencyId") long agencyId, @Param("codes") List<String> codes);

    int removeDistricts(@Param("tenant") String tenant, @Param("agencyId") long agencyId);
}
