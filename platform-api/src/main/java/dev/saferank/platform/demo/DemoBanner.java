package dev.saferank.platform.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Tells the person who started a local run where the API is and how to sign in. */
@Component
@Profile("demo")
class DemoBanner {

    private static final Logger log = LoggerFactory.getLogger(DemoBanner.class);

    @EventListener
    void ready(ApplicationReadyEvent event) {
        Environment env = event.getApplicationContext().getEnvironment();
        int port = event.getApplicationContext() instanceof WebServerApplicationContext web
                ? web.getWebServer().getPort()
                : 8080;
        String issuer = env.getProperty("saferank.security.issuer-uri");
        log.info(
                """

                ==================================================================
                 SafeRank is running.
                   GraphQL   http://localhost:{}/graphql
                   GraphiQL  http://localhost:{}/graphiql
                   Health    http://localhost:{}/actuator/health
                   Keycloak  {}
                 Demo users (password "demo"): platform-admin, and for each of
                 quanzhou linyi putian suzhou foshan: <city>-admin, <city>-inspector,
                 <city>-agency. A token for GraphiQL's Authorization header:
                   curl -s -d grant_type=password -d client_id=saferank-web \\
                     -d username=quanzhou-admin -d password=demo \\
                     {}/protocol/openid-connect/token | jq -r .access_token
                 Stop with Ctrl-C (the servers stop with it).
                ==================================================================""",
                port,
                port,
                port,
                issuer,
                issuer);
    }
}
