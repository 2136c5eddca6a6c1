package dev.saferank.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

class ValidatedTokensTest {

    static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

    final List<String> verified = new ArrayList<>();

    /** Accepts "good…" tokens expiring 5 minutes after NOW, refuses anything else. */
    final JwtDecoder keycloak = token -> {
        verified.add(token);
        if (!token.startsWith("good")) {
            throw new BadJwtException("bad signature");
        }
        return Jwt.withTokenValue(token)
                .header("alg", "RS256")
                .subject("u")
                .issuedAt(NOW.minusSeconds(60))
                .expiresAt(NOW.plus(Duration.ofMinutes(5)))
                .build();
    };

    @Test
    void verifiesATokenOnceUntilItExpires() {
        var tokens = new ValidatedTokens(keycloak, Clock.fixed(NOW, ZoneOffset.UTC));

        Jwt first = tokens.decode("good-1");
        Jwt again = tokens.decode("good-1");

        assertThat(again).isSameAs(first);
        assertThat(verified).containsExactly("good-1");
    }

    @Test
    void verifiesAgainOnceTheTokenHasExpired() {
        var clock = new MutableClock(NOW);
        var tokens = new ValidatedTokens(keycloak, clock);
        tokens.decode("good-1");

        clock.now = NOW.plus(Duration.ofMinutes(5));
        tokens.decode("good-1");

        assertThat(verified).containsExactly("good-1", "good-1");
    }

    @Test
    void neverKeepsARefusedToken() {
        var tokens = new ValidatedTokens(keycloak, Clock.fixed(NOW, ZoneOffset.UTC));

        assertThatThrownBy(() -> tokens.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> tokens.decode("forged")).isInstanceOf(BadJwtException.class);

        assertThat(verified).containsExactly("forged", "forged");
    }

    @Test
    void aDifferentTokenTextIsVerifiedOnItsOwn() {
        var tokens = new ValidatedTokens(keycloak, Clock.fixed(NOW, ZoneOffset.UTC));
        tokens.decode("good-1");

        assertThatThrownBy(() -> tokens.decode("good-1x-forged".replace("good", "bad")))
                .isInstanceOf(BadJwtException.class);
        tokens.decode("good-2");

        assertThat(verified).containsExactly("good-1", "bad-1x-forged", "good-2");
    }

    private static final class MutableClock extends Clock {

        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
