package dev.saferank.platform.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Tokens already verified (signature, issuer, audience, time), kept by their exact text until they
 * expire: a frontend sends the same access token with every request of its session, and checking
 * its RS256 signature again each time was ≈ 4 % of the server's time for the agencies page
 * (AgencyPageBenchmark). A token is only ever found by the very string that was verified; one not
 * yet verified, or past its expiry, goes to the decoder, and what the decoder refuses is never kept.
 * Like any stateless bearer token, a kept one stays valid until its expiry (Keycloak's are short);
 * when full, the cache is emptied, so that many tokens cannot grow it.
 */
final class ValidatedTokens implements JwtDecoder {

    static final int MAX_TOKENS = 10_000;

    private final JwtDecoder decoder;
    private final Clock clock;
    private final Map<String, Jwt> tokens = new ConcurrentHashMap<>();

    ValidatedTokens(JwtDecoder decoder, Clock clock) {
        this.decoder = decoder;
        this.clock = clock;
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Instant now = clock.instant();
        Jwt known = tokens.get(token);
        if (known != null) {
            if (now.isBefore(known.getExpiresAt())) {
                return known;
            }
            tokens.remove(token, known);
        }
        Jwt verified = decoder.decode(token);
        if (verified.getExpiresAt() != null && now.isBefore(verified.getExpiresAt())) {
            if (tokens.size() >= MAX_TOKENS) {
                tokens.clear();
            }
            tokens.put(token, verified);
        }
        return verified;
    }
}
