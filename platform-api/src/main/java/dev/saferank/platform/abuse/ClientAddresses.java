package dev.saferank.platform.abuse;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Who the client is, for limits per address: the connection's peer, or the last address a trusted reverse
 * proxy appended to {@code X-Forwarded-For} (from anyone else the header is ignored: a client could otherwise
 * pick a fresh address for every request). Addresses are kept only as their HMAC.
 */
public final class ClientAddresses {

    private final List<String> trustedProxies;
    private final SecretKeySpec key;

    public ClientAddresses(List<String> trustedProxies, String secret) {
        this.trustedProxies = List.copyOf(trustedProxies);
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** The client's address given the connection's peer address (null when unknown) and the forwarded header. */
    public String of(String peer, String forwardedFor) {
        return resolve(trustedProxies, peer, forwardedFor);
    }

    /** The rule itself, for callers that keep their own list of proxies. */
    public static String resolve(List<String> trustedProxies, String peer, String forwardedFor) {
        String direct = peer == null ? "unknown" : peer;
        if (forwardedFor == null || forwardedFor.isBlank() || !trustedProxies.contains(direct)) {
            return direct;
        }
        String[] hops = forwardedFor.split(",");
        String last = hops[hops.length - 1].strip();
        return last.isEmpty() || last.length() > 64 ? direct : last;
    }

    /** The address as stored: its HMAC-SHA256 in hex (64 characters). */
    public String keyOf(String address) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(address.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
