package dev.saferank.platform.web;

import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the pages need to know at run time: the OpenID issuer (Keycloak realm) they sign in with and their
 * public client. The issuer is the one the API trusts ({@code saferank.security.issuer-uri}) unless
 * {@code saferank.web.issuer-uri} names the address browsers reach it at.
 */
@RestController
class WebConfigController {

    private final Map<String, String> config;

    WebConfigController(
            @Value("${saferank.web.issuer-uri:${saferank.security.issuer-uri}}") String issuer,
            @Value("${saferank.web.client-id:saferank-web}") String clientId) {
        this.config = Map.of("issuer", issuer, "clientId", clientId);
    }

    @GetMapping(value = "/web-config.json", produces = "application/json")
    ResponseEntity<Map<String, String>> config() {
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(config);
    }
}
