package dev.flashkit.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flashkit.internal.RandomIds;
import org.junit.jupiter.api.Test;

/** Session ids {@code family.secret} and the keys they map to. */
class SessionIdsTest {
    private final SessionKeys keys = new SessionKeys("p:");

    @Test
    void next_newSession_isFreshFamilyAndSecret() {
        String a = SessionIds.next(null);
        String b = SessionIds.next(null);

        assertThat(a).matches("[A-Za-z0-9_-]{11}\\.[A-Za-z0-9_-]{32}");
        assertThat(SessionIds.family(a)).isNotEqualTo(SessionIds.family(b));
        assertThat(SessionIds.isWellFormed(a)).isTrue();
    }

    @Test
    void next_rotation_keepsFamilyWithNewSecretAndSameHashTag() {
        String before = SessionIds.next(null);

        String after = SessionIds.next(before);

        assertThat(after).isNotEqualTo(before);
        assertThat(SessionIds.family(after)).isEqualTo(SessionIds.family(before));
        assertThat(tag(keys.session(after))).isEqualTo(tag(keys.session(before)));
        assertThat(keys.session(after)).isNotEqualTo(keys.session(before));
    }

    @Test
    void next_afterLegacyOrGarbageId_startsANewFamily() {
        assertThat(SessionIds.next(RandomIds.newId())).matches("[A-Za-z0-9_-]{11}\\.[A-Za-z0-9_-]{32}");
        assertThat(SessionIds.next("not an id")).matches("[A-Za-z0-9_-]{11}\\.[A-Za-z0-9_-]{32}");
    }

    @Test
    void isWellFormed_malformedIds_areRejected() {
        String secret = RandomIds.newId();
        assertThat(SessionIds.isWellFormed(null)).isFalse();
        assertThat(SessionIds.isWellFormed("")).isFalse();
        assertThat(SessionIds.isWellFormed("." + secret)).isFalse();
        assertThat(SessionIds.isWellFormed("abc." + secret))
                .as("family too short")
                .isFalse();
        assertThat(SessionIds.isWellFormed("abcdefghijk.short"))
                .as("secret too short")
                .isFalse();
        assertThat(SessionIds.isWellFormed("abcdefghijk." + secret + ".x")).isFalse();
        assertThat(SessionIds.isWellFormed("abcdefghij\u00e9." + secret)).isFalse();
        assertThat(SessionIds.isWellFormed("abcdefghijk." + "a".repeat(60)))
                .as("too long")
                .isFalse();
        assertThat(SessionIds.family(RandomIds.newId())).as("legacy: no family").isNull();
        assertThat(SessionIds.isWellFormed(RandomIds.newId()))
                .as("legacy one-part id")
                .isTrue();
    }

    @Test
    void keys_familyId_hashTagOfFamilyDigestThenIdDigest_legacyIdUnchanged() {
        String id = SessionIds.next(null);
        String legacy = RandomIds.newId();

        assertThat(keys.session(id)).matches("p:\\{[0-9a-f]{16}}[0-9a-f]{64}");
        assertThat(keys.flash(id)).isEqualTo(keys.session(id) + ":flash");
        assertThat(keys.session(legacy)).matches("p:\\{[0-9a-f]{64}}");
    }

    private static String tag(String key) {
        return key.substring(key.indexOf('{'), key.indexOf('}') + 1);
    }
}
