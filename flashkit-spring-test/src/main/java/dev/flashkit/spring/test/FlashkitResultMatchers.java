package dev.flashkit.spring.test;

/** Matchers on what a MockMvc response left for the next request; from {@link FlashkitMockMvcResultMatchers}. */
public final class FlashkitResultMatchers {
    private static final MessagesResultMatchers MESSAGES = new MessagesResultMatchers();
    private static final SessionResultMatchers SESSION = new SessionResultMatchers();

    FlashkitResultMatchers() {}

    /** The flash messages stored after the response (targeted or not), read without consuming them. */
    public MessagesResultMatchers messages() {
        return MESSAGES;
    }

    /** The Flashkit session the next request would carry. */
    public SessionResultMatchers session() {
        return SESSION;
    }
}
