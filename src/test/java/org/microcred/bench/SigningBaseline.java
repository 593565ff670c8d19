package org.microcred.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.RSASSASigner;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The machine's raw RS256 rate: compact JWS over an assertion-sized payload with an RSA-2048 key, one thread per
 * core, with no HTTP, JSON parsing or database. This is the ceiling issuance is measured against.
 */
final class SigningBaseline {

    /** Signatures made by {@code threads} threads in {@code elapsedNanos}. */
    record Rate(long signatures, int threads, long elapsedNanos, int payloadBytes) {

        double perSecond() {
            return signatures / (elapsedNanos / 1e9);
        }

        double perThreadPerSecond() {
            return perSecond() / threads;
        }
    }

    private static final JWSHeader HEADER = new JWSHeader(JWSAlgorithm.RS256);

    private SigningBaseline() {
    }

    static Rate measure(int threads, Duration warmup, Duration measured) throws InterruptedException {
        // One signer shared by all threads, as the service shares one per issuer key.
        RSASSASigner signer = new RSASSASigner(rsa2048().getPrivate());
        byte[] payload = assertionLikePayload();
        signFor(signer, payload, threads, warmup);
        long start = System.nanoTime();
        long signatures = signFor(signer, payload, threads, measured);
        return new Rate(signatures, threads, System.nanoTime() - start, payload.length);
    }

    private static long signFor(RSASSASigner signer, byte[] payload, int threads, Duration duration)
            throws InterruptedException {
        long stopAt = System.nanoTime() + duration.toNanos();
        AtomicLong total = new AtomicLong();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(new Thread(() -> {
                long mine = 0;
                while (System.nanoTime() < stopAt) {
                    sign(signer, payload);
                    mine++;
                }
                total.addAndGet(mine);
            }, "rs256-baseline-" + t));
        }
        workers.forEach(Thread::start);
        for (Thread worker : workers) {
            worker.join();
        }
        return total.get();
    }

    /** The same steps as the service's signer: build, sign, serialize. */
    private static String sign(RSASSASigner signer, byte[] payload) {
        try {
            JWSObject jws = new JWSObject(HEADER, new Payload(payload));
            jws.sign(signer);
            return jws.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("RS256 signing failed", e);
        }
    }

    private static KeyPair rsa2048() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An Open Badges 2.0 assertion of the size the service signs (about 700 bytes). */
    static byte[] assertionLikePayload() {
        String base = "http://localhost:8080/public";
        Map<String, Object> assertion = new LinkedHashMap<>();
        assertion.put("@context", "https://w3id.org/openbadges/v2");
        assertion.put("type", "Assertion");
        assertion.put("id", "urn:uuid:5b0e1c2a-7d3f-4e8a-9c61-2f4b8d9e0a17");
        assertion.put("recipient", Map.of("type", "email", "hashed", true,
                "salt", "9f2c4e6a8b0d1f3e5a7c9e1b3d5f7a9c",
                "identity", "sha256$6b86b273ff34fce19d6b804eff5a3f5747ada4eaa22f1d49c01e52ddb7875b4b"));
        assertion.put("badge", base + "/badge-classes/0c3a9e7b-21d4-4f6e-8b5a-7e9d1c2f3a4b");
        assertion.put("verification", Map.of("type", "SignedBadge",
                "creator", base + "/keys/a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d"));
        assertion.put("issuedOn", "2025-03-14T15:09:26Z");
        assertion.put("evidence", List.of(Map.of("type", "Evidence", "id", "https://example.org/video/4711",
                "narrative", "Classroom video: every student answers on a whiteboard.")));
        try {
            return BenchClient.JSON.writeValueAsBytes(assertion);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
