package dev.flashkit.javalin.example;

// tag::docs[]
import dev.flashkit.javalin.FlashkitPlugin;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;

public final class PageModel {
    /** The model of any page: its own values, plus the request's messages for the layout's partial. */
    public static Map<String, Object> of(Context ctx, Map<String, ?> values) {
        Map<String, Object> model = new HashMap<>(values);
        model.put("messages", FlashkitPlugin.messages(ctx)); // iterating them (the partial) shows them once
        return model;
    }
}
// end::docs[]
