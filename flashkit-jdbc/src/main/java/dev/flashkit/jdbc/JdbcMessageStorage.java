package dev.flashkit.jdbc;

import dev.flashkit.FlashkitConfig;
import dev.flashkit.messages.Message;
import dev.flashkit.messages.MessageCodec;
import dev.flashkit.messages.MessageStorage;
import dev.flashkit.session.Session;
import dev.flashkit.session.SessionStoreException;
import dev.flashkit.spi.RequestScope;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Flash messages in the session database ({@link JdbcSessionStore#messageStorage()}), delivered exactly once:
 * a request displays a message only after deleting its row ({@code DELETE ... RETURNING}), so of two parallel
 * requests (tabs, instances) that try to show it, exactly one gets it. The messages are read with the session
 * (one query), claimed when displayed (one statement), and this request's change — shown or dropped messages
 * removed, new ones appended — is written by the session save in its statement. A request that fails puts
 * back what it claimed ({@link RequestScope#onAbandon}); claimed messages it keeps (not displayed after all,
 * {@code keep()}, a 4xx page) go back at their places with the commit.
 */
final class JdbcMessageStorage implements MessageStorage {
    /** Session attribute that keeps a session with pending messages alive (and its cookie issued). */
    static final String MARKER = "_flashkit.jdbcFlash";

    private static final System.Logger LOG = System.getLogger(JdbcMessageStorage.class.getName());
    private static final int MAX_MESSAGE_BYTES = 64 * 1024;

    private final JdbcSessionStore owner;
    private final SessionStatements statements;

    JdbcMessageStorage(JdbcSessionStore owner, SessionStatements statements) {
        this.owner = owner;
        this.statements = statements;
    }

    /** Reads nothing of its own: the session load read the messages with the session and left them in the scope. */
    @Override
    public List<Message> load(RequestScope scope) {
        FlashkitConfig config = requireOwner(scope);
        FlashState state = FlashState.of(scope);
        if (scope.cookie(config.sessionCookieName()) == null) {
            state.present = new HashSet<>();
            return List.of(); // no session, no messages: never create a session just to look
        }
        Session session = scope.session();
        List<StoredMessage> rows = session.isNew() || state.read == null ? List.of() : state.read;
        List<Message> messages = new ArrayList<>(rows.size());
        Set<String> present = new HashSet<>();
        for (StoredMessage row : rows) {
            present.add(row.id()); // undecodable rows too: the next store removes them
            Message m = decode(row.body());
            if (m != null) {
                messages.add(m);
            }
        }
        state.present = present;
        return messages;
    }

    /** Computes this request's change and asks for the session save, which writes it in the same statement. */
    @Override
    public List<Message> store(RequestScope scope, List<Message> messages) {
        FlashkitConfig config = requireOwner(scope);
        FlashState state = FlashState.of(scope);
        Set<String> before = state.present;
        boolean hasCookie = scope.cookie(config.sessionCookieName()) != null;
        if (messages.isEmpty() && (before == null ? !hasCookie : before.isEmpty()) && state.claimed.isEmpty()) {
            return List.of(); // nothing stored before, nothing to store now
        }
        Session session = scope.session();
        if (session.isNew() && messages.isEmpty()) {
            return List.of();
        }
        Set<String> kept = new LinkedHashSet<>();
        List<StoredMessage> append = new ArrayList<>();
        for (Message m : messages) {
            kept.add(m.id());
            if (before != null && before.contains(m.id())) {
                continue; // still in the database
            }
            StoredMessage claimed = state.claimed.remove(m.id());
            append.add(claimed != null ? claimed : new StoredMessage(null, m.id(), encode(m)));
        }
        Set<String> remove = new LinkedHashSet<>();
        if (before != null) {
            remove.addAll(before);
            remove.removeAll(kept);
        }
        state.present = new HashSet<>(kept);
        if (before != null && remove.isEmpty() && append.isEmpty()) {
            return List.of();
        }
        FlashDelta delta = new FlashDelta(before == null, remove, append);
        state.pending = state.pending == null ? delta : state.pending.then(delta);
        if (!session.contains(MARKER)) {
            session.put(MARKER, true); // an empty session is not saved: its messages would be orphaned
        }
        scope.saveSessionAtCommit(); // the session save writes the change
        return List.of();
    }

    /** Deletes the rows of the messages about to be displayed; this request shows only those it deleted. */
    @Override
    public List<Message> claim(RequestScope scope, List<Message> messages) {
        requireOwner(scope);
        FlashState state = FlashState.of(scope);
        String sessionId = state.loadedId;
        if (messages.isEmpty() || sessionId == null) {
            return List.of();
        }
        List<String> ids = messages.stream().map(Message::id).toList();
        Set<String> owned = new HashSet<>();
        for (StoredMessage row : statements.claim(sessionId, ids)) {
            owned.add(row.id());
            state.claimed.put(row.id(), row);
        }
        Set<String> present = state.present;
        if (present != null) {
            present.removeAll(ids); // claimed here or by another request: gone from the database either way
        }
        if (!owned.isEmpty() && !state.releaseRegistered) {
            state.releaseRegistered = true;
            scope.onAbandon(() -> release(state));
        }
        return messages.stream().filter(m -> owned.contains(m.id())).toList();
    }

    /** Puts back what a failed request claimed: like the built-in storages, a failed request consumes nothing. */
    private void release(FlashState state) {
        List<StoredMessage> rows;
        synchronized (state.claimed) {
            rows = List.copyOf(state.claimed.values());
            state.claimed.clear();
        }
        if (rows.isEmpty()) {
            return;
        }
        try {
            statements.restore(state.loadedId, rows);
        } catch (SessionStoreException e) {
            LOG.log(
                    System.Logger.Level.WARNING,
                    "Flashkit: could not put back the flash messages a failed request claimed; they are lost: "
                            + e.getMessage());
        }
    }

    private FlashkitConfig requireOwner(RequestScope scope) {
        FlashkitConfig config = scope.config();
        if (config.sessionStore() != owner) {
            throw new IllegalStateException("JdbcSessionStore.messageStorage() keeps messages next to the session:"
                    + " install its JdbcSessionStore as the session store too (FlashkitConfig.Builder"
                    + ".sessionStore(store).messageStorage(store.messageStorage()))");
        }
        return config;
    }

    private static String encode(Message m) {
        return new String(MessageCodec.toJson(List.of(m)), StandardCharsets.UTF_8);
    }

    private static Message decode(String body) {
        return MessageCodec.fromJson(body.getBytes(StandardCharsets.UTF_8), MAX_MESSAGE_BYTES)
                .filter(list -> list.size() == 1)
                .map(list -> list.get(0))
                .orElse(null);
    }

    @Override
    public String toString() {
        return "JdbcMessageStorage[" + owner + "]";
    }
}
