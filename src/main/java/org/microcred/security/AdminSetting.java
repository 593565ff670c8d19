package org.microcred.security;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A named service-wide setting, such as the hash of a generated admin key. */
@Entity
@Table(name = "admin_setting")
public class AdminSetting extends PanacheEntityBase {

    @Id
    public String name;

    @Column(nullable = false)
    public String value;
}
