package dev.saferank.platform.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

    private final ClientAddress behindProxy = new ClientAddress(new ComplaintSettings(5, List.of("10.1.1.1")));

    @Test
    void aTrustedProxyNamesTheClientAsTheLastForwardedAddress() {
        assertThat(behindProxy.of(peer("10.1.1.1"), "1.2.3.4, 203.0.113.7")).isEqualTo("203.0.113.7");
    }

    @Test
    void anyoneElsesForwardedHeaderIsIgnored() {
        // a client cannot pick a fresh address for every complaint by sending the header itself
        assertThat(behindProxy.of(peer("198.51.100.2"), "203.0.113.7")).isEqualTo("198.51.100.2");
        assertThat(behindProxy.of(peer("10.1.1.1"), null)).isEqualTo("10.1.1.1");
    }

    @Test
    void trackingCodesAreSixteenCharactersOfAnUnambiguousAlphabet() {
        for (int i = 0; i < 1000; i++) {
            assertThat(Filing.trackingCode()).matches("[0-9A-HJKMNP-TV-Z]{16}");
        }
    }

    private static InetSocketAddress peer(String address) {
        return new InetSocketAddress(address, 40000);
    }
}
