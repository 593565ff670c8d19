package org.microcred.assertion;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One award of a badge class to a recipient. The Open Badges document is built once, at issuance, and stored, so
 * what verifiers see never changes; revocation is recorded beside it, never by deleting.
 */
@Entity
@Table(name = "assertion")
public class Assertion extends PanacheEntityBase {

    public static final String SIGNED = "signed";
    public static final String HOSTED = "hosted";

    @Id
    public UUID id;

    @Column(name = "badge_class_id", nullable = false)
    public UUID badgeClassId;

    @Column(name = "issuer_id", nullable = false)
    public UUID issuerId;

    @Column(name = "recipient_type", nullable = false)
    public String recipientType;

    /** The normalized identity, kept so the issuer can find a teacher's awards; public documents carry the hash. */
    @Column(name = "recipient_identity", nullable = false)
    public String recipientIdentity;

    @Column(name = "recipient_salt", nullable = false)
    public String recipientSalt;

    @Column(name = "recipient_hash", nullable = false)
    public String recipientHash;

    /** JSON array of {@link AssertionRequests.Evidence}. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String evidence;

    public String narrative;

    @Column(name = "issued_on", nullable = false)
    public Instant issuedOn;

    public Instant expires;

    /** The badge class's contact hours when this was issued: later edits to the badge class do not change it. */
    @Column(name = "contact_hours", nullable = false)
    public BigDecimal contactHours;

    @Column(nullable = false)
    public String delivery;

    /** The Open Badges 2.0 Assertion JSON: the hosted document, or the signed JWS's payload. */
    @Column(nullable = false)
    public String document;

    public String jws;

    @Column(name = "signing_key_id")
    public UUID signingKeyId;

    @Column(name = "exclusive_award", nullable = false)
    public boolean exclusiveAward;

    @Column(name = "awarded_by_stack")
    public UUID awardedByStack;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    @Column(name = "revocation_reason")
    public String revocationReason;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public RecipientIdentity recipient() {
        return new RecipientIdentity(recipientType, recipientIdentity);
    }

    public boolean revoked() {
        return revokedAt != null;
    }

    public boolean expiredAt(Instant instant) {
        return expires != null && !expires.isAfter(instant);
    }
}
