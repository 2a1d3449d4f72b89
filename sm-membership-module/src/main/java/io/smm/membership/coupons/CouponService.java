package io.smm.membership.coupons;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongPredicate;
import java.util.stream.Collectors;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.transaction.annotation.Transactional;

import io.smm.membership.errors.ConflictException;
import io.smm.membership.errors.NotFoundException;
import io.smm.membership.groups.GroupService;
import io.smm.membership.pricing.CatalogDirectory;
import io.smm.membership.web.InvalidInputException;
import io.smm.membership.web.Violation;

/** A store's coupons as the owner keeps them: listed, created, changed and disabled, never deleted. */
public class CouponService {

    private final CouponRepository coupons;
    private final GroupService groups;
    private final CatalogDirectory catalog;
    private final CouponBatchSummarizer batches;
    private final Clock clock;

    CouponService(CouponRepository coupons, GroupService groups, CatalogDirectory catalog,
            CouponBatchSummarizer batches, Clock clock) {
        this.coupons = coupons;
        this.groups = groups;
        this.catalog = catalog;
        this.batches = batches;
        this.clock = clock;
    }

    /** Coupons whose code or name contains {@code text}, in {@code status} when given (null: any), of any origin. */
    @Transactional(readOnly = true)
    public Page<Coupon> search(String storeCode, String text, CouponStatus status, Pageable page) {
        return search(storeCode, text, status, CouponOrigin.ALL, page);
    }

    /** Coupons of that origin whose code or name contains {@code text}, in {@code status} when given. */
    @Transactional(readOnly = true)
    public Page<Coupon> search(String storeCode, String text, CouponStatus status, CouponOrigin origin,
            Pageable page) {
        Set<CouponOrigin> origins = Set.of(origin);
        return coupons.search(storeCode, covers(origins, CouponOrigin.HAND_MADE),
                covers(origins, CouponOrigin.GENERATED), covers(origins, CouponOrigin.REWARD),
                CouponCodes.searchText(text), name(status), clock.instant(), page);
    }

    /**
     * The list as an owner reads it, a batch as one row with its codes counted: the coupons of any of
     * {@code origins} (hand-made coupons and batches, say), each batch one row. A batch is listed when any of its
     * codes matches {@code text} and {@code status}; its counts take all its codes. Newest first, a batch at its
     * newest code; the page's sort is ignored. A constant number of queries per page, however many codes the batches
     * have.
     */
    @Transactional(readOnly = true)
    public Page<CouponListEntry> rows(String storeCode, String text, CouponStatus status, Set<CouponOrigin> origins,
            Pageable page) {
        Page<CouponListKey> keys = coupons.rows(storeCode, covers(origins, CouponOrigin.HAND_MADE),
                covers(origins, CouponOrigin.GENERATED), covers(origins, CouponOrigin.REWARD),
                CouponCodes.searchText(text), name(status), clock.instant(),
                page.isPaged() ? PageRequest.of(page.getPageNumber(), page.getPageSize()) : page);
        Map<Long, Coupon> firsts = coupons.findAllById(keys.map(CouponListKey::getFirstId).getContent()).stream()
                .collect(Collectors.toMap(Coupon::getId, Function.identity()));
        Map<Long, CouponBatchSummary> summaries = batches.of(storeCode, keys.getContent().stream()
                .map(CouponListKey::getBatchId).filter(Objects::nonNull).collect(Collectors.toSet()));
        return keys.map(key -> new CouponListEntry(firsts.get(key.getFirstId()),
                key.getBatchId() == null ? null : summaries.get(key.getBatchId())));
    }

    private static boolean covers(Set<CouponOrigin> origins, CouponOrigin origin) {
        return origins.stream().anyMatch(asked -> asked.covers(origin));
    }

    private static String name(CouponStatus status) {
        return status == null ? null : status.name();
    }

    /** The id of the store's coupon of this code, typed in any case: how other features point at a coupon. */
    @Transactional(readOnly = true)
    public Optional<Long> idOfCode(String storeCode, String code) {
        String normalized = CouponCodes.normalize(code);
        return normalized == null || normalized.isEmpty() ? Optional.empty() : coupons.idOf(storeCode, normalized);
    }

    /** The codes of these coupons, by id; ids of no coupon are left out. */
    @Transactional(readOnly = true)
    public Map<Long, String> codesOf(Collection<Long> ids) {
        return ids.isEmpty() ? Map.of() : coupons.codesOf(ids).stream()
                .collect(Collectors.toMap(CouponCodeOf::getId, CouponCodeOf::getCode));
    }

    @Transactional(readOnly = true)
    public Coupon get(String storeCode, long id) {
        return coupons.findByIdAndStoreCode(id, storeCode)
                .orElseThrow(() -> new NotFoundException("membership.coupon.not-found", id));
    }

    @Transactional
    public Coupon create(String storeCode, CouponDraft draft) {
        return save(storeCode, new Coupon(storeCode, clock.instant()), draft);
    }

    /** @throws ConflictException when the draft carries a version another change has passed */
    @Transactional
    public Coupon update(String storeCode, long id, CouponDraft draft) {
        Coupon coupon = get(storeCode, id);
        if (draft.getVersion() != null && draft.getVersion() != coupon.getVersion()) {
            throw new ConflictException("membership.coupon.changed-meanwhile", coupon.getCode());
        }
        return save(storeCode, coupon, draft);
    }

    /** Switches the coupon off; its uses and ledger stay. */
    @Transactional
    public Coupon disable(String storeCode, long id) {
        Coupon coupon = get(storeCode, id);
        coupon.disable(clock.instant());
        return coupon;
    }

    private Coupon save(String storeCode, Coupon coupon, CouponDraft draft) {
        List<Violation> violations = new ArrayList<>(CouponValidation.check(draft));
        Set<Long> groupIds = groups.idsOf(storeCode, draft.getGroups(), "groups", "membership.coupon.groups.unknown",
                violations);
        checkScope(storeCode, draft, violations);
        String code = CouponCodes.normalize(draft.getCode());
        boolean codeChecked = violations.stream().noneMatch(violation -> violation.field().equals("code"));
        if (codeChecked && coupons.findByStoreCodeAndCode(storeCode, code)
                .filter(other -> !other.getId().equals(coupon.getId())).isPresent()) {
            violations.add(codeTaken(code));
        }
        draft.requireNoProblems(violations);
        coupon.apply(draft, groupIds, clock.instant());
        try {
            return coupons.saveAndFlush(coupon);
        } catch (DataIntegrityViolationException takenMeanwhile) {
            throw new InvalidInputException(codeTaken(code));
        }
    }

    private static Violation codeTaken(String code) {
        return new Violation("code", "membership.coupon.code.taken", code);
    }

    private void checkScope(String storeCode, CouponDraft draft, List<Violation> violations) {
        checkIds("categories", draft.getCategories(), id -> catalog.hasCategory(storeCode, id), violations);
        checkIds("excludedCategories", draft.getExcludedCategories(), id -> catalog.hasCategory(storeCode, id),
                violations);
        checkIds("products", draft.getProducts(), id -> catalog.hasProduct(storeCode, id), violations);
        checkIds("excludedProducts", draft.getExcludedProducts(), id -> catalog.hasProduct(storeCode, id),
                violations);
    }

    private static void checkIds(String field, List<Long> ids, LongPredicate known,
            List<Violation> violations) {
        ids.stream().filter(id -> id == null || !known.test(id)).findFirst()
                .ifPresent(id -> violations.add(new Violation(field, "membership.coupon.scope.unknown", id)));
    }
}
