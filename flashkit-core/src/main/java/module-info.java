/**
 * Flashkit core: sealed-cookie sessions, flash messages and the SPI adapters and stores implement.
 * Applications use {@code dev.flashkit}, {@code dev.flashkit.session} and {@code dev.flashkit.messages};
 * adapters and stores also use {@code dev.flashkit.spi}. {@code dev.flashkit.internal} is shared only with
 * Flashkit's own modules (by their published module names) and is not an API.
 */
@SuppressWarnings("module") // the qualified exports name modules this build does not compile against
module dev.flashkit.core {
    requires com.fasterxml.jackson.core;
    requires com.github.benmanes.caffeine;

    exports dev.flashkit;
    exports dev.flashkit.session;
    exports dev.flashkit.messages;
    exports dev.flashkit.spi;
    exports dev.flashkit.internal to
            dev.flashkit.test,
            dev.flashkit.redis,
            dev.flashkit.jdbc,
            dev.flashkit.servlet,
            dev.flashkit.webflux,
            dev.flashkit.javalin,
            dev.flashkit.javalin7,
            dev.flashkit.spring,
            dev.flashkit.quarkus;
}
