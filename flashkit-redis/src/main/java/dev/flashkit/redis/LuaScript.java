package dev.flashkit.redis;

import dev.flashkit.internal.Stages;
import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.cluster.api.async.RedisClusterAsyncCommands;
import io.lettuce.core.cluster.api.sync.RedisClusterCommands;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * One Lua script from this package's resources, run with EVALSHA and, when the server does not
 * know the script yet (fresh start, restart, failover, SCRIPT FLUSH), with EVAL, which also
 * caches it again. Either way it is one atomic command on the server (in a Redis Cluster, on the
 * master of the keys' slot: each node caches the script the first time it runs there).
 */
final class LuaScript {
    private final String name;
    private final String source;
    private final String sha1;

    private LuaScript(String name, String source) {
        this.name = name;
        this.source = source;
        this.sha1 = sha1Hex(source);
    }

    /** The script made of these resources, concatenated in order (shared functions first). */
    static LuaScript load(String... resources) {
        StringBuilder source = new StringBuilder();
        for (String resource : resources) {
            try (InputStream in = LuaScript.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("missing script resource " + resource);
                }
                source.append(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                        .append('\n');
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read script " + resource, e);
            }
        }
        return new LuaScript(resources[resources.length - 1], source.toString());
    }

    <T> T run(RedisClusterCommands<String, String> redis, ScriptOutputType type, String[] keys, String... args) {
        try {
            return redis.evalsha(sha1, type, keys, args);
        } catch (RedisNoScriptException e) {
            return redis.eval(source, type, keys, args);
        }
    }

    /** {@link #run} on the asynchronous API: EVALSHA, and EVAL when the server answers NOSCRIPT. */
    <T> CompletionStage<T> runAsync(
            RedisClusterAsyncCommands<String, String> redis, ScriptOutputType type, String[] keys, String... args) {
        CompletionStage<T> first = redis.evalsha(sha1, type, keys, args);
        return first.exceptionallyCompose(failure -> Stages.unwrap(failure) instanceof RedisNoScriptException
                ? redis.<T>eval(source, type, keys, args)
                : CompletableFuture.failedFuture(failure));
    }

    @Override
    public String toString() {
        return "LuaScript[" + name + "]";
    }

    private static String sha1Hex(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-1");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is required by every Java platform", e);
        }
    }
}
