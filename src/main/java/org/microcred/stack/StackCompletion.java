package org.microcred.stack;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** A recipient's completion of a stack; the primary key makes the completion badge issue exactly once. */
@Entity
@Table(name = "stack_completion")
public class StackCompletion extends PanacheEntityBase {

    @Embeddable
    public record Key(@Column(name = "stack_id") UUID stackId,
            @Column(name = "recipient_type") String recipientType,
            @Column(name = "recipient_identity") String recipientIdentity) implements Serializable {
    }

    @EmbeddedId
    public Key key;

    @Column(name = "completed_on", nullable = false)
    public Instant completedOn;

    @Column(name = "completion_assertion_id")
    public UUID completionAssertionId;
}
