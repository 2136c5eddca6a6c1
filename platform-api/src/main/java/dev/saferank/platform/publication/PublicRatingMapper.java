package dev.saferank.platform.publication;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/**
 * What the public search and the public site read: announced entries of published publications and the
 * cities' public facts. Every statement reads published rows and announced entries only (published data is
 * public by definition); the projection's and the history's statements also bind a tenant.
 */
@Mapper
interface PublicRatingMapper {

    /** Announced, published entries of one tenant by id (the search projection). */
    List<PublicRating> ofTenant(@Param("tenant") String tenant, @Param("ids") Collection<Long> ids);

    /** Announced, published entries of every tenant after an id, by id (the rebuild). */
    List<PublicRating> page(@Param("after") long after, @Param("limit") int limit);

    /**
     * The agencies (of any city) registered with a 统一社会信用代码: the public search by code matches their
     * announced entries only, so nothing unpublished is found through it.
     */
    @Select("SELECT id FROM agency WHERE credit_code = #{code} ORDER BY id")
    List<Long> agenciesWithCreditCode(@Param("code") String code);

    /** Announced, published entries of any tenant by id (the hits of a public search). */
    List<PublicRating> publishedByIds(@Param("ids") Collection<Long> ids);

    /** Every announced, published entry of one agency, newest year and publication first. */
    List<PublicRating> publishedOfAgency(@Param("tenant") String tenant, @Param("agency") long agency);

    /** A city: the tenant's id and name. */
    record City(String id, String name) {}

    /** Every tenant's name, for labelling facets (whose buckets hold only published cities). */
    List<City> allCities();

    /** The cities the public site lists: published, or with a notice that has started. */
    List<City> cities(@Param("today") java.time.LocalDate today);

    Optional<City> city(@Param("tenant") String tenant);

    /** A district of a city. */
    record District(String tenantId, String code, String name) {}

    /** Districts of these cities that announced, published entries name. */
    List<District> districts(@Param("tenants") Collection<String> tenants);

    /** Districts of any city with these codes (facet labels). */
    List<District> districtsByCode(@Param("codes") Collection<String> codes);

    /** A year of a city (a notice open on a day, a publication). */
    record CityYear(String tenantId, int year) {}

    /** The newest year of each city whose notice is open on that day. */
    List<CityYear> openNoticeYears(@Param("tenants") Collection<String> tenants, @Param("today") LocalDate today);

    /** The years of each city with a published publication, newest first. */
    List<CityYear> publishedYears(@Param("tenants") Collection<String> tenants);
}
