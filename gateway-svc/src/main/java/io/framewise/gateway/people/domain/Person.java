package io.framewise.gateway.people.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A known person of the face gallery: their photos are {@code people/{id}/00.jpg} … in the source bucket. */
@Entity
@Table(name = "people", schema = "gateway")
public class Person extends PanacheEntityBase {

    @Id
    public String id;

    public String name;

    /** How many photos were stored, at indexes 0 … photos-1. */
    public int photos;

    @Column(name = "created_at")
    public Instant createdAt;

    @Override
    public String toString() {
        return "Person[" + id + "]";
    }
}
