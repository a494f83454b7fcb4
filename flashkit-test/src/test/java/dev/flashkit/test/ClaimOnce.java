package dev.flashkit.test;

import dev.flashkit.messages.CookieMessageStorage;
import dev.flashkit.messages.Message;
import dev.flashkit.messages.MessageStorage;
import dev.flashkit.spi.RequestScope;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Cookie storage plus a claim register shared by all requests, as a shared store (Redis) has: each
 * message id can be claimed once, by whichever request comes first.
 */
final class ClaimOnce implements MessageStorage {
    private final Set<String> claimed = ConcurrentHashMap.newKeySet();
    private final List<List<Message>> claims = new ArrayList<>();

    @Override
    public List<Message> load(RequestScope scope) {
        return CookieMessageStorage.create().load(scope);
    }

    /** Storing a message again (e.g. after {@code keep()}) makes it claimable again, as re-adding it to Redis does. */
    @Override
    public List<Message> store(RequestScope scope, List<Message> messages) {
        messages.forEach(m -> claimed.remove(m.id()));
        return CookieMessageStorage.create().store(scope, messages);
    }

    @Override
    public synchronized List<Message> claim(RequestScope scope, List<Message> messages) {
        claims.add(messages);
        return messages.stream().filter(m -> claimed.add(m.id())).toList();
    }

    /** Every claim call so far. */
    synchronized List<List<Message>> claims() {
        return List.copyOf(claims);
    }
}
