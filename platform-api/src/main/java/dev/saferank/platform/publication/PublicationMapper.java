package dev.saferank.platform.publication;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * Publications and their entries. Statements named {@code published…} are the public ones: they read
 * published rows and announced entries of any tenant (published data is public by definition); every other
 * statement binds the caller's tenant.
 */
@Mapper
interface PublicationMapper {

    Optional<Publication> find(@Param("tenant") String tenant, @Param("id") long id);

    List<Publication> ofYear(@Param("tenant") String tenant, @Param("year") int year);

    /** Entries of several publications of one tenant, announced ones only unless {@code all}. */
    List<PublicationEntry> entries(
            @Param("tenant") String tenant, @Param("ids") Collection<Long> ids, @Param("all") boolean all);

    /** A published publication that supersedes another. */
    record Successor(long supersedesId, long id) {}

    /** Published successors of several publications. */
    List<Successor> successors(@Param("tenant") String tenant, @Param("ids") Collection<Long> ids);

    Optional<Publication> publishedById(@Param("id") long id);

    List<Publication> publishedOfYear(@Param("tenant") String tenant, @Param("year") int year);
}
