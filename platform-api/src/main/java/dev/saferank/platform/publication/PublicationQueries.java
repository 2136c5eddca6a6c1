package dev.saferank.platform.publication;

import dev.saferank.platform.security.Caller;
import dev.saferank.platform.security.Callers;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;

/**
 * Reading publications: anyone reads published ones and their announced entries; the tenant's bureau admins
 * and inspectors also see requests (queued, refused with the reason, failed) and entries kept from the public.
 */
@Controller
class PublicationQueries {

    private final PublicationMapper mapper;

    PublicationQueries(PublicationMapper mapper) {
        this.mapper = mapper;
    }

    @QueryMapping
    List<PublicationView> publications(@Argument String tenant, @Argument int year, Authentication auth) {
        if (staffOf(auth, tenant)) {
            return mapper.ofYear(tenant, year).stream()
                    .map(p -> new PublicationView(p, true))
                    .toList();
        }
        return mapper.publishedOfYear(tenant, year).stream()
                .map(p -> new PublicationView(p, false))
                .toList();
    }

    @QueryMapping
    Optional<PublicationView> publication(@Argument long id, Authentication auth) {
        Optional<String> tenant = Callers.of(auth).flatMap(Caller::tenant);
        if (tenant.isPresent() && staffOf(auth, tenant.get())) {
            Optional<Publication> own = mapper.find(tenant.get(), id);
            if (own.isPresent()) {
                return own.map(p -> new PublicationView(p, true));
            }
        }
        return mapper.publishedById(id).map(p -> new PublicationView(p, false));
    }

    /** Bureau admins and inspectors of the tenant (agency users see what the public sees). */
    static boolean staffOf(Authentication auth, String tenant) {
        return Callers.of(auth)
                .filter(c -> c.tenant().filter(tenant::equals).isPresent())
                .filter(c -> c.hasRole("bureau-admin") || c.hasRole("inspector"))
                .isPresent();
    }

    @SchemaMapping(typeName = "Publication")
    String title(PublicationView p) {
        return Announcements.title(p.row());
    }

    @SchemaMapping(typeName = "Publication")
    List<PublicationListInfo> lists(PublicationView p) {
        return PublicationListInfo.parse(p.row().lists()).stream()
                .filter(l -> p.staff() || l.isPublic())
                .toList();
    }

    @SchemaMapping(typeName = "Publication")
    String publishedBy(PublicationView p) {
        return p.staff() ? p.row().publishedBy() : null;
    }

    @SchemaMapping(typeName = "Publication")
    String csvUrl(PublicationView p) {
        return "/publications/" + p.row().id() + ".csv";
    }

    @SchemaMapping(typeName = "Publication")
    String announcementUrl(PublicationView p) {
        return "/publications/" + p.row().id() + "/announcement";
    }

    /** The entries of a page of publications: one statement per tenant and view, whatever the page size. */
    @BatchMapping(typeName = "Publication", field = "entries")
    Map<PublicationView, List<PublicationEntry>> entries(List<PublicationView> views) {
        Map<PublicationView, List<PublicationEntry>> out = new LinkedHashMap<>();
        views.forEach(v -> out.put(v, new ArrayList<>()));
        Map<String, List<PublicationView>> groups = new HashMap<>();
        for (PublicationView v : views) {
            if (v.row().published()) {
                groups.computeIfAbsent(v.row().tenantId() + "|" + v.staff(), k -> new ArrayList<>())
                        .add(v);
            }
        }
        groups.values().forEach(group -> {
            Map<Long, PublicationView> byId = new HashMap<>();
            group.forEach(v -> byId.put(v.row().id(), v));
            PublicationView first = group.getFirst();
            for (PublicationEntry e : mapper.entries(first.row().tenantId(), ids(group), first.staff())) {
                out.get(byId.get(e.publicationId())).add(e);
            }
        });
        return out;
    }

    /** The published publication that superseded it, if any (the old one stays readable). */
    @BatchMapping(typeName = "Publication", field = "supersededById")
    Map<PublicationView, Long> supersededById(List<PublicationView> views) {
        Map<PublicationView, Long> out = new HashMap<>();
        Map<String, List<PublicationView>> byTenant = new HashMap<>();
        views.forEach(v -> byTenant.computeIfAbsent(v.row().tenantId(), k -> new ArrayList<>())
                .add(v));
        byTenant.forEach((tenant, group) -> {
            Map<Long, Long> successor = new HashMap<>();
            mapper.successors(tenant, ids(group)).forEach(s -> successor.put(s.supersedesId(), s.id()));
            group.forEach(v -> {
                Long next = successor.get(v.row().id());
                if (next != null) {
                    out.put(v, next);
                }
            });
        });
        return out;
    }

    private static Collection<Long> ids(List<PublicationView> views) {
        return views.stream().map(v -> v.row().id()).toList();
    }

    @SchemaMapping(typeName = "PublicationEntry")
    List<String> lists(PublicationEntry e) {
        return e.listCodes();
    }

    @SchemaMapping(typeName = "PublicationEntry")
    String categoryLabel(PublicationEntry e) {
        return dev.saferank.platform.agency.Categories.label(e.category()).orElse(e.category());
    }
}
