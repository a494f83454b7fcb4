package dev.flashkit.test;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flashkit.Flashkit;
import dev.flashkit.FlashkitConfig;
import dev.flashkit.messages.Level;
import dev.flashkit.messages.Message;
import dev.flashkit.messages.MessageStorage;
import dev.flashkit.messages.MessageText;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link MessageStorage} must have. Extend it in your storage's tests and implement
 * {@link #storage()}; override {@link #configure} to add settings (e.g. a session store). Each test runs
 * real requests through a {@link TestBrowser} with the storage installed.
 */
public abstract class MessageStorageContract {
    /** The clock of the Flashkit under test. */
    protected final TestClock clock = new TestClock();

    private Flashkit flashkit;

    /** The storage under test. */
    protected abstract MessageStorage storage();

    /** Adds settings to the Flashkit under test; the secret, clock and storage are already set. */
    protected FlashkitConfig.Builder configure(FlashkitConfig.Builder builder) {
        return builder;
    }

    /** Whether the storage holds an unlimited number of messages (server-side) rather than what fits a cookie. */
    protected boolean unbounded() {
        return false;
    }

    /**
     * Whether {@link MessageStorage#claim} is atomic across parallel requests of one client (a shared
     * store such as Redis): then parallel displays must show each message exactly once.
     */
    protected boolean claimsAtomically() {
        return false;
    }

    @BeforeEach
    void createFlashkit() {
        flashkit = Flashkit.create(configure(FlashkitConfig.builder()
                        .secret(TestSecrets.random())
                        .clock(clock)
                        .messageStorage(storage()))
                .build());
    }

    /** Whether requests take the non-blocking path ({@link TestBrowser#nonBlocking}); the default is blocking. */
    protected boolean nonBlocking() {
        return false;
    }

    /** A new browser on the Flashkit under test. */
    protected TestBrowser browser() {
        return nonBlocking() ? TestBrowser.nonBlocking(flashkit) : new TestBrowser(flashkit);
    }

    /** For tests whose handlers call the storage themselves: the blocking path, which loads nothing unused. */
    private TestBrowser direct() {
        return new TestBrowser(flashkit);
    }

    private Message message(String text) {
        return Message.builder()
                .level(Level.INFO)
                .text(MessageText.plain(text))
                .createdAt(clock.instant())
                .expiresAt(clock.instant().plus(Duration.ofMinutes(10)))
                .build();
    }

    private List<Message> storeThenLoad(TestBrowser browser, List<Message> messages, List<Message> rest) {
        browser.get("/store", ctx -> rest.addAll(storage().store(ctx.scope(), messages)));
        AtomicReference<List<Message>> loaded = new AtomicReference<>();
        browser.get("/load", ctx -> loaded.set(storage().load(ctx.scope())));
        return loaded.get();
    }

    @Test
    void load_nothingStored_isEmpty() {
        direct().get("/", ctx -> assertThat(storage().load(ctx.scope())).isEmpty());
    }

    @Test
    void store_thenLoad_roundTripsEveryField() {
        Instant now = clock.instant();
        List<Message> messages = List.of(
                Message.builder()
                        .level(Level.SUCCESS)
                        .text(MessageText.plain("Saved <b>\"Widget\"</b> & co — ünïcödé"))
                        .extraTags("undo sticky")
                        .levelTag("great")
                        .title("Done")
                        .action(new Message.Action("Undo", "/items/3/restore?x=1&y=2"))
                        .createdAt(now)
                        .target("/items/3?tab=1")
                        .expiresAt(now.plus(Duration.ofMinutes(3)))
                        .build(),
                Message.builder()
                        .level(Level.of(35, "notice"))
                        .text(MessageText.key("item.saved", "Widget", 3L, true))
                        .createdAt(now)
                        .build(),
                Message.builder()
                        .level(Level.ERROR)
                        .text(MessageText.trustedHtml("<em>Failed</em>"))
                        .createdAt(now)
                        .expiresAt(now.plusSeconds(1))
                        .build());
        List<Message> rest = new ArrayList<>();

        assertThat(storeThenLoad(direct(), messages, rest)).isEqualTo(messages);
        assertThat(rest).isEmpty();
    }

    @Test
    void store_manyMessages_keepsOrder() {
        List<Message> messages = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            messages.add(message("message " + i));
        }
        List<Message> rest = new ArrayList<>();
        List<Message> loaded = storeThenLoad(direct(), messages, rest);

        List<Message> all = new ArrayList<>(loaded);
        all.addAll(rest);
        assertThat(all).isEqualTo(messages);
    }

    @Test
    void store_emptyList_clearsStoredMessages() {
        TestBrowser browser = direct();
        storeThenLoad(browser, List.of(message("old")), new ArrayList<>());

        assertThat(storeThenLoad(browser, List.of(), new ArrayList<>())).isEmpty();
    }

    @Test
    void store_afterEarlierStore_replacesWhatWasStored() {
        TestBrowser browser = direct();
        storeThenLoad(browser, List.of(message("first"), message("second")), new ArrayList<>());
        Message third = message("third");

        assertThat(storeThenLoad(browser, List.of(third), new ArrayList<>())).containsExactly(third);
    }

    @Test
    void store_moreThanFits_returnsTheSuffixItCouldNotStore() {
        List<Message> messages = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            messages.add(message(i + " " + "x".repeat(400)));
        }
        List<Message> rest = new ArrayList<>();
        List<Message> loaded = storeThenLoad(direct(), messages, rest);

        assertThat(loaded).isEqualTo(messages.subList(0, loaded.size()));
        assertThat(rest).isEqualTo(messages.subList(loaded.size(), messages.size()));
        if (unbounded()) {
            assertThat(rest).isEmpty();
        } else {
            assertThat(rest).isNotEmpty();
        }
    }

    @Test
    void store_oneBrowser_isInvisibleToAnother() {
        storeThenLoad(direct(), List.of(message("mine")), new ArrayList<>());

        direct().get("/", ctx -> assertThat(storage().load(ctx.scope())).isEmpty());
    }

    @Test
    void claim_loadedMessages_returnsASubsetOfThem() {
        TestBrowser browser = direct();
        List<Message> messages = List.of(message("a"), message("b"));
        storeThenLoad(browser, messages, new ArrayList<>());
        AtomicReference<List<Message>> claimed = new AtomicReference<>();
        browser.get("/", ctx -> {
            List<Message> loaded = storage().load(ctx.scope());
            claimed.set(storage().claim(ctx.scope(), loaded));
        });

        assertThat(messages).containsAll(claimed.get());
    }

    @Test
    void messages_addRedirectDisplay_deliversExactlyOnce() {
        TestBrowser browser = browser();
        saveRedirecting(browser, "Item saved", "/items/3");

        assertThat(shown(browser, "/items/3")).containsExactly("Item saved");
        assertThat(shown(browser, "/items/3")).isEmpty();
    }

    private static void saveRedirecting(TestBrowser browser, String text, String location) {
        browser.post("/edit", (ctx, ex) -> {
            ctx.messages().success(text);
            ex.redirect(location);
        });
    }

    private static List<String> shown(TestBrowser browser, String path) {
        List<String> texts = new ArrayList<>();
        browser.get(
                path,
                ctx -> ctx.messages().consume().forEach(m -> texts.add(m.text().value())));
        return texts;
    }

    @Test
    void messages_parallelTabs_targetedMessageOnlyReachesItsTarget() {
        TestBrowser browser = browser();
        saveRedirecting(browser, "A saved", "/a");

        assertThat(shown(browser, "/b")).isEmpty();
        assertThat(shown(browser, "/a")).containsExactly("A saved");
    }

    @Test
    void messages_targetRedirectsOn_theMessageFollows() {
        TestBrowser browser = browser();
        saveRedirecting(browser, "Item saved", "/items/3");
        browser.get("/items/3", (ctx, ex) -> ex.redirect("/items/3/"));

        assertThat(shown(browser, "/items/3")).isEmpty();
        assertThat(shown(browser, "/items/3/")).containsExactly("Item saved");
    }

    @Test
    void messages_targetVisitedWithoutDisplay_nextDisplayingPageShowsThemOnce() {
        TestBrowser browser = browser();
        saveRedirecting(browser, "Exported", "/export.json");
        browser.get("/export.json", ctx -> ctx.session().get("user")); // no messages partial

        assertThat(shown(browser, "/dashboard")).containsExactly("Exported");
        assertThat(shown(browser, "/dashboard")).isEmpty();
    }

    @Test
    void messages_targetNeverVisited_anyPageShowsThemAfterTheTargetedWait() {
        TestBrowser browser = browser();
        saveRedirecting(browser, "lost tab", "/a");
        clock.advance(Duration.ofMinutes(3).plusSeconds(1)); // the default messageTargetMaxAge

        assertThat(shown(browser, "/b")).containsExactly("lost tab");
        assertThat(shown(browser, "/a")).isEmpty();
    }

    @Test
    void messages_targetedMessageOlderThanTheMaxAge_expiresAndIsCounted() {
        TestBrowser browser = browser();
        saveRedirecting(browser, "never seen", "/a");
        long before = flashkit.metrics().expiredUndeliveredMessages();
        clock.advance(Duration.ofMinutes(10).plusSeconds(1)); // the default messageMaxAge

        assertThat(shown(browser, "/b")).isEmpty();
        assertThat(flashkit.metrics().expiredUndeliveredMessages()).isGreaterThan(before);
    }

    @Test
    void messages_keepAfterDisplay_showsThemAgainOnce() {
        TestBrowser browser = browser();
        browser.post("/", (ctx, ex) -> ctx.messages().info("kept"));
        browser.get("/", ctx -> {
            ctx.messages().consume();
            ctx.messages().keep();
        });

        assertThat(shown(browser, "/")).containsExactly("kept");
        assertThat(shown(browser, "/")).isEmpty();
    }

    @Test
    void claim_parallelRequestsOfOneClient_showEachMessageOnce() {
        Assumptions.assumeTrue(
                claimsAtomically(), "only for shared storages: a cookie cannot coordinate parallel requests");
        TestBrowser browser = browser();
        browser.post("/", (ctx, ex) -> {
            ctx.messages().info("one");
            ctx.messages().info("two");
        });
        var cookies = browser.cookies();
        var tab1 =
                flashkit.open(TestExchange.request("GET", "/").cookies(cookies).build());
        var tab2 =
                flashkit.open(TestExchange.request("GET", "/").cookies(cookies).build());
        tab1.messages().peek();
        tab2.messages().peek();

        List<Message> shown = new ArrayList<>(tab1.messages().consume());
        shown.addAll(tab2.messages().consume());
        tab1.commit();
        tab2.commit();

        assertThat(shown).extracting(m -> m.text().value()).containsExactlyInAnyOrder("one", "two");
        assertThat(shown(browser, "/")).isEmpty();
    }
}
