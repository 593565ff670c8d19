package org.microcred.signing;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Encrypts private keys at rest with AES-256-GCM under the configured key-encryption key. The signing key's id is
 * bound in as associated data, so a ciphertext copied to another row does not decrypt.
 */
@Startup
@ApplicationScoped
public class KeyEncryption {

    private static final byte FORMAT_V1 = 1;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private final SecureRandom random = new SecureRandom();
    private final SecretKeySpec key;

    public KeyEncryption(@ConfigProperty(name = "microcred.key-encryption-key") Optional<String> configured) {
        String value = configured.map(String::strip).filter(s -> !s.isEmpty()).orElseThrow(() ->
                new IllegalStateException("microcred.key-encryption-key (env MICROCRED_KEY_ENCRYPTION_KEY) is not "
                        + "set: give a base64-encoded 32-byte key, e.g. from `openssl rand -base64 32`"));
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("microcred.key-encryption-key is not valid base64");
        }
        if (bytes.length != 32) {
            throw new IllegalStateException("microcred.key-encryption-key must decode to 32 bytes, not " + bytes.length);
        }
        this.key = new SecretKeySpec(bytes, "AES");
    }

    public byte[] encrypt(UUID keyId, byte[] plaintext) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(keyId.toString().getBytes(StandardCharsets.US_ASCII));
            byte[] sealed = cipher.doFinal(plaintext);
            return ByteBuffer.allocate(1 + IV_BYTES + sealed.length).put(FORMAT_V1).put(iv).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("private key encryption failed", e);
        }
    }

    public byte[] decrypt(UUID keyId, byte[] stored) {
        if (stored.length < 1 + IV_BYTES + TAG_BITS / 8 || stored[0] != FORMAT_V1) {
            throw new IllegalStateException("stored private key " + keyId + " has an unknown format");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, stored, 1, IV_BYTES));
            cipher.updateAAD(keyId.toString().getBytes(StandardCharsets.US_ASCII));
            return cipher.doFinal(stored, 1 + IV_BYTES, stored.length - 1 - IV_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("private key " + keyId
                    + " does not decrypt: is microcred.key-encryption-key the one it was stored with?");
        }
    }
}
