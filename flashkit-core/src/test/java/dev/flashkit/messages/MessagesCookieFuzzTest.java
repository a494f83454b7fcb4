package dev.flashkit.messages;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.flashkit.internal.SetCookieHeader;
import java.util.List;
import java.util.Optional;

/**
 * Fuzzes decoding the plaintext of a messages cookie, in both formats {@code CookieMessageStorage} reads: the
 * binary records of {@link MessageCookieFormat} and the JSON document earlier versions wrote
 * ({@link MessageCodec#fromJson}). The invariants: decoding never throws (anything malformed is "no messages"),
 * and whatever decodes encodes and decodes again to equal messages. Regression inputs under
 * {@code src/test/resources/dev/flashkit/messages/MessagesCookieFuzzTestInputs}; a long run: {@code scripts/fuzz.sh}.
 */
class MessagesCookieFuzzTest {

    @FuzzTest
    void decode_anyBinaryPlaintext_nullOrRoundTrips(byte[] plaintext) {
        List<Message> messages = MessageCookieFormat.decode(plaintext);
        if (messages == null) {
            return;
        }
        List<byte[]> records =
                messages.stream().map(MessageCookieFormat::encode).toList();
        byte[] again = MessageCookieFormat.document(records, records.size());

        assertThat(again).hasSize(MessageCookieFormat.documentLength(records, records.size()));
        assertThat(MessageCookieFormat.decode(again)).isEqualTo(messages);
    }

    @FuzzTest
    void fromJson_anyLegacyPlaintext_emptyOrRoundTrips(byte[] plaintext) {
        Optional<List<Message>> messages = MessageCodec.fromJson(plaintext, SetCookieHeader.MAX_HEADER_BYTES);
        if (messages.isEmpty()) {
            return;
        }
        byte[] again = MessageCodec.toJson(messages.get());

        assertThat(MessageCodec.fromJson(again, Integer.MAX_VALUE)).contains(messages.get());
    }
}
