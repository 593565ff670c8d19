package org.microcred.stack;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Badge classes that together make a larger competency, optionally crowned by a completion badge. */
@Entity
@Table(name = "stack")
public class Stack extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "issuer_id", nullable = false)
    public UUID issuerId;

    @Column(nullable = false)
    public String name;

    public String description;

    @Column(name = "required_count", nullable = false)
    public int requiredCount;

    @Column(name = "completion_badge_class_id")
    public UUID completionBadgeClassId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
