package dev.flashkit.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MessageCookieFormatTest {
    private static final Instant NOW = Instant.parse("2026-11-22T01:00:00.123Z");

    private static final List<Message> EVERY_FIELD = List.of(
            Message.builder()
                    .id("a1")
                    .level(Level.of(35, "notice"))
                    .text(MessageText.key(
                            "cart.added",
                            "wïdget ✓",
                            2L,
                            -7L,
                            true,
                            false,
                            0.25,
                            new BigDecimal("0.1"),
                            new BigInteger("123456789012345678901234567890")))
                    .extraTags("t1 t2")
                    .levelTag("nt")
                    .title("Title <b>")
                    .action(new Message.Action("Undo", "/cart/undo?id=1"))
                    .createdAt(NOW)
                    .target("/cart?x=1")
                    .expiresAt(NOW.plusSeconds(180))
                    .build(),
            Message.builder()
                    .id("b2")
                    .level(Level.ERROR)
                    .text(MessageText.trustedHtml("<b>bold</b>"))
                    .createdAt(NOW)
                    .build(),
            Message.builder()
                    .id("c3")
                    .level(Level.of(-5, "trace"))
                    .text(MessageText.plain(""))
                    .createdAt(Instant.ofEpochMilli(-1))
                    .build(),
            Message.builder()
                    .id("d4")
                    .level(Level.SUCCESS)
                    .text(MessageText.plain("Item 'widget' added successfully!"))
                    .createdAt(NOW)
                    .target("/show")
                    .expiresAt(NOW.plusSeconds(180))
                    .build());

    private static byte[] document(List<Message> messages) {
        List<byte[]> records =
                messages.stream().map(MessageCookieFormat::encode).toList();
        byte[] doc = MessageCookieFormat.document(records, records.size());
        assertThat(doc).hasSize(MessageCookieFormat.documentLength(records, records.size()));
        return doc;
    }

    @Test
    void decode_ofDocument_roundTripsEveryField() {
        assertThat(MessageCookieFormat.decode(document(EVERY_FIELD))).isEqualTo(EVERY_FIELD);
        assertThat(MessageCookieFormat.decode(document(List.of()))).isEmpty();
    }

    @Test
    void document_ofFirstRecords_holdsOnlyThose() {
        List<byte[]> records =
                EVERY_FIELD.stream().map(MessageCookieFormat::encode).toList();

        assertThat(MessageCookieFormat.decode(MessageCookieFormat.document(records, 2)))
                .isEqualTo(EVERY_FIELD.subList(0, 2));
    }

    @Test
    void document_ofTheBenchmarkMessage_isAboutHalfItsJson() {
        List<Message> one = EVERY_FIELD.subList(3, 4);

        assertThat(document(one).length).isLessThan(MessageCodec.toJson(one).length * 2 / 3);
    }

    @Test
    void decode_everyTruncation_isNull() {
        byte[] doc = document(EVERY_FIELD);

        for (int length = 0; length < doc.length; length++) {
            assertThat(MessageCookieFormat.decode(Arrays.copyOf(doc, length)))
                    .as("first %d of %d bytes", length, doc.length)
                    .isNull();
        }
    }

    @Test
    void decode_trailingBytesOrOtherVersion_isNull() {
        byte[] doc = document(EVERY_FIELD);
        byte[] longer = Arrays.copyOf(doc, doc.length + 1);
        byte[] otherVersion = doc.clone();
        otherVersion[0] = 3;

        assertThat(MessageCookieFormat.decode(longer)).isNull();
        assertThat(MessageCookieFormat.decode(otherVersion)).isNull();
        assertThat(MessageCookieFormat.decode(MessageCodec.toJson(EVERY_FIELD))).isNull();
        assertThat(MessageCookieFormat.decode(null)).isNull();
    }

    /**
     * Found by MessagesCookieFuzzTest: a ten-byte varint reaches bit 63, reads as a negative count, passed the
     * upper-bound check and became a two-gigabyte allocation (OutOfMemoryError, not "no messages").
     */
    @Test
    void decode_countBeyondSixtyThreeBits_isNull() {
        byte[] huge = {
            (byte) 0xff,
            (byte) 0xff,
            (byte) 0xff,
            (byte) 0xff,
            (byte) 0x87,
            (byte) 0x80,
            (byte) 0x80,
            (byte) 0x80,
            (byte) 0x80,
            0x01
        }; // 0x8000_0000_7fff_ffff
        ByteArrayOutputStream messageCount = new ByteArrayOutputStream();
        messageCount.write(MessageCookieFormat.VERSION);
        messageCount.writeBytes(huge);
        ByteArrayOutputStream argumentCount = new ByteArrayOutputStream();
        argumentCount.writeBytes(new byte[] {MessageCookieFormat.VERSION, 1, 1 << 6, 1, 1, 'a', 40, 1, 'x', 1, 'k'});
        argumentCount.writeBytes(huge);

        assertThat(MessageCookieFormat.decode(messageCount.toByteArray())).isNull();
        assertThat(MessageCookieFormat.decode(argumentCount.toByteArray())).isNull();
    }

    @Test
    void decode_unsafeActionLink_isNullLikeTheConstructorRefusesIt() {
        Message safe = Message.builder()
                .id("e5")
                .level(Level.INFO)
                .text(MessageText.plain("x"))
                .action(new Message.Action("Go", "/xxxxxxxxxxxxxxxxx"))
                .createdAt(NOW)
                .build();
        byte[] doc = document(List.of(safe));
        String text = new String(doc, StandardCharsets.ISO_8859_1).replace("/xxxxxxxxxxxxxxxxx", "javascript:alert(1)");

        assertThat(MessageCookieFormat.decode(text.getBytes(StandardCharsets.ISO_8859_1)))
                .isNull();
    }

    @Test
    void decode_randomBytesAndBitFlips_neverThrows() {
        Random random = new Random(42);
        byte[] doc = document(EVERY_FIELD);
        List<byte[]> inputs = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            byte[] garbage = new byte[random.nextInt(64)];
            random.nextBytes(garbage);
            if (garbage.length > 0) {
                garbage[0] = MessageCookieFormat.VERSION;
            }
            inputs.add(garbage);
            byte[] flipped = doc.clone();
            flipped[1 + random.nextInt(doc.length - 1)] ^= (byte) (1 << random.nextInt(8));
            inputs.add(flipped);
        }

        for (byte[] input : inputs) {
            List<Message> decoded = MessageCookieFormat.decode(input); // must not throw
            if (decoded != null) {
                assertThat(decoded).allSatisfy(m -> assertThat(m.id()).isNotBlank());
            }
        }
    }
}
