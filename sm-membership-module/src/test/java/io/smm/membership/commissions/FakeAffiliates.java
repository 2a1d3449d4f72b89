package io.smm.membership.commissions;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import io.smm.membership.affiliates.AffiliateCard;
import io.smm.membership.affiliates.AffiliateDirectory;
import io.smm.membership.affiliates.AffiliatePayee;
import io.smm.membership.affiliates.AffiliateTerms;
import io.smm.membership.affiliates.Attribution;
import io.smm.membership.affiliates.AttributionSource;

/** Affiliates, bound coupons and clicks held in memory, for tests of commissions without the affiliates' tables. */
class FakeAffiliates implements AffiliateDirectory, AttributionSource {

    final Map<Long, AffiliateCard> byId = new HashMap<>();
    final Map<String, Long> coupons = new HashMap<>();
    final Map<String, Attribution> clicksByCart = new HashMap<>();
    AffiliateTerms terms = AffiliateTerms.defaults();

    FakeAffiliates with(AffiliateCard affiliate) {
        byId.put(affiliate.id(), affiliate);
        return this;
    }

    @Override
    public Optional<AffiliateCard> byId(String storeCode, long affiliateId) {
        return Optional.ofNullable(byId.get(affiliateId));
    }

    @Override
    public Optional<AffiliateCard> byTrackingId(String storeCode, String trackingId) {
        return byId.values().stream().filter(card -> card.trackingId().equalsIgnoreCase(trackingId)).findFirst();
    }

    @Override
    public Optional<AffiliateCard> byCouponCode(String storeCode, String couponCode) {
        return Optional.ofNullable(coupons.get(couponCode)).map(byId::get);
    }

    @Override
    public boolean earns(String storeCode, long affiliateId) {
        return byId(storeCode, affiliateId).map(AffiliateCard::earns).orElse(false);
    }

    @Override
    public Optional<AffiliateCard> byCustomer(String storeCode, long customerId) {
        return byId.values().stream().filter(card -> card.customerId().equals(Optional.of(customerId))).findFirst();
    }

    @Override
    public Map<Long, AffiliatePayee> payeesOf(String storeCode, Collection<Long> affiliateIds) {
        return affiliateIds.stream().filter(byId::containsKey).collect(Collectors.toMap(id -> id,
                id -> new AffiliatePayee(byId.get(id).name(), null, byId.get(id).payoutEmail().orElse(null), null)));
    }

    @Override
    public boolean lock(String storeCode, long affiliateId) {
        return byId.containsKey(affiliateId);
    }

    @Override
    public AffiliateTerms termsOf(String storeCode) {
        return terms;
    }

    @Override
    public Optional<Attribution> clickAttribution(String storeCode, String cartCode, Instant at) {
        return Optional.ofNullable(cartCode).map(clicksByCart::get)
                .filter(click -> byId.get(click.affiliateId()).earns());
    }
}
