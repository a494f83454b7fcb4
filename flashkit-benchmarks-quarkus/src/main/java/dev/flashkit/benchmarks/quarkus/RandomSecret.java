package dev.flashkit.benchmarks.quarkus;

import dev.flashkit.FlashkitConfig;
import dev.flashkit.quarkus.FlashkitCustomizer;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.util.Base64;

/** A fresh 256-bit secret per run: nothing hard-coded, and no cookie outlives the process. */
@Singleton
public class RandomSecret implements FlashkitCustomizer {
    @Override
    public void customize(FlashkitConfig.Builder builder) {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        builder.secret(Base64.getEncoder().encodeToString(secret));
    }
}
