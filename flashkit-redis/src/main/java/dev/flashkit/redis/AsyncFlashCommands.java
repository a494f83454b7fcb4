package dev.flashkit.redis;

import dev.flashkit.internal.Counters;
import io.lettuce.core.ScriptOutputType;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * The flash-list commands a request's message storage sends itself (when it does not ride on the session's load
 * and save), on Lettuce's asynchronous API: the same commands, scripts and results as {@link FlashQueue#peek},
 * {@link FlashQueue#update(String, FlashDelta)}, {@link FlashQueue#claim} and {@link FlashQueue#restore}, each a stage that fails with
 * {@code SessionStoreException} when Redis fails or is slower than the command timeout.
 */
final class AsyncFlashCommands {
    private final RedisConnector redis;
    private final SessionKeys keys;
    private final Clock clock;
    private final Counters counters;
    private final Duration timeout;

    AsyncFlashCommands(RedisConnector redis, SessionKeys keys, Clock clock, Counters counters, Duration timeout) {
        this.redis = redis;
        this.keys = keys;
        this.clock = clock;
        this.counters = counters;
        this.timeout = timeout;
    }

    /** {@link FlashQueue#peek}: the messages a request for {@code target} could show (one LRANGE). */
    CompletionStage<List<FlashEntry>> peek(String sessionId, String target) {
        return RedisCalls.callAsync(
                redis, "read flash messages", timeout, async -> async.lrange(keys.flash(sessionId), 0, -1)
                        .thenApply(raws -> FlashQueue.live(raws, clock.millis(), target)));
    }

    /** {@link FlashQueue#update(String, FlashDelta)}: applies {@code delta} in one atomic round trip. */
    CompletionStage<Long> update(String sessionId, FlashDelta delta) {
        String[] args = FlashQueue.updateArgs(clock.millis(), RedisMessageStorage.SAFETY_CAP, delta)
                .toArray(String[]::new);
        String[] scriptKeys = {keys.flash(sessionId)};
        return RedisCalls.callAsync(redis, "store flash messages", timeout, async -> FlashQueue.STORE
                .<Long>runAsync(async, ScriptOutputType.INTEGER, scriptKeys, args)
                .thenApply(merged -> FlashQueue.reportMerged(merged, RedisMessageStorage.SAFETY_CAP, counters)));
    }

    /** {@link FlashQueue#restore}: puts back what a failed request claimed, unless the session is gone. */
    CompletionStage<Long> restore(String sessionId, FlashDelta delta) {
        String[] args = FlashQueue.updateArgs(clock.millis(), RedisMessageStorage.SAFETY_CAP, delta)
                .toArray(String[]::new);
        String[] scriptKeys = {keys.session(sessionId), keys.flash(sessionId)};
        return RedisCalls.callAsync(redis, "put back flash messages", timeout, async -> FlashQueue.RESTORE
                .<Long>runAsync(async, ScriptOutputType.INTEGER, scriptKeys, args)
                .thenApply(merged -> FlashQueue.reportMerged(merged, RedisMessageStorage.SAFETY_CAP, counters)));
    }

    /** {@link FlashQueue#claim}: removes and returns the deliverable entries with these ids, atomically. */
    CompletionStage<List<FlashEntry>> claim(String sessionId, String target, Collection<String> ids) {
        List<String> args = new ArrayList<>(ids.size() + 2);
        args.add(Long.toString(clock.millis()));
        args.add(target == null ? "" : target);
        args.addAll(ids);
        String[] scriptKeys = {keys.flash(sessionId)};
        return RedisCalls.callAsync(redis, "claim flash messages", timeout, async -> FlashQueue.CLAIM
                .<List<Object>>runAsync(async, ScriptOutputType.MULTI, scriptKeys, args.toArray(String[]::new))
                .thenApply(reply -> FlashQueue.claimed(reply, counters)));
    }
}
