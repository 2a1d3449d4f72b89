package io.smm.membership.affiliates;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Convert;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;
import javax.persistence.Transient;

import org.springframework.data.domain.Persistable;

import io.smm.membership.checkout.CartKey;
import io.smm.membership.time.UtcInstantConverter;

/** A cart's referral, for storefronts that keep no cookie: the cart remembers its first and last click. */
@Entity(name = "SmmAffiliateCartReferral")
@Table(name = "SMM_AFFILIATE_CART_REFERRAL")
@IdClass(CartKey.class)
class ReferralRecord implements Persistable<CartKey> {

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
    public CartKey getId() {
        return new CartKey(storeCode, cartCode);
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
}
