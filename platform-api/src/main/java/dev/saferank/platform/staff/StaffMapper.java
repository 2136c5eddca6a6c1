package dev.saferank.platform.staff;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface StaffMapper {

    /** A person (by hash) and one of its staff records, for grouping without showing the hash. */
    record PersonRow(String idHash, long staffId) {}

    /** A staff record and another agency where the same person is active. */
    record OtherAgencyRow(long staffId, long agencyId) {}

    int insert(
            @Param("tenant") String tenant,
            @Param("agencyId") long agencyId,
            @Param("name") String name,
            @Param("idHash") String idHash,
            @Param("idHashKey") String idHashKey,
            @Param("fullTime") boolean fullTime,
            @Param("title") String title,
            @Param("actor") String actor);

    Optional<Staff> findByPerson(
            @Param("tenant") String tenant, @Param("agencyId") long agencyId, @Param("idHash") String idHash);

    Optional<Staff> find(@Param("tenant") String tenant, @Param("id") long id);

    List<Staff> findByIds(@Param("tenant") String tenant, @Param("ids") Collection<Long> ids);

    /** The active staff of many agencies. */
    List<Staff> activeOf(@Param("tenant") String tenant, @Param("agencyIds") Collection<Long> agencyIds);

    int insertCertificates(
            @Param("tenant") String tenant,
            @Param("agencyId") long agencyId,
            @Param("staffId") long staffId,
            @Param("certificates") List<CertificateInput> certificates);

    List<Certificate> certificatesOf(@Param("tenant") String tenant, @Param("staffIds") Collection<Long> staffIds);

    List<OtherAgencyRow> otherAgencies(@Param("tenant") String tenant, @Param("staffIds") Collection<Long> staffIds);

    /** Active staff records of people active in two or more agencies of the tenant. */
    List<PersonRow> multiAffiliated(@Param("tenant") String tenant, @Param("limit") int limit);

    int reactivate(
            @Param("tenant") String tenant,
            @Param("id") long id,
            @Param("name") String name,
            @Param("fullTime") boolean fullTime,
            @Param("title") String title);

    int withdraw(@Param("tenant") String tenant, @Param("id") long id);

    int update(
            @Param("tenant") String tenant,
            @Param("id") long id,
            @Param("name") String name,
            @Param("fullTime") boolean fullTime,
            @Param("title") String title);

    int deleteCertificates(
            @Param("tenant") String tenant, @Param("agencyId") long agencyId, @Param("staffId") long staffId);
}
