package io.smm.membership.segments;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

import io.smm.membership.time.UtcInstantConverter;

/** A saved segment: its name, unique in the store, and its filter as the JSON of a {@link SegmentDraft}. */
@Entity(name = "SmmSegment")
@Table(name = "SMM_SEGMENT")
public class Segment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "STORE_CODE", nullable = false, updatable = false)
    private String storeCode;

    @Column(name = "NAME", nullable = false)
    private String name;

    @Column(name = "CRITERIA", nullable = false)
    private String criteria;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    private Instant createdAt;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "UPDATED_AT", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "VERSION", nullable = false)
    private int version;

    protected Segment() {
    }

    Segment(String storeCode, Instant now) {
        this.storeCode = storeCode;
        this.createdAt = now;
    }

    void change(String name, String criteria, Instant now) {
        this.name = name;
        this.criteria = criteria;
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getStoreCode() {
        return storeCode;
    }

    public String getName() {
        return name;
    }

    String getCriteria() {
        return criteria;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
