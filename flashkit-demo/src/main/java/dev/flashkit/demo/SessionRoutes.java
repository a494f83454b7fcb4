package dev.flashkit.demo;

import dev.flashkit.Flashkit;
import dev.flashkit.session.Session;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Starlette session tutorial's JSON endpoints (set, get, delete one key, clear all), and {@code /debug/session}: the safe way to
 * "print the session" — keys, values and cookie sizes, never a cookie value or key material.
 */
final class SessionRoutes {

    private SessionRoutes() {}

    static void register(Javalin app, DemoSettings settings, Flashkit flashkit) {
        app.get("/set-session", ctx -> {
            Flash.session(ctx).put("key", "value");
            ctx.json(Map.of("message", "Session data set"));
        });
        app.get("/get-session", ctx -> {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("key", Flash.session(ctx).get("key"));
            ctx.json(body);
        });
        app.get("/delete-session", ctx -> {
            Flash.session(ctx).remove("key");
            ctx.json(Map.of("message", "Session data deleted"));
        });
        app.get("/clear-session", ctx -> {
            Flash.session(ctx).clear();
            ctx.json(Map.of("message", "Session cleared"));
        });
        app.get("/debug/session", ctx -> {
            if (settings.production()) {
                throw new NotFoundResponse();
            }
            debug(ctx, flashkit);
        });
    }

    private static void debug(Context ctx, Flashkit flashkit) {
        Session session = Flash.session(ctx);
        Map<String, Object> cookies = new TreeMap<>();
        for (String name : Flash.cookieNames(flashkit)) {
            String value = ctx.cookie(name);
            if (value != null) {
                cookies.put(name, Map.of("bytes", value.length()));
            }
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("store", flashkit.sessionStore().getClass().getSimpleName());
        body.put("new", session.isNew());
        body.put("id", fingerprint(session.id())); // a server store's id is the cookie's secret: never shown
        body.put("data", new TreeMap<>(session.asMap()));
        body.put("cookies", cookies);
        ctx.json(body);
    }

    /** The first 8 bytes of the id's SHA-256, in hex: tells sessions apart without revealing the id. */
    static String fingerprint(String id) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
