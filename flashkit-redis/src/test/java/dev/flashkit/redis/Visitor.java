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
        TestExchange exchange;
        synchronized (this) {
            exchange = TestExchange.request(method, target).cookies(cookies).build();
        }
        RequestContext context = node.open(exchange);
        handler.accept(context, exchange);
        context.commit();
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
