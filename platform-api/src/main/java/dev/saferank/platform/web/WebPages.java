package dev.saferank.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.EncodedResourceResolver;
import org.springframework.web.servlet.resource.PathResourceResolver;
import org.springframework.web.servlet.resource.ResourceTransformer;
import org.springframework.web.servlet.resource.ResourceTransformerChain;
import org.springframework.web.servlet.resource.TransformedResource;

/**
 * Serves the built pages of the web module from {@code classpath:/META-INF/resources/}: the public site
 * at {@code /}, the console at {@code /console/}, the portal at {@code /portal/}, hashed bundles at
 * {@code /assets/} (cached for a year, sent as the build's Brotli or gzip copies). Each app routes in
 * the browser, so a path of one of its routes that is no file serves the app's {@code index.html} (a
 * reload or a shared link of {@code /console/agencies/42} works). Only {@link #PUBLIC_ROUTES} and the two app prefixes fall back: any
 * other unknown path stays a 404, and the API's own paths ({@code /graphql}, {@code /publications/…},
 * {@code /actuator/…}) are handled before static resources are looked at. Spring Boot's own static
 * mappings are off ({@code spring.web.resources.add-mappings: false}) so this is the only one.
 */
@Configuration(proxyBeanMethods = false)
public class WebPages implements WebMvcConfigurer {

    static final String LOCATION = "classpath:/META-INF/resources/";

    /**
     * The request attribute holding this response's Content-Security-Policy nonce (set by the security headers
     * filter); written into each app's {@code index.html} in place of {@link #NONCE_PLACEHOLDER}, where the
     * app reads it for the style elements it creates ({@code <meta name="csp-nonce">}, web/src/shared/csp.ts).
     */
    public static final String CSP_NONCE = "saferank.cspNonce";

    static final String NONCE_PLACEHOLDER = "__CSP_NONCE__";

    /** The public site's routes (web/src/public/routes.ts), each with everything below it. */
    static final List<String> PUBLIC_ROUTES = List.of(
            "search",
            "agencies",
            "cities",
            "notices",
            "objections",
            "complaints",
            "announcements",
            "draws",
            "counties",
            "exams");

    /** Each public route's own chunks, named in the page served for it (web/scripts/route-preloads.mjs). */
    private final RoutePreloads preloads = RoutePreloads.load(
            new ClassPathResource("META-INF/resources/.vite/route-preloads.json"),
            new ClassPathResource("META-INF/resources/index.html"));

    /** Paths anyone may GET: the pages, their bundles, the configuration they read. */
    public static final String[] ANONYMOUS_GETS = anonymousGets();

    private static String[] anonymousGets() {
        var paths = new java.util.ArrayList<>(List.of(
                "/",
                "/index.html",
                "/favicon.svg",
                "/assets/**",
                "/web-config.json",
                "/console",
                "/console/**",
                "/portal",
                "/portal/**"));
        PUBLIC_ROUTES.forEach(route -> {
            paths.add("/" + route);
            paths.add("/" + route + "/**");
        });
        return paths.toArray(String[]::new);
    }

    /** The apps' start pages: a resource handler never serves an empty path itself. */
    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addViewController("/").setViewName("forward:/index.html");
        for (String app : List.of("console", "portal")) {
            registry.addRedirectViewController("/" + app, "/" + app + "/");
            registry.addViewController("/" + app + "/").setViewName("forward:/" + app + "/index.html");
        }
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/assets/**")
                .addResourceLocations(LOCATION + "assets/")
                .setCacheControl(
                        CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
                // the .br and .gz copies the web build wrote (web/scripts/precompress.mjs), by the
                // browser's Accept-Encoding; Tomcat compresses only what has none
                .resourceChain(true)
                .addResolver(new EncodedResourceResolver())
                .addResolver(new PathResourceResolver());
        // the pages carry the nonce of their own response: never stored, never revalidated (a 304 would pair
        // a cached page's old nonce with the new answer's policy)
        registry.addResourceHandler("/console/**")
                .addResourceLocations(LOCATION + "console/")
                .setCacheControl(CacheControl.noStore())
                .setUseLastModified(false)
                .resourceChain(false)
                .addResolver(new AppFallback(true))
                .addTransformer(new NonceInPage(RoutePreloads.NONE, null));
        registry.addResourceHandler("/portal/**")
                .addResourceLocations(LOCATION + "portal/")
                .setCacheControl(CacheControl.noStore())
                .setUseLastModified(false)
                .resourceChain(false)
                .addResolver(new AppFallback(true))
                .addTransformer(new NonceInPage(RoutePreloads.NONE, null));
        registry.addResourceHandler("/**")
                .addResourceLocations(LOCATION)
                .setCacheControl(CacheControl.noStore())
                .setUseLastModified(false)
                .resourceChain(false)
                .addResolver(new AppFallback(false))
                .addTransformer(new NonceInPage(preloads, "public"));
    }

    /**
     * Writes the response's style nonce into an app's {@code index.html}, and the chunks of the page at the request's
     * path ({@link RoutePreloads}).
     */
    static final class NonceInPage implements ResourceTransformer {

        private final RoutePreloads preloads;
        private final String app;

        NonceInPage(RoutePreloads preloads, String app) {
            this.preloads = preloads;
            this.app = app;
        }

        @Override
        public Resource transform(HttpServletRequest request, Resource resource, ResourceTransformerChain chain)
                throws IOException {
            Resource page = chain.transform(request, resource);
            if (!"index.html".equals(page.getFilename())) {
                return page;
            }
            String html = page.getContentAsString(StandardCharsets.UTF_8);
            if (app != null) {
                // the address the browser asked for ("/" is forwarded to /index.html)
                Object forwarded = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
                String uri = forwarded != null ? forwarded.toString() : request.getRequestURI();
                html = preloads.addTo(
                        html, app, uri.substring(request.getContextPath().length()));
            }
            Object nonce = request.getAttribute(CSP_NONCE);
            return new TransformedResource(
                    page,
                    html.replace(NONCE_PLACEHOLDER, nonce == null ? "" : nonce.toString())
                            .getBytes(StandardCharsets.UTF_8));
        }
    }

    /**
     * A file when there is one; else the app's index.html for a path that looks like a route (no file
     * extension) — below {@code /console/} or {@code /portal/} any such path, at the root the empty path
     * and the public routes only.
     */
    static final class AppFallback extends PathResourceResolver {

        private final boolean wholePrefix;

        AppFallback(boolean wholePrefix) {
            this.wholePrefix = wholePrefix;
        }

        @Override
        protected Resource getResource(String resourcePath, Resource location) throws IOException {
            Resource file = super.getResource(resourcePath, location);
            if (file != null) {
                return file;
            }
            if (!isRoute(resourcePath)) {
                return null;
            }
            Resource index = location.createRelative("index.html");
            return index.exists() && index.isReadable() ? index : null;
        }

        private boolean isRoute(String path) {
            String last = path.substring(path.lastIndexOf('/') + 1);
            if (last.contains(".")) {
                return false;
            }
            if (wholePrefix) {
                return true;
            }
            String first = path.contains("/") ? path.substring(0, path.indexOf('/')) : path;
            return PUBLIC_ROUTES.contains(first);
        }
    }
}
