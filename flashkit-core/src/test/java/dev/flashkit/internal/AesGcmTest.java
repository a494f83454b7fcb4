package dev.flashkit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * NIST CAVP known-answer vectors ({@code gcmEncryptExtIV256.rsp}: Keylen=256, IVlen=96, Taglen=128) through the
 * codec's primitive, encrypting and decrypting.
 */
class AesGcmTest {
    private static final HexFormat HEX = HexFormat.of();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            PTlen=0 AADlen=128 Count=0   | 4457ff33683cca6ca493878bdc00373893a9763412eef8cddb54f91318e0da88 | 699d1f29d7b8c55300bb1fd2 | 6749daeea367d0e9809e2dc2f309e6e3 | '' | '' | d60c74d2517fde4a74e0cd4709ed43a9
            PTlen=0 AADlen=160 Count=0   | 886cff5f3e6b8d0e1ad0a38fcdb26de97e8acbe79f6bed66959a598fa5047d65 | 3a8efa1cd74bbab5448f9945 | 519fee519d25c7a304d6c6aa1897ee1eb8c59655 | '' | '' | f6d47505ec96c98a42dc3ae719877b87
            PTlen=104 AADlen=0 Count=3   | e5a0eb92cc2b064e1bc80891faf1fab5e9a17a9c3a984e25416720e30e6c2b21 | 4742357c335913153ff0eb0f | '' | 8499893e16b0ba8b007d54665a | eb8e6175f1fe38eb1acf95fd51 | 88a8b74bb74fda553e91020a23deed45
            PTlen=128 AADlen=0 Count=0   | 31bdadd96698c204aa9ce1448ea94ae1fb4a9a0b3c9d773b51bb1822666b8f22 | 0d18e06c7c725ac9e362e1ce | '' | 2db5168e932556f8089a0622981d017d | fa4362189661d163fcd6a56d8bf0405a | d636ac1bbedd5cc3ee727dc2ab4a9489
            PTlen=128 AADlen=128 Count=0 | 92e11dcdaa866f5ce790fd24501f92509aacf4cb8b1339d50c9c1240935dd08b | ac93a1a6145299bde902f21a | 1e0889016f67601c8ebea4943bc23ad6 | 2d71bcfa914e4ac045b2aa60955fad24 | 8995ae2e6df3dbf96fac7b7137bae67f | eca5aa77d51d4a0a14d9c51e1da474ab
            PTlen=256 AADlen=0 Count=6   | 37f39137416bafde6f75022a7a527cc593b6000a83ff51ec04871a0ff5360e4e | a291484c3de8bec6b47f525f | '' | fafd94cede8b5a0730394bec68a8e77dba288d6ccaa8e1563a81d6e7ccc7fc97 | 44dc868006b21d49284016565ffb3979cc4271d967628bf7cdaf86db888e92e5 | 01a2b578aa2f41ec6379a44a31cc019c
            PTlen=408 AADlen=0 Count=8   | 595f259c55abe00ae07535ca5d9b09d6efb9f7e9abb64605c337acbd6b14fc7e | 92f258071d79af3e63672285 | '' | a6fee33eb110a2d769bbc52b0f36969c287874f665681477a25fc4c48015c541fbe2394133ba490a34ee2dd67b898177849a91 | bbca4a9e09ae9690c0f6f8d405e53dccd666aa9c5fa13c8758bc30abe1ddd1bcce0d36a1eaaaaffef20cd3c5970b9673f8a65c | 26ccecb9976fd6ac9c2c0f372c52c821
            """)
    void encryptAndDecrypt_nistVector_matchesKnownAnswer(
            String name, String key, String iv, String aad, String plaintext, String ciphertext, String tag) {
        SecretKey k = new SecretKeySpec(HEX.parseHex(key), "AES");
        byte[] expected = HEX.parseHex(ciphertext + tag);

        byte[] sealed = AesGcm.encrypt(k, HEX.parseHex(iv), HEX.parseHex(aad), HEX.parseHex(plaintext));
        byte[] opened = AesGcm.decrypt(k, HEX.parseHex(iv), HEX.parseHex(aad), expected, 0, expected.length)
                .orElseThrow();

        assertThat(HEX.formatHex(sealed)).isEqualTo(ciphertext + tag);
        assertThat(HEX.formatHex(opened)).isEqualTo(plaintext);
    }

    @ParameterizedTest(name = "byte {0} of ciphertext+tag flipped")
    @CsvSource({"0", "15", "16", "31"})
    void decrypt_nistVectorWithFlippedByte_isEmpty(int index) {
        SecretKey k = new SecretKeySpec(
                HEX.parseHex("92e11dcdaa866f5ce790fd24501f92509aacf4cb8b1339d50c9c1240935dd08b"), "AES");
        byte[] sealed = HEX.parseHex("8995ae2e6df3dbf96fac7b7137bae67f" + "eca5aa77d51d4a0a14d9c51e1da474ab");
        sealed[index] ^= 0x01;

        assertThat(AesGcm.decrypt(
                        k,
                        HEX.parseHex("ac93a1a6145299bde902f21a"),
                        HEX.parseHex("1e0889016f67601c8ebea4943bc23ad6"),
                        sealed,
                        0,
                        sealed.length))
                .isEmpty();
    }

    @ParameterizedTest(name = "tag cut to {0} bytes")
    @CsvSource({"0", "4", "12", "15"})
    void decrypt_truncatedTag_isEmpty(int tagBytes) {
        SecretKey k = new SecretKeySpec(
                HEX.parseHex("92e11dcdaa866f5ce790fd24501f92509aacf4cb8b1339d50c9c1240935dd08b"), "AES");
        byte[] sealed = HEX.parseHex(
                "8995ae2e6df3dbf96fac7b7137bae67f" + "eca5aa77d51d4a0a14d9c51e1da474ab".substring(0, 2 * tagBytes));

        assertThat(AesGcm.decrypt(
                        k,
                        HEX.parseHex("ac93a1a6145299bde902f21a"),
                        HEX.parseHex("1e0889016f67601c8ebea4943bc23ad6"),
                        sealed,
                        0,
                        sealed.length))
                .isEmpty();
    }
}
