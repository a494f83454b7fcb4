package dev.flashkit.messages;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes messages in the JSON shape {@code flashkit.js} reads, one object per message:
 * {@code {"id","level","levelValue","text","tags","css","title","action":{"label","href"}}}. Text is the
 * resolved plain text (trusted HTML is reduced to its text, since clients insert it with
 * {@code textContent}). Reached through {@link Messages#json()} and the {@code HX-Trigger} delivery.
 */
final class MessageJson {
    private static final JsonFactory FACTORY = new JsonFactory();
    private static final JsonFactory ASCII_FACTORY =
            JsonFactory.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    private MessageJson() {}

    /** {@code {"messages":[...]}}: the body of a JSON messages endpoint. */
    static String document(List<Message> messages) {
        return write(FACTORY, messages, null);
    }

    /**
     * The {@code HX-Trigger} value {@code {"flashkit:messages":{"messages":[...]}}}, ASCII only (non-ASCII
     * characters are {@code \\u}-escaped so the header survives any server).
     */
    static String hxTrigger(List<Message> messages) {
        return write(ASCII_FACTORY, messages, "flashkit:messages");
    }

    private static String write(JsonFactory factory, List<Message> messages, String event) {
        StringWriter out = new StringWriter(128 + 200 * messages.size());
        try (JsonGenerator g = factory.createGenerator(out)) {
            g.writeStartObject();
            if (event != null) {
                g.writeFieldName(event);
                g.writeStartObject();
            }
            g.writeArrayFieldStart("messages");
            for (Message m : messages) {
                writeMessage(g, m);
            }
            g.writeEndArray();
            if (event != null) {
                g.writeEndObject();
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Writes one message object. */
    static void writeMessage(JsonGenerator g, Message m) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", m.id());
        g.writeStringField("level", HtmlRenderer.levelName(m));
        g.writeNumberField("levelValue", m.level().value());
        g.writeStringField("text", plainText(m.text()));
        g.writeStringField("tags", m.tags());
        g.writeStringField("css", HtmlRenderer.css(m));
        if (m.title() == null) {
            g.writeNullField("title");
        } else {
            g.writeStringField("title", m.title());
        }
        if (m.action() == null) {
            g.writeNullField("action");
        } else {
            g.writeObjectFieldStart("action");
            g.writeStringField("label", m.action().label());
            g.writeStringField("href", m.action().href());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    static String plainText(MessageText text) {
        if (!text.isHtml()) {
            return text.value();
        }
        return TAG.matcher(text.value())
                .replaceAll("")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&nbsp;", " ")
                .replace("&amp;", "&");
    }
}
