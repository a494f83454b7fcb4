package dev.flashkit.test.example;

// tag::docs[]
import dev.flashkit.messages.Message;
import dev.flashkit.messages.MessageCodec;
import dev.flashkit.messages.MessageStorage;
import dev.flashkit.spi.RequestScope;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Messages as rows of a table keyed by an owner id, the way a database would keep them; the session holds only
 * the owner id, so its cookie stays small however many messages wait. The map stands in for the table: with
 * JDBC, load is a SELECT ordered by position and store a DELETE plus a batch INSERT in one transaction.
 */
public final class TableMessageStorage implements MessageStorage {
    private static final String OWNER = "_example.messages.owner";

    private final Map<String, List<Object>> table = new ConcurrentHashMap<>(); // owner -> rows, oldest first

    @Override
    public List<Message> load(RequestScope scope) {
        if (scope.cookie(scope.config().sessionCookieName()) == null) {
            return List.of(); // no session yet: nothing stored, and no session created just to look
        }
        Object owner = scope.session().get(OWNER);
        List<Object> rows = owner == null ? null : table.get(owner.toString());
        return rows == null ? List.of() : MessageCodec.fromValues(rows).orElse(List.of()); // bad rows: none
    }

    @Override
    public List<Message> store(RequestScope scope, List<Message> messages) {
        Object owner = scope.cookie(scope.config().sessionCookieName()) == null
                ? null
                : scope.session().get(OWNER);
        if (messages.isEmpty()) {
            if (owner != null) {
                table.remove(owner.toString());
            }
            return List.of();
        }
        if (owner == null) {
            owner = UUID.randomUUID().toString();
            scope.session().put(OWNER, owner);
        }
        table.put(
                owner.toString(),
                messages.stream().map(m -> (Object) MessageCodec.toValue(m)).toList());
        return List.of(); // a table has room for every message
    }
}
// end::docs[]
