package dev.saferank.platform.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The chunks each route's page needs beyond those its app's {@code index.html} lists (issue 15 point 8), as the web
 * build wrote them ({@code .vite/route-preloads.json}, web/scripts/route-preloads.mjs, from the app's route table and
 * Vite's manifest), written into the page served for that route as {@code <link rel="modulepreload">}: the browser
 * fetches and compiles the page's own chunks alongside the entry's, where it used to ask for them only once the entry
 * had run. Read once at start-up; the routes match as React Router matches them (a literal segment before a
 * parameter, {@code *} the rest).
 */
final class RoutePreloads {

    private static final Pattern ASSET = Pattern.compile("/assets/[\\w.-]+\\.(?:js|css)");

    /** Nothing to add (no web build on the class path). */
    static final RoutePreloads NONE = new RoutePreloads(Map.of());

    private final Map<String, List<Route>> apps;

    private RoutePreloads(Map<String, List<Route>> apps) {
        this.apps = apps;
    }

    /** The build's file, or {@link #NONE} when there is no web build; a build without the file is an error. */
    static RoutePreloads load(Resource file, Resource page) {
        if (!file.exists()) {
            if (page.exists()) {
                throw new IllegalStateException(
                        "the web build has no .vite/route-preloads.json (web/scripts/route-preloads.mjs)");
            }
            return NONE;
        }
        try (InputStream in = file.getInputStream()) {
            JsonNode root = JsonMapper.builder().build().readTree(in);
            var apps = new java.util.HashMap<String, List<Route>>();
            for (var app : root.properties()) {
                var routes = new ArrayList<Route>();
                for (JsonNode route : app.getValue()) {
                    routes.add(Route.of(
                            route.get("path").asString(),
                            links(route.get("modules"), "<link rel=\"modulepreload\" crossorigin href=\"%s\">"),
                            links(route.get("styles"), "<link rel=\"preload\" as=\"style\" crossorigin href=\"%s\">")));
                }
                apps.put(app.getKey(), List.copyOf(routes));
            }
            return new RoutePreloads(Map.copyOf(apps));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String links(JsonNode files, String link) {
        var html = new StringBuilder();
        for (JsonNode file : files) {
            String href = file.asString();
            if (!ASSET.matcher(href).matches()) {
                throw new IllegalStateException("route-preloads.json: not a bundle of the build: " + href);
            }
            html.append("\n    ").append(link.formatted(href));
        }
        return html.toString();
    }

    /** The page of {@code app} at {@code path} (below the app's prefix, starting with "/") with its route's chunks. */
    String addTo(String html, String app, String path) {
        Route best = null;
        for (Route route : apps.getOrDefault(app, List.of())) {
            if (route.matches(path) && (best == null || route.score > best.score)) {
                best = route;
            }
        }
        int head = html.indexOf("</head>");
        if (best == null || best.links.isEmpty() || head < 0) {
            return html;
        }
        // after the head's last element, one link a line
        int end = head;
        while (end > 0 && Character.isWhitespace(html.charAt(end - 1))) {
            end--;
        }
        return html.substring(0, end) + best.links + html.substring(end);
    }

    private record Route(String[] segments, boolean rest, int score, String links) {

        static Route of(String path, String modules, String styles) {
            var segments =
                    new ArrayList<>(List.of(path.replaceAll("^/+|/+$", "").split("/")));
            segments.removeIf(String::isEmpty);
            boolean rest = !segments.isEmpty() && segments.getLast().equals("*");
            if (rest) {
                segments.removeLast();
            }
            // React Router's ranking: a literal segment 10, a parameter 3, a splat -2
            int score = rest ? -2 : 0;
            for (String segment : segments) {
                score += segment.startsWith(":") ? 3 : 10;
            }
            return new Route(segments.toArray(String[]::new), rest, score, modules + styles);
        }

        boolean matches(String path) {
            var parts = new ArrayList<>(List.of(path.split("/")));
            parts.removeIf(String::isEmpty);
            if (parts.size() < segments.length || (!rest && parts.size() != segments.length)) {
                return false;
            }
            for (int i = 0; i < segments.length; i++) {
                if (!segments[i].startsWith(":") && !segments[i].equalsIgnoreCase(parts.get(i))) {
                    return false;
                }
            }
            return true;
        }
    }
}
