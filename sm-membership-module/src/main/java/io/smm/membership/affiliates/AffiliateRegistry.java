package io.smm.membership.affiliates;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import io.smm.membership.coupons.CouponService;

/**
 * The store's affiliates as the other features find them ({@link AffiliateDirectory}): read-only (a lock aside), any
 * status; the caller decides what a status means for it.
 */
public class AffiliateRegistry implements AffiliateDirectory {

    private static final String TERMS = AffiliateRegistry.class.getName() + ".terms:";

    private final AffiliateRepository affiliates;
    private final AffiliateTrackingIdRepository trackingIds;
    private final CouponBindingRepository bindings;
    private final AffiliateSettingsRepository settings;
    private final CouponService coupons;

    AffiliateRegistry(AffiliateRepository affiliates, AffiliateTrackingIdRepository trackingIds,
            CouponBindingRepository bindings, AffiliateSettingsRepository settings, CouponService coupons) {
        this.affiliates = affiliates;
        this.trackingIds = trackingIds;
        this.bindings = bindings;
        this.settings = settings;
        this.coupons = coupons;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<AffiliateCard> byId(String storeCode, long affiliateId) {
        return affiliates.withTrackingId(affiliateId, storeCode).stream().findFirst()
                .map(row -> card((Affiliate) row[0], (String) row[1]));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<AffiliateCard> byTrackingId(String storeCode, String trackingId) {
        String normalized = AffiliateTrackingIdRule.normalize(trackingId);
        if (!AffiliateTrackingIdRule.isValid(normalized)) {
            return Optional.empty();
        }
        return trackingIds.findByStoreCodeAndTrackingId(storeCode, normalized)
                .flatMap(row -> byId(storeCode, row.getAffiliateId()));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<AffiliateCard> byCouponCode(String storeCode, String couponCode) {
        return coupons.idOfCode(storeCode, couponCode)
                .flatMap(couponId -> bindings.findByCouponIdAndStoreCode(couponId, storeCode))
                .flatMap(binding -> byId(storeCode, binding.getAffiliateId()));
    }

    @Override
    @Transactional(readOnly = true)
    public boolean earns(String storeCode, long affiliateId) {
        return affiliates.statusOf(affiliateId, storeCode).filter(AffiliateStatus.ACTIVE::equals).isPresent();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<AffiliateCard> byCustomer(String storeCode, long customerId) {
        return affiliates.findByStoreCodeAndCustomerId(storeCode, customerId).map(this::card);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, AffiliatePayee> payeesOf(String storeCode, Collection<Long> affiliateIds) {
        Map<Long, AffiliatePayee> payees = new HashMap<>();
        if (!affiliateIds.isEmpty()) {
            affiliates.payeesOf(storeCode, affiliateIds).forEach(row -> payees.put((Long) row[0],
                    new AffiliatePayee((String) row[1], (String) row[2], (String) row[3], (String) row[4])));
        }
        return payees;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean lock(String storeCode, long affiliateId) {
        return affiliates.lockByIdAndStoreCode(affiliateId, storeCode).isPresent();
    }

    /**
     * Read once per request: a checkout asks for them when the cart is credited and again when its order is
     * written. The owner's save answers from what it saved, and every later request reads them again.
     */
    @Override
    public AffiliateTerms termsOf(String storeCode) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return read(storeCode);
        }
        String key = TERMS + storeCode;
        Object known = request.getAttribute(key, RequestAttributes.SCOPE_REQUEST);
        if (known instanceof AffiliateTerms) {
            return (AffiliateTerms) known;
        }
        AffiliateTerms terms = read(storeCode);
        request.setAttribute(key, terms, RequestAttributes.SCOPE_REQUEST);
        return terms;
    }

    private AffiliateTerms read(String storeCode) {
        return settings.findById(storeCode).map(AffiliateSettings::terms).orElseGet(AffiliateTerms::defaults);
    }

    /** What the other features know of this affiliate. */
    private AffiliateCard card(Affiliate affiliate) {
        return card(affiliate, trackingIds.findByAffiliateIdAndInUseTrue(affiliate.getId())
                .map(AffiliateTrackingId::getTrackingId).orElse(null));
    }

    private static AffiliateCard card(Affiliate affiliate, String inUse) {
        return new AffiliateCard(affiliate.getId(), affiliate.getStoreCode(), affiliate.getName(),
                affiliate.getEmail(), affiliate.getCustomerId(), affiliate.getStatus(), inUse, affiliate.getRate(),
                affiliate.getCategoryRates(), affiliate.getPayoutEmail());
    }
}
