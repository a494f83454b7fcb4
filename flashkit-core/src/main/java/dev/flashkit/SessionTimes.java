package dev.flashkit;

import dev.flashkit.session.SessionData;
import java.time.Duration;
import java.time.Instant;

/** The session's clock rules: when a stored session is still live, how long a save lives, when to touch. */
final class SessionTimes {
    private SessionTimes() {}

    /** Whether {@code d} is neither from the future (beyond the clock skew) nor past its absolute or idle expiry. */
    static boolean isLive(FlashkitConfig config, SessionData d, Instant now) {
        Instant skewLimit = now.plus(config.clockSkew());
        if (d.createdAt().isAfter(skewLimit) || d.lastAccessedAt().isAfter(skewLimit)) {
            return false;
        }
        if (!d.createdAt().plus(config.sessionMaxAge()).isAfter(now)) {
            return false;
        }
        Duration idle = config.sessionIdleTimeout();
        return idle == null || d.lastAccessedAt().plus(idle).isAfter(now);
    }

    /** The store's time-to-live for a save: what remains of the absolute lifetime, capped by the idle timeout. */
    static Duration timeToLive(FlashkitConfig config, Duration remaining) {
        Duration idle = config.sessionIdleTimeout();
        return idle == null || idle.compareTo(remaining) > 0 ? remaining : idle;
    }

    /**
     * Whether an unchanged session must be saved anyway to push its idle expiry: a tenth of the idle timeout
     * (at most a minute) after its last access.
     */
    static boolean touchDue(FlashkitConfig config, Instant lastAccessedAt, Instant now) {
        Duration idle = config.sessionIdleTimeout();
        if (idle == null) {
            return false;
        }
        Duration interval =
                idle.dividedBy(10).compareTo(Duration.ofMinutes(1)) > 0 ? Duration.ofMinutes(1) : idle.dividedBy(10);
        return !lastAccessedAt.plus(interval).isAfter(now);
    }
}
