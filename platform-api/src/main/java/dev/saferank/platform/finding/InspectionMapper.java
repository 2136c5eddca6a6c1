package dev.saferank.platform.finding;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface InspectionMapper {

    void insert(
            @Param("tenant") String tenant,
            @Param("agencyId") long agencyId,
            @Param("year") int year,
            @Param("checklistId") String checklistId,
            @Param("inspectedOn") LocalDate inspectedOn,
            @Param("source") String source,
            @Param("actor") String actor,
            @Param("key") GeneratedId key);

    void insertAnswer(
            @Param("tenant") String tenant, @Param("inspectionId") long inspectionId, @Param("a") Inspection.Answer a);

    Optional<Inspection> find(@Param("tenant") String tenant, @Param("id") long id);

    List<Inspection.Answer> answers(@Param("tenant") String tenant, @Param("inspectionId") long inspectionId);

    List<Finding> findings(@Param("tenant") String tenant, @Param("inspectionId") long inspectionId);
}
