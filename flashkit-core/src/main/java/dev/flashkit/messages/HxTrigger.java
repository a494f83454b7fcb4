package dev.flashkit.messages;

import dev.flashkit.internal.Json;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Merges the messages event into an existing {@code HX-Trigger} header (JSON object or event-name list). */
final class HxTrigger {
    private HxTrigger() {}

    /** The merged header value, or empty when the existing value cannot be merged (messages then wait). */
    static Optional<String> merge(String existing, List<Message> messages) {
        String ours = MessageJson.hxTrigger(messages);
        if (existing == null || existing.isBlank()) {
            return Optional.of(ours);
        }
        String body = ours.substring(1, ours.length() - 1); // "flashkit:messages":{...}
        String trimmed = existing.trim();
        StringBuilder sb = new StringBuilder(trimmed.length() + ours.length() + 8).append('{');
        if (trimmed.startsWith("{")) {
            Optional<Map<String, Object>> parsed =
                    Json.readObject(trimmed.getBytes(java.nio.charset.StandardCharsets.UTF_8), 64 * 1024);
            if (parsed.isEmpty()) {
                return Optional.empty();
            }
            for (Map.Entry<String, Object> e : parsed.get().entrySet()) {
                if (!e.getKey().equals("flashkit:messages")) {
                    sb.append(Json.writeString(e.getKey()))
                            .append(':')
                            .append(Json.writeString(e.getValue() == Json.NULL ? null : e.getValue()))
                            .append(',');
                }
            }
        } else {
            for (String name : trimmed.split(",")) {
                String event = name.trim();
                if (!event.isEmpty() && !event.equals("flashkit:messages")) {
                    sb.append(Json.writeString(event)).append(":{},");
                }
            }
        }
        return Optional.of(sb.append(body).append('}').toString());
    }
}
