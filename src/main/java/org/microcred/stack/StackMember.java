package org.microcred.stack;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.UUID;

/** One badge class of a stack, in the order the stack lists them. */
@Entity
@Table(name = "stack_member")
public class StackMember extends PanacheEntityBase {

    @Embeddable
    public record Key(@Column(name = "stack_id") UUID stackId, @Column(name = "badge_class_id") UUID badgeClassId)
            implements Serializable {
    }

    @EmbeddedId
    public Key key;

    @Column(nullable = false)
    public int position;
}
