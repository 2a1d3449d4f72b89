package io.smm.membership.affiliates;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;
import javax.persistence.Transient;

import org.springframework.data.domain.Persistable;

import io.smm.membership.time.UtcInstantConverter;

/** A cart's referral, for storefronts that keep no cookie: the cart remembers its first and last click. */
@Entity(name = "SmmAffiliateCartReferral")
@Table(name = "SMM_AFFILIATE_CART_REFERRAL")
@IdClass(ReferralRecord.Key.class)
class ReferralRecord implements Persistable<ReferralRecord.Key> {

    @Id
    @Column(name = "STORE_CODE")
    private String storeCode;

    @Id
    @Column(name = "CART_CODE")
    private String cartCode;

    @Column(name = "FIRST_AFFILIATE_ID", nullable = false)
    private Long firstAffiliateId;

    @Column(name = "FIRST_CLICK_ID", nullable = false)
    private Long firstClickId;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "FIRST_AT", nullable = false)
    private Instant firstAt;

    @Column(name = "LAST_AFFILIATE_ID", nullable = false)
    private Long lastAffiliateId;

    @Column(name = "LAST_CLICK_ID", nullable = false)
    private Long lastClickId;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "LAST_AT", nullable = false)
    private Instant lastAt;

    /** Inserted, never merged: a merge would overwrite the record another click of the cart wrote a moment before. */
    @Transient
    private boolean created;

    protected ReferralRecord() {
    }

    ReferralRecord(String storeCode, String cartCode, Referral referral) {
        this.storeCode = storeCode;
        this.cartCode = cartCode;
        this.created = true;
        remember(referral);
    }

    @Override
    public Key getId() {
        return new Key(storeCode, cartCode);
    }

    @Override
    public boolean isNew() {
        return created;
    }

    Referral referral() {
        return new Referral(new ReferralClick(firstAffiliateId, firstClickId, firstAt),
                new ReferralClick(lastAffiliateId, lastClickId, lastAt));
    }

    final void remember(Referral referral) {
        this.firstAffiliateId = referral.first().affiliateId();
        this.firstClickId = referral.first().clickId();
        this.firstAt = referral.first().at();
        this.lastAffiliateId = referral.last().affiliateId();
        this.lastClickId = referral.last().clickId();
        this.lastAt = referral.last().at();
    }

    /** The store and cart a record belongs to. */
    static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private String storeCode;
        private String cartCode;

        protected Key() {
        }

        Key(String storeCode, String cartCode) {
            this.storeCode = storeCode;
            this.cartCode = cartCode;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key && storeCode.equals(((Key) other).storeCode)
                    && cartCode.equals(((Key) other).cartCode);
        }

        @Override
        public int hashCode() {
            return Objects.hash(storeCode, cartCode);
        }
    }
}
