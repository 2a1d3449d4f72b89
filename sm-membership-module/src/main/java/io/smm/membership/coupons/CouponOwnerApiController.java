package io.smm.membership.coupons;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

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
    private final GroupService groups;
    private final Clock clock;

    CouponOwnerApiController(CurrentOwner owner, CouponService coupons, GroupService groups, Clock clock) {
        this.owner = owner;
        this.coupons = coupons;
        this.groups = groups;
        this.clock = clock;
    }

    /** Newest first; {@code q} matches code or name, {@code status} one of {@link CouponStatus}. */
    @GetMapping
    PageView<CouponView> search(@RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) String status, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        String store = owner.get().storeCode();
        Map<Long, String> codes = groups.codesById(store);
        Instant now = clock.instant();
        return PageView.of(coupons.search(store, q, status(status), Paging.request(page, size,
                Sort.by(Sort.Order.desc("id")))), coupon -> CouponView.of(coupon, codes, now));
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

    private static CouponStatus status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        return CouponStatus.named(status).orElseThrow(() -> new InvalidInputException(new Violation("status",
                "membership.coupon.status.unknown", status.trim().toUpperCase(Locale.ROOT))));
    }
}
