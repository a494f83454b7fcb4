package dev.flashkit;

import dev.flashkit.internal.KeyRing;
import dev.flashkit.internal.RandomIds;
import dev.flashkit.internal.Secrets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Turns configured secrets into a key ring. Production: a missing, short or known-weak secret fails with
 * a message that says how to generate one. Development without a secret: a random per-process key and
 * one loud warning — never a hard-coded key.
 */
final class SecretPolicy {
    private static final System.Logger LOG = System.getLogger("dev.flashkit");
    private static final AtomicBoolean WARNED = new AtomicBoolean();

    private SecretPolicy() {}

    private static final class DevelopmentKey {
        static final byte[] KEY = randomKey();

        private static byte[] randomKey() {
            byte[] key = new byte[32];
            RandomIds.random().nextBytes(key);
            return key;
        }
    }

    static FlashkitConfig buildWithKeys(ConfigBuilder b) {
        if (b.secret == null) {
            if (b.production) {
                throw new FlashkitException(
                        b.secretSource + " is not set, and production mode requires a secret. " + Secrets.HELP);
            }
            if (WARNED.compareAndSet(false, true)) {
                LOG.log(
                        System.Logger.Level.WARNING,
                        "\n*** Flashkit: " + b.secretSource
                                + " is not set: using a random per-process development key. ***\n"
                                + "*** Sessions and messages end when this process restarts and are not shared between "
                                + "instances. ***\n*** " + Secrets.HELP + " ***");
            }
            List<byte[]> keys = new ArrayList<>();
            keys.add(DevelopmentKey.KEY);
            b.fallbackSecrets.forEach(s -> keys.add(Secrets.decode(s)));
            return b.create(KeyRing.of(keys), true);
        }
        if (b.production) {
            rejectWeak(b.secretSource, b.secret);
            for (String fallback : b.fallbackSecrets) {
                rejectWeak("An entry of " + b.fallbackSecretsSource, fallback);
            }
        } else {
            String weakness = Secrets.weakness(b.secret);
            if (weakness != null) {
                LOG.log(
                        System.Logger.Level.WARNING,
                        "Flashkit: " + b.secretSource + " is weak (" + weakness + "); production mode will refuse it. "
                                + Secrets.HELP);
            }
        }
        List<byte[]> keys = new ArrayList<>();
        keys.add(Secrets.decode(b.secret));
        b.fallbackSecrets.forEach(s -> keys.add(Secrets.decode(s)));
        return b.create(KeyRing.of(keys), false);
    }

    private static void rejectWeak(String name, String secret) {
        String weakness = Secrets.weakness(secret);
        if (weakness != null) {
            throw new FlashkitException(name + " is too weak for production: " + weakness + ". " + Secrets.HELP);
        }
    }
}
