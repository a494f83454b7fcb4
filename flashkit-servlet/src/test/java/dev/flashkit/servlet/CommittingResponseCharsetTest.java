package dev.flashkit.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * How many bytes per char the writer wrapper budgets before committing: the charset's worst case, found
 * without a lookup for UTF-8, and the safe maximum for a missing or unknown charset instead of an exception.
 */
class CommittingResponseCharsetTest {
    @Test
    void maxBytesPerChar_utf8AnySpelling_isThree() {
        assertThat(CommittingResponse.maxBytesPerChar("UTF-8")).isEqualTo(3);
        assertThat(CommittingResponse.maxBytesPerChar("utf-8")).isEqualTo(3);
        assertThat(CommittingResponse.maxBytesPerChar("UTF8")).isEqualTo(3); // alias, through the lookup
    }

    @Test
    void maxBytesPerChar_otherKnownCharsets_isTheirWorstCase() {
        assertThat(CommittingResponse.maxBytesPerChar("ISO-8859-1")).isEqualTo(1);
        assertThat(CommittingResponse.maxBytesPerChar("UTF-16")).isEqualTo(4);
    }

    @Test
    void maxBytesPerChar_missingUnknownOrGarbageCharset_isFourNotAnException() {
        assertThat(CommittingResponse.maxBytesPerChar(null)).isEqualTo(4);
        assertThat(CommittingResponse.maxBytesPerChar("no-such-charset")).isEqualTo(4);
        assertThat(CommittingResponse.maxBytesPerChar("ut f/8;;")).isEqualTo(4);
    }
}
