package io.smm.membership.coupons;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.smm.membership.groups.GroupService;
import io.smm.membership.groups.PageView;
import io.smm.membership.groups.Paging;
import io.smm.membership.identity.CurrentOwner;
import io.smm.membership.web.InvalidInputException;
import io.smm.membership.web.MembershipApi;
import io.smm.membership.web.Violation;

/** The owner's coupons, under the host's admin JWT chain. */
@RestController
@MembershipApi
@RequestMapping("/api/v1/private/membership/coupons")
class CouponOwnerApiController {

    private final CurrentOwner owner;
    private final CouponService coupons;
    private final CouponBatchService batches;
    private final GroupService groups;
    private final Clock clock;

    CouponOwnerApiController(CurrentOwner owner, CouponService coupons, CouponBatchService batches, GroupService groups,
            Clock clock) {
        this.owner = owner;
        this.coupons = coupons;
        this.batches = batches;
        this.groups = groups;
        this.clock = clock;
    }

    /**
     * Newest first, one item per coupon; {@code q} matches code or name, {@code status} one of {@link CouponStatus},
     * {@code origin} one of {@link CouponOrigin} (default {@code ALL}, as before origins were told apart).
     */
    @GetMapping
    PageView<CouponView> search(@RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) String status, @RequestParam(required = false) String origin,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        String store = owner.get().storeCode();
        List<Violation> violations = new ArrayList<>();
        CouponStatus inStatus = status(status, violations);
        CouponOrigin ofOrigin = origin(origin, violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return views(store, coupons.search(store, q, inStatus, ofOrigin, Paging.request(page, size,
                Sort.by(Sort.Order.desc("id")))));
    }

    /** A batch's codes in the order they were made; {@code q} matches the code, {@code status} as above. */
    @GetMapping("/batches/{batchId}/codes")
    PageView<CouponView> codes(@PathVariable long batchId, @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) String status, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        String store = owner.get().storeCode();
        return views(store, batches.codes(store, batchId, q, status(status), Paging.request(page, size,
                Sort.by(Sort.Order.asc("id")))));
    }

    private PageView<CouponView> views(String store, Page<Coupon> found) {
        Map<Long, String> codes = groups.codesById(store);
        Instant now = clock.instant();
        return PageView.of(found, coupon -> CouponView.of(coupon, codes, now));
    }

    @GetMapping("/{id}")
    CouponView get(@PathVariable long id) {
        String store = owner.get().storeCode();
        return view(store, coupons.get(store, id));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    CouponView create(@RequestBody CouponDraft draft) {
        String store = owner.get().storeCode();
        return view(store, coupons.create(store, draft));
    }

    @PutMapping("/{id}")
    CouponView update(@PathVariable long id, @RequestBody CouponDraft draft) {
        String store = owner.get().storeCode();
        return view(store, coupons.update(store, id, draft));
    }

    @PostMapping("/{id}/disable")
    CouponView disable(@PathVariable long id) {
        String store = owner.get().storeCode();
        return view(store, coupons.disable(store, id));
    }

    private CouponView view(String store, Coupon coupon) {
        return CouponView.of(coupon, groups.codesById(store), clock.instant());
    }

    /** The status named, null for none; an unknown name is added to the violations. */
    private static CouponStatus status(String status, List<Violation> violations) {
        if (status == null || status.isBlank()) {
            return null;
        }
        Optional<CouponStatus> named = CouponStatus.named(status);
        if (named.isEmpty()) {
            violations.add(new Violation("status", "membership.coupon.status.unknown",
                    status.trim().toUpperCase(Locale.ROOT)));
        }
        return named.orElse(null);
    }

    /** The origin named, {@code ALL} for none; an unknown name is added to the violations. */
    private static CouponOrigin origin(String origin, List<Violation> violations) {
        if (origin == null || origin.isBlank()) {
            return CouponOrigin.ALL;
        }
        Optional<CouponOrigin> named = CouponOrigin.named(origin);
        if (named.isEmpty()) {
            violations.add(new Violation("origin", "membership.coupon.origin.unknown",
                    origin.trim().toUpperCase(Locale.ROOT)));
        }
        return named.orElse(null);
    }

    private static CouponStatus status(String status) {
        List<Violation> violations = new ArrayList<>();
        CouponStatus named = status(status, violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return named;
    }
}
