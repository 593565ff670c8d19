package org.microcred.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class KeyEncryptionTest {

    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);
    private final KeyEncryption encryption = new KeyEncryption(Optional.of(KEY));

    @Test
    void roundTripsAndNeverStoresThePlaintext() {
        UUID id = UUID.randomUUID();
        byte[] secret = "-----PRIVATE KEY MATERIAL-----".getBytes(StandardCharsets.UTF_8);
        byte[] sealed = encryption.encrypt(id, secret);
        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("PRIVATE KEY");
        assertThat(encryption.encrypt(id, secret)).isNotEqualTo(sealed);
        assertThat(encryption.decrypt(id, sealed)).isEqualTo(secret);
    }

    @Test
    void ciphertextIsBoundToItsKeyIdAndTamperingIsDetected() {
        UUID id = UUID.randomUUID();
        byte[] sealed = encryption.encrypt(id, new byte[] {1, 2, 3});
        assertThatThrownBy(() -> encryption.decrypt(UUID.randomUUID(), sealed))
                .isInstanceOf(IllegalStateException.class);
        sealed[sealed.length - 1] ^= 1;
        assertThatThrownBy(() -> encryption.decrypt(id, sealed)).isInstanceOf(IllegalStateException.class);
        KeyEncryption otherKey = new KeyEncryption(Optional.of(Base64.getEncoder().encodeToString(new byte[] {
            1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28,
            29, 30, 31, 32})));
        assertThatThrownBy(() -> otherKey.decrypt(id, encryption.encrypt(id, new byte[] {1})))
                .hasMessageContaining("does not decrypt");
    }

    @Test
    void refusesAMissingOrMalformedKey() {
        assertThatThrownBy(() -> new KeyEncryption(Optional.empty())).hasMessageContaining("MICROCRED_KEY_ENCRYPTION_KEY");
        assertThatThrownBy(() -> new KeyEncryption(Optional.of("c2hvcnQ="))).hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> new KeyEncryption(Optional.of("***"))).hasMessageContaining("base64");
    }
}
