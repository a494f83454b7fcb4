package dev.flashkit.spring.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flashkit.adaptertests.FailingSessionStore;
import dev.flashkit.session.MemorySessionStore;
import org.junit.jupiter.api.Test;

/** The {@code store} tag of {@code flashkit.store.failures}: short, lower case, "cookie" for the default store. */
class StoreTagTest {
    @Test
    void storeTag_defaultCookieStore_isCookie() {
        assertThat(FlashkitMeterBinder.storeTag(null)).isEqualTo("cookie");
    }

    @Test
    void storeTag_namedSessionStore_isItsNameWithoutTheSuffix() {
        assertThat(FlashkitMeterBinder.storeTag(MemorySessionStore.create(10))).isEqualTo("memory");
        assertThat(FlashkitMeterBinder.storeTag(new FailingSessionStore())).isEqualTo("failing");
    }
}
