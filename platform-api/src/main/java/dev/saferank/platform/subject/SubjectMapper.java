package dev.saferank.platform.subject;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Subjects, their inspections and the problems of a campaign; every statement binds the tenant. */
@Mapper
interface SubjectMapper {

    void insert(
            @Param("tenant") String tenant,
            @Param("kind") String kind,
            @Param("name") String name,
            @Param("creditCode") String creditCode,
            @Param("districtCode") String districtCode,
            @Param("industry") String industry,
            @Param("actor") String actor,
            @Param("key") GeneratedId key);

    Optional<Subject> find(@Param("tenant") String tenant, @Param("id") long id);

    Optional<Subject> findByCode(
            @Param("tenant") String tenant, @Param("kind") String kind, @Param("creditCode") String creditCode);

    /** The subjects of a kind (null: every kind) in a district (null: every district), by id. */
    List<Subject> list(
            @Param("tenant") String tenant,
            @Param("kind") String kind,
            @Param("district") String district,
            @Param("limit") int limit);

    record DistrictName(String code, String name) {}

    List<DistrictName> districts(@Param("tenant") String tenant);

    Optional<String> districtName(@Param("tenant") String tenant, @Param("code") String code);

    /** The years with an active scheme version. */
    List<Integer> activeYears(@Param("tenant") String tenant);

    void insertInspection(
            @Param("tenant") String tenant,
            @Param("subjectId") long subjectId,
            @Param("year") int year,
            @Param("checklistId") String checklistId,
            @Param("inspectedOn") LocalDate inspectedOn,
            @Param("source") String source,
            @Param("actor") String actor,
            @Param("key") GeneratedId key);

    void insertAnswer(
            @Param("tenant") String tenant,
            @Param("inspectionId") long inspectionId,
            @Param("a") SubjectInspection.Answer answer);

    Optional<SubjectInspection> findInspection(@Param("tenant") String tenant, @Param("id") long id);

    List<SubjectInspection> inspectionsOf(@Param("tenant") String tenant, @Param("subjectId") long subjectId);

    List<SubjectInspection.Answer> answers(@Param("tenant") String tenant, @Param("inspectionId") long inspectionId);

    /** One problem count: a question of a checklist in a district (the agency's own when it serves one only). */
    record Count(String districtCode, String checklistId, String question, int problems) {}

    /** Inspections made in a district. */
    record Inspected(String districtCode, int inspections, int subjects) {}

    /**
     * The problems of a year's inspections from {@code from} to {@code to}: production units' violation answers and
     * agencies' checklist findings (not withdrawn); an agency serving several districts counts under
     * {@link ProblemSummaries#CROSS_DISTRICT}.
     */
    List<Count> problems(
            @Param("tenant") String tenant,
            @Param("year") int year,
            @Param("from") LocalDate from,
            @Param("to") LocalDate to,
            @Param("district") String district);

    List<Inspected> inspected(
            @Param("tenant") String tenant,
            @Param("year") int year,
            @Param("from") LocalDate from,
            @Param("to") LocalDate to,
            @Param("district") String district);
}
