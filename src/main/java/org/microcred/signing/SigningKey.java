package org.microcred.signing;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An issuer's signing key pair; the private half is stored only encrypted. */
@Entity
@Table(name = "signing_key")
public class SigningKey extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "issuer_id", nullable = false)
    public UUID issuerId;

    @Column(nullable = false)
    public String algorithm;

    @Column(name = "public_key_pem", nullable = false)
    public String publicKeyPem;

    @Column(name = "private_key_encrypted", nullable = false)
    public byte[] privateKeyEncrypted;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "retired_at")
    public Instant retiredAt;
}
