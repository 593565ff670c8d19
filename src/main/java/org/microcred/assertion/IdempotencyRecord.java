package org.microcred.assertion;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** What an issuing request with an Idempotency-Key created, so a retry returns it instead of issuing again. */
@Entity
@Table(name = "idempotency_record")
public class IdempotencyRecord extends PanacheEntityBase {

    @Embeddable
    public record Key(@Column(name = "issuer_id") UUID issuerId,
            @Column(name = "idempotency_key") String idempotencyKey) implements Serializable {
    }

    @EmbeddedId
    public Key key;

    @Column(name = "request_hash", nullable = false)
    public String requestHash;

    /** JSON array of assertion ids, in request order. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "assertion_ids", nullable = false)
    public String assertionIds;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
