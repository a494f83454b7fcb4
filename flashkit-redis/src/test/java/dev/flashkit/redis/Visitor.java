package dev.flashkit.redis;

import dev.flashkit.Flashkit;
import dev.flashkit.RequestContext;
import dev.flashkit.test.TestExchange;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/** One browser (a cookie jar) that may talk to any node, like behind a round-robin load balancer. */
final class Visitor {
    private final Map<String, String> cookies = new LinkedHashMap<>();

    TestExchange send(Flashkit node, String method, String target, BiConsumer<RequestContext, TestExchange> handler) {
        return send(node, method, target, Map.of(), handler);
    }

    /** A request with these request headers. */
    TestExchange send(
            Flashkit node,
            String method,
            String target,
            Map<String, String> headers,
            BiConsumer<RequestContext, TestExchange> handler) {
        return run(node, method, target, headers, handler, false);
    }

    /** A request that fails (5xx or exception): the adapter abandons its context instead of committing. */
    TestExchange sendFailing(
            Flashkit node, String method, String target, BiConsumer<RequestContext, TestExchange> handler) {
        return run(node, method, target, Map.of(), handler, true);
    }

    private TestExchange run(
            Flashkit node,
            String method,
            String target,
            Map<String, String> headers,
            BiConsumer<RequestContext, TestExchange> handler,
            boolean fails) {
        TestExchange exchange;
        synchronized (this) {
            TestExchange.Builder builder = TestExchange.request(method, target).cookies(cookies);
            headers.forEach(builder::header);
            exchange = builder.build();
        }
        RequestContext context = node.open(exchange);
        handler.accept(context, exchange);
        if (fails) {
            context.abandon();
        } else {
            context.commit();
        }
        synchronized (this) {
            exchange.responseCookies().values().forEach(c -> {
                if (c.isDeletion()) {
                    cookies.remove(c.name());
                } else {
                    cookies.put(c.name(), c.value());
                }
            });
        }
        return exchange;
    }

    synchronized Map<String, String> cookies() {
        return new LinkedHashMap<>(cookies);
    }

    synchronized void setCookies(Map<String, String> jar) {
        cookies.clear();
        cookies.putAll(jar);
    }
}
