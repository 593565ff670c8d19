package org.microcred.signing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Per-issuer RS256 keys: generation, encrypted storage and signing. Open Badges 2.0 signed assertions are compact
 * JWS with header {@code {"alg":"RS256"}} and the assertion JSON as payload.
 */
@ApplicationScoped
public class SigningKeyService {

    public static final String RS256 = "RS256";
    private static final int RSA_BITS = 2048;
    private static final JWSHeader HEADER = new JWSHeader(JWSAlgorithm.RS256);

    private final KeyEncryption encryption;
    private final Clock clock;
    /** Decrypted signers by key id: decrypting and parsing a key on every award would waste the signing budget. */
    private final Map<UUID, RSASSASigner> signers = new ConcurrentHashMap<>();
    private final Map<UUID, UUID> activeKeyByIssuer = new ConcurrentHashMap<>();

    public SigningKeyService(KeyEncryption encryption, Clock clock) {
        this.encryption = encryption;
        this.clock = clock;
    }

    /** Generates and stores a new active key for the issuer. */
    @Transactional
    public SigningKey generate(UUID issuerId) {
        KeyPair pair;
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(RSA_BITS);
            pair = generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA key generation failed", e);
        }
        SigningKey key = new SigningKey();
        key.id = UUID.randomUUID();
        key.issuerId = issuerId;
        key.algorithm = RS256;
        key.publicKeyPem = pem(pair.getPublic().getEncoded());
        key.privateKeyEncrypted = encryption.encrypt(key.id, pair.getPrivate().getEncoded());
        key.createdAt = clock.instant();
        key.persist();
        return key;
    }

    public Optional<SigningKey> find(UUID keyId) {
        return SigningKey.findByIdOptional(keyId);
    }

    /** All keys the issuer has published (retired ones too: assertions they signed must still verify). */
    public List<SigningKey> keysOf(UUID issuerId) {
        return SigningKey.list("issuerId = ?1 order by createdAt", issuerId);
    }

    /** The key that signs the issuer's new assertions (its URL goes into the payload before signing). */
    public UUID activeKeyId(UUID issuerId) {
        return activeKeyByIssuer.computeIfAbsent(issuerId, this::loadActiveKeyId);
    }

    /** Signs the payload with the given key of this service. */
    public String sign(UUID keyId, byte[] payload) {
        RSASSASigner signer = signers.computeIfAbsent(keyId, this::loadSigner);
        try {
            JWSObject jws = new JWSObject(HEADER, new Payload(payload));
            jws.sign(signer);
            return jws.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("JWS signing failed", e);
        }
    }

    /** Verifies a compact JWS's RS256 signature against a stored public key; any other algorithm fails. */
    public boolean verify(JWSObject jws, SigningKey key) {
        if (!JWSAlgorithm.RS256.equals(jws.getHeader().getAlgorithm())) {
            return false;
        }
        try {
            JWSVerifier verifier = new RSASSAVerifier(parsePublicKey(key.publicKeyPem));
            return jws.verify(verifier);
        } catch (JOSEException | GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    private UUID loadActiveKeyId(UUID issuerId) {
        return SigningKey.<SigningKey>find("issuerId = ?1 and retiredAt is null order by createdAt desc", issuerId)
                .firstResultOptional()
                .map(k -> k.id)
                .orElseThrow(() -> new IllegalStateException("issuer " + issuerId + " has no active signing key"));
    }

    private RSASSASigner loadSigner(UUID keyId) {
        SigningKey key = SigningKey.findById(keyId);
        byte[] pkcs8 = encryption.decrypt(key.id, key.privateKeyEncrypted);
        try {
            RSAPrivateKey privateKey = (RSAPrivateKey) KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
            return new RSASSASigner(privateKey);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("stored private key " + keyId + " is unreadable", e);
        }
    }

    static RSAPublicKey parsePublicKey(String pem) throws GeneralSecurityException {
        String base64 = pem.replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "").replaceAll("\\s", "");
        return (RSAPublicKey) KeyFactory.getInstance("RSA")
                .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }

    static String pem(byte[] spki) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(spki);
        return "-----BEGIN PUBLIC KEY-----\n" + body + "\n-----END PUBLIC KEY-----\n";
    }
}
