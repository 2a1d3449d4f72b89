package io.smm.membership.access;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

import io.smm.membership.time.UtcInstantConverter;

/** A category's own access setting in a store: what a browse that opens later shows, and when rules last changed. */
@Entity(name = "SmmCategoryAccess")
@Table(name = "SMM_CATEGORY_ACCESS")
class CategoryAccess {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "STORE_CODE", nullable = false)
    private String storeCode;

    @Column(name = "CATEGORY_ID", nullable = false)
    private long categoryId;

    @Enumerated(EnumType.STRING)
    @Column(name = "BEFORE_OPENING")
    private BeforeOpening beforeOpening;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "UPDATED_AT", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "VERSION", nullable = false)
    private int version;

    protected CategoryAccess() {
    }

    CategoryAccess(String storeCode, long categoryId) {
        this.storeCode = storeCode;
        this.categoryId = categoryId;
    }

    void change(BeforeOpening beforeOpening, Instant now) {
        this.beforeOpening = beforeOpening;
        this.updatedAt = now;
    }

    long getCategoryId() {
        return categoryId;
    }

    /** The category's own choice; null inherits the parent's. */
    BeforeOpening getBeforeOpening() {
        return beforeOpening;
    }
}
