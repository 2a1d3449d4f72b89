package io.smm.membership.affiliates;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import io.smm.membership.coupons.CouponService;
import io.smm.membership.errors.ConflictException;
import io.smm.membership.errors.NotFoundException;
import io.smm.membership.groups.MemberDirectory;
import io.smm.membership.groups.MemberSummary;
import io.smm.membership.web.InvalidInputException;
import io.smm.membership.web.Violation;

/**
 * A store's affiliates as the owner keeps them and customers apply: created, changed, decided, bound to coupons.
 * Tracking ids are unique per store by the database; a generated one that another request took meanwhile is
 * generated again in a fresh transaction, an asked-for one is refused as a conflict.
 */
public class AffiliateService {

    /** How often a generated tracking id is tried again when a concurrent request took it first. */
    private static final int GENERATED_ID_ATTEMPTS = 3;

    /** Every candidate up to {@code -99999} starts with this much of its base: what the look-up of taken ids reads. */
    private static final int PREFIX_KEPT = AffiliateTrackingIdRule.MAX_LENGTH - "-99999".length();

    private final AffiliateRepository affiliates;
    private final AffiliateTrackingIdRepository trackingIds;
    private final CouponBindingRepository bindings;
    private final AffiliateDirectory directory;
    private final CouponService coupons;
    private final MemberDirectory customers;
    private final TransactionTemplate transaction;
    private final Clock clock;

    AffiliateService(AffiliateRepository affiliates, AffiliateTrackingIdRepository trackingIds,
            CouponBindingRepository bindings, AffiliateDirectory directory, CouponService coupons,
            MemberDirectory customers, PlatformTransactionManager transactionManager, Clock clock) {
        this.affiliates = affiliates;
        this.trackingIds = trackingIds;
        this.bindings = bindings;
        this.directory = directory;
        this.coupons = coupons;
        this.customers = customers;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** {@code text} matches name, e-mail or any tracking id (old ones too); a null status takes all. */
    @Transactional(readOnly = true)
    public Page<AffiliateListItem> search(String storeCode, String text, AffiliateStatus status, Pageable page) {
        String like = text == null ? "" : text.trim().toLowerCase(Locale.ROOT)
                .replace("!", "!!").replace("%", "!%").replace("_", "!_");
        EnumSet<AffiliateStatus> statuses = status == null ? EnumSet.allOf(AffiliateStatus.class) : EnumSet.of(status);
        return listed(affiliates.search(storeCode, statuses, like, page));
    }

    /** The applications waiting for the owner, in the order the page asks (the owner API: oldest first). */
    @Transactional(readOnly = true)
    public Page<AffiliateListItem> applications(String storeCode, Pageable page) {
        return listed(affiliates.findByStoreCodeAndStatus(storeCode, AffiliateStatus.APPLIED, page));
    }

    @Transactional(readOnly = true)
    public AffiliateView get(String storeCode, long id) {
        return view(find(storeCode, id));
    }

    /** @throws InvalidInputException naming every broken field, the store's checks included */
    public AffiliateView create(String storeCode, AffiliateDraft draft, String owner) {
        return retryingGeneratedIds(() -> {
            List<Violation> violations = draft.check();
            if (draft.getStatus() == AffiliateStatus.REFUSED) {
                violations.add(new Violation("status", "membership.affiliate.status.on-create"));
            }
            checkCustomer(storeCode, draft.getCustomerId(), null, violations);
            checkTrackingId(storeCode, draft.getTrackingId(), null, violations);
            draft.requireNoProblems(violations);
            AffiliateStatus status = draft.getStatus() == null ? AffiliateStatus.ACTIVE : draft.getStatus();
            Affiliate affiliate = new Affiliate(storeCode, draft.getCustomerId(), status, clock.instant());
            affiliate.apply(draft);
            if (status != AffiliateStatus.APPLIED) {
                affiliate.decide(status, null, owner, clock.instant());
            }
            save(affiliate);
            assignTrackingId(affiliate, draft.getTrackingId(), false);
            return view(affiliate);
        });
    }

    /** Changes what the owner entered; the status changes by its own calls. A new tracking id keeps the old one. */
    public AffiliateView update(String storeCode, long id, AffiliateDraft draft) {
        return retryingGeneratedIds(() -> {
            Affiliate affiliate = affiliates.lockByIdAndStoreCode(id, storeCode)
                    .orElseThrow(() -> new NotFoundException("membership.affiliate.not-found", id));
            List<Violation> violations = draft.check();
            checkCustomer(storeCode, draft.getCustomerId(), affiliate, violations);
            checkTrackingId(storeCode, draft.getTrackingId(), affiliate.getId(), violations);
            draft.requireNoProblems(violations);
            affiliate.apply(draft);
            affiliate.changeCustomer(draft.getCustomerId());
            save(affiliate);
            assignTrackingId(affiliate, draft.getTrackingId(), true);
            return view(affiliate);
        });
    }

    @Transactional
    public AffiliateView approve(String storeCode, long id, String owner) {
        return decide(storeCode, id, AffiliateStatus.APPLIED, AffiliateStatus.ACTIVE, null, owner);
    }

    /** @throws InvalidInputException when the reason is missing or too long */
    @Transactional
    public AffiliateView refuse(String storeCode, long id, String reason, String owner) {
        List<Violation> violations = AffiliateValidation.reason(reason);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return decide(storeCode, id, AffiliateStatus.APPLIED, AffiliateStatus.REFUSED, reason.trim(), owner);
    }

    @Transactional
    public AffiliateView suspend(String storeCode, long id, String owner) {
        return decide(storeCode, id, AffiliateStatus.ACTIVE, AffiliateStatus.SUSPENDED, null, owner);
    }

    @Transactional
    public AffiliateView activate(String storeCode, long id, String owner) {
        return decide(storeCode, id, AffiliateStatus.SUSPENDED, AffiliateStatus.ACTIVE, null, owner);
    }

    /** Binds the store's coupon of this code to the affiliate; again for the same affiliate changes nothing. */
    @Transactional
    public AffiliateView bindCoupon(String storeCode, long id, String couponCode) {
        Affiliate affiliate = find(storeCode, id);
        long couponId = couponId(storeCode, couponCode);
        Optional<CouponBinding> bound = bindings.findByCouponIdAndStoreCode(couponId, storeCode);
        if (bound.isPresent() && !bound.get().getAffiliateId().equals(affiliate.getId())) {
            throw new ConflictException("membership.affiliate.coupon.bound-elsewhere", couponCode.trim(),
                    bound.get().getAffiliateId());
        }
        if (bound.isEmpty()) {
            try {
                bindings.saveAndFlush(new CouponBinding(couponId, storeCode, affiliate.getId(), clock.instant()));
            } catch (DataIntegrityViolationException meanwhile) {
                throw new ConflictException("membership.affiliate.coupon.bound-meanwhile", couponCode.trim());
            }
        }
        return view(affiliate);
    }

    @Transactional
    public AffiliateView unbindCoupon(String storeCode, long id, String couponCode) {
        Affiliate affiliate = find(storeCode, id);
        CouponBinding binding = bindings.findByCouponIdAndStoreCode(couponId(storeCode, couponCode), storeCode)
                .filter(bound -> bound.getAffiliateId().equals(affiliate.getId()))
                .orElseThrow(() -> new NotFoundException("membership.affiliate.coupon.not-bound", couponCode.trim()));
        bindings.delete(binding);
        return view(affiliate);
    }

    /** The customer's own affiliate record. */
    @Transactional(readOnly = true)
    public AffiliateView mine(String storeCode, long customerId) {
        return view(own(storeCode, customerId));
    }

    /**
     * A customer applies, as the host knows the customer (name, e-mail). Again after a refusal; never while applied,
     * active or suspended, nor while the store's applications are closed.
     */
    public AffiliateView apply(String storeCode, long customerId, ApplicationDraft draft) {
        return retryingGeneratedIds(() -> {
            Optional<Affiliate> existing = affiliates.findByStoreCodeAndCustomerId(storeCode, customerId);
            List<Violation> violations = draft.check();
            checkTrackingId(storeCode, draft.getTrackingId(), existing.map(Affiliate::getId).orElse(null),
                    violations);
            draft.requireNoProblems(violations);
            if (!directory.termsOf(storeCode).applicationsOpen()) {
                throw new ConflictException("membership.affiliate.applications-closed");
            }
            if (existing.isPresent() && existing.get().getStatus() != AffiliateStatus.REFUSED) {
                throw new ConflictException("membership.affiliate.already", existing.get().getStatus().name());
            }
            MemberSummary customer = customers.find(storeCode, customerId)
                    .orElseThrow(() -> new NotFoundException("membership.affiliate.customer.unknown", customerId));
            Affiliate affiliate = existing.orElseGet(() -> new Affiliate(storeCode, customerId,
                    AffiliateStatus.APPLIED, clock.instant()));
            affiliate.applyAs(customer.getDisplayName(), customer.getEmail(), draft.getNote());
            affiliate.changePayout(draft.getPayoutMethod(), draft.getPayoutEmail(), draft.getPayoutDetails());
            if (existing.isPresent()) {
                affiliate.reapply(clock.instant());
            }
            save(affiliate);
            assignTrackingId(affiliate, draft.getTrackingId(), existing.isPresent());
            return view(affiliate);
        });
    }

    /** The affiliate changes where its money goes. */
    @Transactional
    public AffiliateView changePayout(String storeCode, long customerId, AffiliatePayoutDraft draft) {
        draft.requireNoProblems(draft.check());
        Affiliate affiliate = own(storeCode, customerId);
        affiliate.changePayout(draft.getPayoutMethod(), draft.getPayoutEmail(), draft.getPayoutDetails());
        return view(affiliate);
    }

    private AffiliateView decide(String storeCode, long id, AffiliateStatus from, AffiliateStatus to, String reason,
            String owner) {
        Affiliate affiliate = find(storeCode, id);
        if (affiliates.decide(id, storeCode, from, to, reason, owner, clock.instant()) == 0) {
            throw new ConflictException("membership.affiliate.status.cannot", affiliate.getStatus().name(),
                    to.name());
        }
        return view(find(storeCode, id));
    }

    private Affiliate find(String storeCode, long id) {
        return affiliates.findByIdAndStoreCode(id, storeCode)
                .orElseThrow(() -> new NotFoundException("membership.affiliate.not-found", id));
    }

    private Affiliate own(String storeCode, long customerId) {
        return affiliates.findByStoreCodeAndCustomerId(storeCode, customerId)
                .orElseThrow(() -> new NotFoundException("membership.affiliate.none"));
    }

    private long couponId(String storeCode, String couponCode) {
        return coupons.idOfCode(storeCode, couponCode)
                .orElseThrow(() -> new NotFoundException("membership.affiliate.coupon.not-found",
                        couponCode.trim()));
    }

    /** A customer the host does not know, or one that is another affiliate of the store, is a broken field. */
    private void checkCustomer(String storeCode, Long customerId, Affiliate self, List<Violation> violations) {
        if (customerId == null) {
            return;
        }
        if (customers.find(storeCode, customerId).isEmpty()) {
            violations.add(new Violation("customerId", "membership.affiliate.customer.unknown", customerId));
            return;
        }
        affiliates.findByStoreCodeAndCustomerId(storeCode, customerId)
                .filter(other -> self == null || !other.getId().equals(self.getId()))
                .ifPresent(other -> violations.add(new Violation("customerId", "membership.affiliate.customer.taken",
                        customerId)));
    }

    /** An asked-for tracking id another affiliate has or had is a broken field; its own old ids are welcome. */
    private void checkTrackingId(String storeCode, String requested, Long self, List<Violation> violations) {
        String wanted = AffiliateTrackingIdRule.normalize(AffiliateValidation.blankToNull(requested));
        if (!AffiliateTrackingIdRule.isValid(wanted)) {
            return;
        }
        trackingIds.findByStoreCodeAndTrackingId(storeCode, wanted)
                .filter(row -> !row.getAffiliateId().equals(self))
                .ifPresent(row -> violations.add(new Violation("trackingId", "membership.affiliate.tracking-id.taken",
                        wanted)));
    }

    /**
     * Puts the asked-for id in use (an old id of its own comes back), retiring the one in use; with none asked
     * for, keeps the one in use, else generates one. Of an affiliate {@code known} before this transaction, the row
     * is locked first, so two changes take turns, and the id in use is read by a locking read, which sees the
     * other's change once it committed (a plain read on MariaDB answers from the transaction's first snapshot); a
     * new one has none in use, and locking its missing row would only lock a gap that other creations need.
     */
    private void assignTrackingId(Affiliate affiliate, String requested, boolean known) {
        String wanted = AffiliateTrackingIdRule.normalize(AffiliateValidation.blankToNull(requested));
        Optional<AffiliateTrackingId> current = Optional.empty();
        if (known) {
            affiliates.lockByIdAndStoreCode(affiliate.getId(), affiliate.getStoreCode());
            current = trackingIds.lockInUse(affiliate.getId());
        }
        if (wanted == null && current.isPresent()
                || current.isPresent() && current.get().getTrackingId().equals(wanted)) {
            return;
        }
        current.ifPresent(AffiliateTrackingId::retire);
        if (wanted == null) {
            String base = AffiliateTrackingIdRule.base(affiliate.getName(), affiliate.getEmail());
            String generated = AffiliateTrackingIdRule.firstFree(base, trackingIds.startingWith(
                    affiliate.getStoreCode(), base.substring(0, Math.min(base.length(), PREFIX_KEPT))));
            insertTrackingId(affiliate, generated, true);
            return;
        }
        Optional<AffiliateTrackingId> own = trackingIds.findByStoreCodeAndTrackingId(affiliate.getStoreCode(), wanted);
        if (own.isPresent()) {
            own.get().reuse();
        } else {
            insertTrackingId(affiliate, wanted, false);
        }
    }

    private void insertTrackingId(Affiliate affiliate, String trackingId, boolean generated) {
        try {
            trackingIds.saveAndFlush(new AffiliateTrackingId(affiliate.getStoreCode(), trackingId,
                    affiliate.getId(), clock.instant()));
        } catch (DataIntegrityViolationException meanwhile) {
            if (generated) {
                throw new GeneratedIdTaken(trackingId);
            }
            throw new ConflictException("membership.affiliate.tracking-id.taken-meanwhile", trackingId);
        }
    }

    /** Writes the affiliate now: the one key it can break is its customer's. */
    private void save(Affiliate affiliate) {
        try {
            affiliates.saveAndFlush(affiliate);
        } catch (DataIntegrityViolationException meanwhile) {
            throw new ConflictException("membership.affiliate.customer.taken", affiliate.getCustomerId());
        }
    }

    /** Runs the change in a transaction of its own, again when its generated tracking id was taken meanwhile. */
    private AffiliateView retryingGeneratedIds(Supplier<AffiliateView> change) {
        for (int attempt = 1;; attempt++) {
            try {
                return transaction.execute(status -> change.get());
            } catch (GeneratedIdTaken taken) {
                if (attempt == GENERATED_ID_ATTEMPTS) {
                    throw new ConflictException("membership.affiliate.tracking-id.taken-meanwhile", taken.trackingId);
                }
            }
        }
    }

    private Page<AffiliateListItem> listed(Page<Affiliate> found) {
        Map<Long, String> inUse = trackingIds.findByAffiliateIdInAndInUseTrue(found.getContent().stream()
                .map(Affiliate::getId).collect(Collectors.toList())).stream()
                .collect(Collectors.toMap(AffiliateTrackingId::getAffiliateId, AffiliateTrackingId::getTrackingId));
        return found.map(affiliate -> AffiliateListItem.of(affiliate, inUse.get(affiliate.getId())));
    }

    private AffiliateView view(Affiliate affiliate) {
        List<String> inUse = new ArrayList<>();
        List<String> old = new ArrayList<>();
        trackingIds.findByAffiliateIdOrderByCreatedAtAscIdAsc(affiliate.getId())
                .forEach(row -> (row.isInUse() ? inUse : old).add(row.getTrackingId()));
        List<Long> couponIds = bindings.findByAffiliateIdOrderByBoundAt(affiliate.getId()).stream()
                .map(CouponBinding::getCouponId).collect(Collectors.toList());
        Map<Long, String> codes = coupons.codesOf(couponIds);
        return AffiliateView.of(affiliate, inUse.isEmpty() ? null : inUse.get(0), old,
                couponIds.stream().map(codes::get).collect(Collectors.toList()), directory.termsOf(
                        affiliate.getStoreCode()).defaultRate());
    }

    /** A generated tracking id another request inserted first: the change is tried again from the start. */
    private static final class GeneratedIdTaken extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final String trackingId;

        GeneratedIdTaken(String trackingId) {
            super(trackingId, null, false, false);
            this.trackingId = trackingId;
        }
    }
}
