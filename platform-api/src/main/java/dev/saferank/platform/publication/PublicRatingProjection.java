package dev.saferank.platform.publication;

import dev.saferank.platform.search.SearchDocument;
import dev.saferank.platform.search.SearchProjection;
import dev.saferank.rating.publication.PublicIndex;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Published ratings as public search documents ({@code saferank-ratings}): one per announced entry of a
 * published publication, so nothing unpublished, kept from the public or private ever reaches the index.
 * Enqueued by the publication job's last step for every announced entry of the year (batch-jobs,
 * {@code Finishing}). An entry never changes, but is superseded once a later publication of its tenant and year
 * appears: its version goes from 1 to 2 and {@code current} to false, and the public search shows only
 * current documents.
 */
@Component
class PublicRatingProjection implements SearchProjection {

    static final String ENTITY = PublicIndex.ENTITY;
    static final String INDEX = "ratings";

    private final PublicRatingMapper mapper;

    PublicRatingProjection(PublicRatingMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public String entityType() {
        return ENTITY;
    }

    @Override
    public String indexName() {
        return INDEX;
    }

    /**
     * The public reads this index far more often than publications write it: the facets' keyword
     * fields build their global ordinals when the index refreshes ({@code eager_global_ordinals}), not
     * in the first visitor's search after a publication, and an explicit {@code refresh_interval} keeps
     * the shard from going search-idle (an idle shard makes the next search wait for a refresh).
     * Existing indices take a changed mapping with the rebuild command.
     */
    @Override
    public String mappingResource() {
        return "dev/saferank/platform/publication/ratings-index.json";
    }

    @Override
    public boolean publicIndex() {
        return true;
    }

    @Override
    public List<SearchDocument> documents(String tenant, Collection<Long> ids) {
        return ids.isEmpty()
                ? List.of()
                : mapper.ofTenant(tenant, ids).stream()
                        .map(PublicRatingProjection::document)
                        .toList();
    }

    @Override
    public List<SearchDocument> page(long afterId, int limit) {
        return mapper.page(afterId, limit).stream()
                .map(PublicRatingProjection::document)
                .toList();
    }

    private static SearchDocument document(PublicRating r) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("city_name", r.cityName());
        fields.put("agency_id", r.agencyId());
        fields.put("agency_name", r.agencyName());
        fields.put("name_grams", NameGrams.of(r.agencyName()));
        fields.put("district", r.district());
        fields.put("district_name", r.districtName());
        fields.put("category", r.category());
        fields.put("category_label", r.category() == null ? null : r.categoryLabel());
        fields.put("year", r.year());
        fields.put("grade", r.grade());
        fields.put("published_grade", r.publishedGrade());
        fields.put("rank", r.overallRank());
        // the year and the published grade as words, so that "2023 泉州 优秀" finds them too
        fields.put("standing", r.year() + "年 " + r.publishedGrade());
        fields.put("publication_id", r.publicationId());
        fields.put(
                "published_at", r.publishedAt() == null ? null : r.publishedAt().toString());
        fields.put("current", !r.superseded());
        // superseding happens once and is never undone: the superseded document is the newer one
        return new SearchDocument(r.tenantId(), r.id(), r.superseded() ? 2 : 1, fields);
    }
}
