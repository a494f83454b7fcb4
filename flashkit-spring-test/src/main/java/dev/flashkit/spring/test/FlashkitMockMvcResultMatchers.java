package dev.flashkit.spring.test;

/**
 * The entry point of Flashkit's MockMvc result matchers (Spring's {@code MockMvcResultMatchers.flash()} for
 * Flashkit): {@code .andExpect(flashkit().messages().contains(Level.SUCCESS, "Item 'widget' added"))}. The
 * matchers open the response's cookies with the application's {@code Flashkit} bean, as the next request of
 * the same browser would see them.
 */
public final class FlashkitMockMvcResultMatchers {
    private static final FlashkitResultMatchers FLASHKIT = new FlashkitResultMatchers();

    private FlashkitMockMvcResultMatchers() {}

    /** Matchers on the flash messages and the session a response left. */
    public static FlashkitResultMatchers flashkit() {
        return FLASHKIT;
    }
}
