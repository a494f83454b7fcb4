package dev.flashkit.demo;

import dev.flashkit.Flashkit;
import dev.flashkit.session.Session;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;

/** The demo's one place that reaches Flashkit's per-request objects from a Javalin {@link Context}. */
final class Flash {

    private Flash() {}

    /** The request's session. */
    static Session session(Context ctx) {
        return InterimBridge.context(ctx).session();
    }

    /** The request's messages. */
    static Interim messages(Context ctx) {
        return new Interim();
    }

    /** The names of the cookies Flashkit may set, for the debug page's sizes. */
    static List<String> cookieNames(Flashkit flashkit) {
        return List.of(flashkit.config().sessionCookieName());
    }

    /** The request's pending messages as the JSON document of {@code /api/messages}. */
    static Map<String, Object> json(Context ctx) {
        return Map.of("messages", List.of());
    }

    static final Object DEBUG = null;
    static final Object NOTICE = null;

    /** TEMPORARY stand-in until the messages API lands on main. */
    static final class Interim extends java.util.AbstractList<Object> {
        void success(String text) {}

        void error(String text) {}

        void warning(String text) {}

        void info(String text) {}

        void successFromForm(String template, Map<String, List<String>> form) {}

        void setLevel(Object level) {}

        void nowDebug(String text) {}

        void nowInfo(String text) {}

        void nowSuccess(String text) {}

        void nowWarning(String text) {}

        void nowError(String text) {}

        void nowCustom(Object level, String text) {}

        @Override
        public Object get(int index) {
            throw new IndexOutOfBoundsException(index);
        }

        @Override
        public int size() {
            return 0;
        }
    }
}
