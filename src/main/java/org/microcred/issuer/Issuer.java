package org.microcred.issuer;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** An organization that issues badges, with its license-renewal policy. */
@Entity
@Table(name = "issuer")
public class Issuer extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String url;

    public String email;
    public String description;
    public String image;

    @Column(name = "renewal_required_hours", nullable = false)
    public BigDecimal renewalRequiredHours;

    @Column(name = "renewal_cycle_years", nullable = false)
    public int renewalCycleYears;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
