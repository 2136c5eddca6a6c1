package dev.saferank.platform.abuse;

import dev.saferank.platform.privacy.KeyedHash;
import java.util.List;

/**
 * Who the client is, for limits per address: the connection's peer, or the last address a trusted reverse
 * proxy appended to {@code X-Forwarded-For} (from anyone else the header is ignored: a client could otherwise
 * pick a fresh address for every request). Addresses are kept only as their keyed hash under the current key
 * of {@code saferank.keys.client-address} (the same as the complaint limit's; no default outside dev).
 */
public final class ClientAddresses {

    private final List<String> trustedProxies;
    private final KeyedHash hashes;

    public ClientAddresses(List<String> trustedProxies, KeyedHash hashes) {
        this.trustedProxies = List.copyOf(trustedProxies);
        this.hashes = hashes;
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

    /** The address as stored: its keyed HMAC-SHA256 in hex (64 characters). */
    public String keyOf(String address) {
        return hashes.current(address).hex();
    }
}
