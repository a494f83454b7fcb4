package dev.flashkit.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flashkit.Flashkit;
import dev.flashkit.FlashkitConfig;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MemorySessionStoreWarningTest {
    private final Logger logger = Logger.getLogger(MemorySessionStore.class.getName());
    private final List<LogRecord> records = new ArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    private static String secret() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    @BeforeEach
    void capture() {
        logger.addHandler(handler);
    }

    @AfterEach
    void release() {
        logger.removeHandler(handler);
    }

    @Test
    void create_inProduction_logsOneWarning() {
        Flashkit.create(FlashkitConfig.builder()
                .production(true)
                .secret(secret())
                .sessionStore(MemorySessionStore.create(10))
                .build());

        assertThat(records).hasSize(1);
        assertThat(records.get(0).getLevel()).isEqualTo(Level.WARNING);
        assertThat(records.get(0).getMessage())
                .contains("MemorySessionStore in production")
                .contains("RedisSessionStore");
    }

    @Test
    void create_inDevelopment_logsNothing() {
        Flashkit.create(FlashkitConfig.builder()
                .secret(secret())
                .sessionStore(MemorySessionStore.create(10))
                .build());

        assertThat(records).isEmpty();
    }

    @Test
    void create_nonPositiveSize_throwsIllegalArgument() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> MemorySessionStore.create(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maximumSessions must be positive");
    }
}
