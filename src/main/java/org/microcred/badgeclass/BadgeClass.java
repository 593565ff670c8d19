package org.microcred.badgeclass;

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

/** A badge definition: one skill, its criteria, alignments, contact hours and award rules. */
@Entity
@Table(name = "badge_class")
public class BadgeClass extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "issuer_id", nullable = false)
    public UUID issuerId;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String description;

    @Column(nullable = false)
    public String image;

    @Column(name = "criteria_url")
    public String criteriaUrl;

    @Column(name = "criteria_narrative")
    public String criteriaNarrative;

    /** JSON array of {@link BadgeClassRequests.Alignment}. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String alignments;

    /** JSON array of strings. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String tags;

    @Column(name = "contact_hours", nullable = false)
    public BigDecimal contactHours;

    @Column(name = "evidence_required", nullable = false)
    public boolean evidenceRequired;

    /** ISO 8601 period (such as P4Y) after which an award expires; null: awards never expire. */
    @Column(name = "validity_period")
    public String validityPeriod;

    @Column(name = "allow_duplicates", nullable = false)
    public boolean allowDuplicates;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
