package dev.flashkit.messages;

import dev.flashkit.internal.ByteSink;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The plaintext of the sealed messages cookie: a compact binary record per message, so that showing a
 * flashed message needs no JSON parser (decoding the JSON document was the largest single cost of a
 * {@code /show} request, see docs/BENCHMARKS.md) and the cookie is about a third shorter. The JSON of
 * {@link MessageCodec} stays the format of session and Redis storage, which other tools may read; this one
 * only ever travels sealed, so it is read only after AES-GCM authenticated it — still, decoding is
 * bounds-checked and returns {@code null} for anything malformed, never throws.
 *
 * <p>Layout: the version byte {@code 0x02}, the message count, then per message: a flags byte (which optional
 * fields follow), the text kind, then id, level value, level name, text, [arguments], [extra tags], [level
 * tag], [title], [action label and href], created, [target], [expiry]. Numbers are unsigned LEB128 varints
 * (signed ones zig-zag encoded), strings a varint byte length plus UTF-8, instants epoch milliseconds.
 * Arguments are a count, then per argument a type byte ({@code s} string, {@code l} long, {@code e} double,
 * {@code d} decimal, {@code i} big integer — the last three as decimal strings — {@code t}/{@code f} boolean) and the value.
 */
final class MessageCookieFormat {
    /** First byte of this format; a JSON document (the format before 0.1) starts with '{'. */
    static final byte VERSION = 2;

    private static final int EXTRA_TAGS = 1;
    private static final int LEVEL_TAG = 1 << 1;
    private static final int TITLE = 1 << 2;
    private static final int ACTION = 1 << 3;
    private static final int TARGET = 1 << 4;
    private static final int EXPIRES = 1 << 5;
    private static final int ARGS = 1 << 6;
    private static final int ALL_FLAGS = (ARGS << 1) - 1;
    /** The text kinds by their code byte (fixed: never reorder). */
    private static final List<MessageText.Kind> KINDS =
            List.of(MessageText.Kind.PLAIN, MessageText.Kind.KEY, MessageText.Kind.HTML);

    private MessageCookieFormat() {}

    /** One message's record (see the class comment). */
    static byte[] encode(Message m) {
        Writer out = new Writer();
        int flags = (m.extraTags().isEmpty() ? 0 : EXTRA_TAGS)
                | (m.levelTag().equals(m.level().name()) ? 0 : LEVEL_TAG)
                | (m.title() == null ? 0 : TITLE)
                | (m.action() == null ? 0 : ACTION)
                | (m.target() == null ? 0 : TARGET)
                | (m.expiresAt() == null ? 0 : EXPIRES)
                | (m.text().args().isEmpty() ? 0 : ARGS);
        out.write(flags);
        out.write(KINDS.indexOf(m.text().kind()));
        out.string(m.id());
        out.signed(m.level().value());
        out.string(m.level().name());
        out.string(m.text().value());
        if ((flags & ARGS) != 0) {
            out.unsigned(m.text().args().size());
            for (Object arg : m.text().args()) {
                out.argument(arg);
            }
        }
        if ((flags & EXTRA_TAGS) != 0) {
            out.string(m.extraTags());
        }
        if ((flags & LEVEL_TAG) != 0) {
            out.string(m.levelTag());
        }
        if ((flags & TITLE) != 0) {
            out.string(m.title());
        }
        if ((flags & ACTION) != 0) {
            out.string(m.action().label());
            out.string(m.action().href());
        }
        out.signed(m.createdAt().toEpochMilli());
        if ((flags & TARGET) != 0) {
            out.string(m.target());
        }
        if ((flags & EXPIRES) != 0) {
            out.signed(m.expiresAt().toEpochMilli());
        }
        return out.toByteArray();
    }

    /** The cookie plaintext of the first {@code count} records. */
    static byte[] document(List<byte[]> records, int count) {
        Writer out = new Writer();
        out.write(VERSION);
        out.unsigned(count);
        for (int i = 0; i < count; i++) {
            out.writeBytes(records.get(i));
        }
        return out.toByteArray();
    }

    /** Length of {@link #document} for the first {@code count} records. */
    static int documentLength(List<byte[]> records, int count) {
        int size = 1 + Writer.unsignedLength(count);
        for (int i = 0; i < count; i++) {
            size += records.get(i).length;
        }
        return size;
    }

    /** The messages of a {@link #document}; {@code null} for anything malformed. */
    static List<Message> decode(byte[] data) {
        if (data == null || data.length < 2 || data[0] != VERSION) {
            return null;
        }
        try {
            Reader in = new Reader(data);
            int count = in.count();
            List<Message> messages = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                messages.add(in.message());
            }
            return in.atEnd() ? messages : null;
        } catch (RuntimeException malformed) { // truncated, out of range, or refused by Message's checks
            return null;
        }
    }

    /** The sink with the record encodings: unsigned and zig-zag varints, length-prefixed UTF-8, arguments. */
    private static final class Writer extends ByteSink {
        Writer() {
            super(128);
        }

        void unsigned(long v) {
            while ((v & ~0x7FL) != 0) {
                write((int) ((v & 0x7F) | 0x80));
                v >>>= 7;
            }
            write((int) v);
        }

        void signed(long v) {
            unsigned((v << 1) ^ (v >> 63));
        }

        void string(String s) {
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            unsigned(utf8.length);
            writeBytes(utf8);
        }

        void argument(Object arg) {
            if (arg instanceof String s) {
                write('s');
                string(s);
            } else if (arg instanceof Long l) {
                write('l');
                signed(l);
            } else if (arg instanceof Boolean b) {
                write(b ? 't' : 'f');
            } else if (arg instanceof Double || arg instanceof BigDecimal || arg instanceof BigInteger) {
                write(arg instanceof Double ? 'e' : arg instanceof BigDecimal ? 'd' : 'i');
                string(arg.toString());
            } else {
                throw new IllegalArgumentException("unexpected message argument type " + arg.getClass());
            }
        }

        static int unsignedLength(long v) {
            int n = 1;
            while ((v & ~0x7FL) != 0) {
                v >>>= 7;
                n++;
            }
            return n;
        }
    }

    private static final class Reader {
        private final byte[] data;
        private int pos = 1; // after the version byte

        Reader(byte[] data) {
            this.data = data;
        }

        boolean atEnd() {
            return pos == data.length;
        }

        int read() {
            if (pos >= data.length) {
                throw new IllegalArgumentException("truncated");
            }
            return data[pos++] & 0xFF;
        }

        long unsigned() {
            long v = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                int b = read();
                v |= (long) (b & 0x7F) << shift;
                if ((b & 0x80) == 0) {
                    return v;
                }
            }
            throw new IllegalArgumentException("varint too long");
        }

        long signed() {
            long v = unsigned();
            return (v >>> 1) ^ -(v & 1);
        }

        /**
         * A count or length: an unsigned varint no larger than the bytes left (each counted item takes at least
         * one). A varint of ten bytes can reach bit 63 and read as a negative {@code long}, which a plain
         * upper-bound check lets through (MessagesCookieFuzzTest found a count that allocated gigabytes).
         */
        int count() {
            long v = unsigned();
            if (v < 0 || v > data.length - pos) {
                throw new IllegalArgumentException("count or length beyond the data");
            }
            return (int) v;
        }

        String string() {
            int length = count();
            String s = new String(data, pos, length, StandardCharsets.UTF_8);
            pos += length;
            return s;
        }

        Object argument() {
            return switch (read()) {
                case 's' -> string();
                case 'l' -> signed();
                case 't' -> Boolean.TRUE;
                case 'f' -> Boolean.FALSE;
                case 'd' -> new BigDecimal(string());
                case 'e' -> Double.valueOf(string());
                case 'i' -> new BigInteger(string());
                default -> throw new IllegalArgumentException("unknown argument type");
            };
        }

        Message message() {
            int flags = read();
            int kind = read();
            if (flags > ALL_FLAGS || kind >= KINDS.size()) {
                throw new IllegalArgumentException("unknown flag or text kind");
            }
            String id = string();
            long level = signed();
            if (level != (int) level) {
                throw new IllegalArgumentException("level out of range");
            }
            String name = string();
            String text = string();
            List<Object> args = List.of();
            if ((flags & ARGS) != 0) {
                int count = count();
                args = new ArrayList<>(count);
                for (int i = 0; i < count; i++) {
                    args.add(argument());
                }
            }
            String extraTags = (flags & EXTRA_TAGS) != 0 ? string() : "";
            String levelTag = (flags & LEVEL_TAG) != 0 ? string() : null;
            String title = (flags & TITLE) != 0 ? string() : null;
            Message.Action action = (flags & ACTION) != 0 ? new Message.Action(string(), string()) : null;
            Instant created = Instant.ofEpochMilli(signed());
            String target = (flags & TARGET) != 0 ? string() : null;
            Instant expires = (flags & EXPIRES) != 0 ? Instant.ofEpochMilli(signed()) : null;
            return Message.builder()
                    .id(id)
                    .level(Level.of((int) level, name))
                    .text(new MessageText(KINDS.get(kind), text, args))
                    .extraTags(extraTags)
                    .levelTag(levelTag)
                    .title(title)
                    .action(action)
                    .createdAt(created)
                    .target(target)
                    .expiresAt(expires)
                    .build();
        }
    }
}
