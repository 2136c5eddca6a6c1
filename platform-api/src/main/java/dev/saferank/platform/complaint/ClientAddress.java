package dev.saferank.platform.complaint;

import dev.saferank.platform.abuse.ClientAddresses;
import java.net.InetSocketAddress;
import java.util.Map;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Puts the client's address into the GraphQL context for the complaint rate limit: the connection's
 * peer, or the last address a trusted reverse proxy appended to {@code X-Forwarded-For}.
 */
@Component
class ClientAddress implements WebGraphQlInterceptor {

    static final String KEY = "clientAddress";

    private final ComplaintSettings settings;

    ClientAddress(ComplaintSettings settings) {
        this.settings = settings;
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        String address = of(request.getRemoteAddress(), request.getHeaders().getFirst("X-Forwarded-For"));
        request.configureExecutionInput(
                (input, builder) -> builder.graphQLContext(Map.of(KEY, address)).build());
        return chain.next(request);
    }

    String of(InetSocketAddress peer, String forwardedFor) {
        String direct = peer == null || peer.getAddress() == null
                ? null
                : peer.getAddress().getHostAddress();
        return ClientAddresses.resolve(settings.trustedProxies(), direct, forwardedFor);
    }
}
