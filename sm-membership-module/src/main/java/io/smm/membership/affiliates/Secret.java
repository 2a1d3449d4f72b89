package io.smm.membership.affiliates;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Transient;

import org.springframework.data.domain.Persistable;

import io.smm.membership.time.UtcInstantConverter;

/** A secret every node must share, kept under its name; created once, never changed. */
@Entity(name = "SmmSecret")
@Table(name = "SMM_SECRET")
class Secret implements Persistable<String> {

    @Id
    @Column(name = "NAME")
    private String name;

    @Column(name = "SECRET_VALUE", nullable = false)
    private String value;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    /** Inserted, never merged: merging would overwrite a secret another node created a moment before. */
    @Transient
    private boolean created;

    protected Secret() {
    }

    Secret(String name, String value, Instant createdAt) {
        this.name = name;
        this.value = value;
        this.createdAt = createdAt;
        this.created = true;
    }

    @Override
    public String getId() {
        return name;
    }

    @Override
    public boolean isNew() {
        return created;
    }

    String getValue() {
        return value;
    }
}
