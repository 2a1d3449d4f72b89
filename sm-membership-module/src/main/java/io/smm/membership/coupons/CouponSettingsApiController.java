package io.smm.membership.coupons;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.smm.membership.identity.CurrentOwner;
import io.smm.membership.time.Instants;
import io.smm.membership.web.InvalidInputException;
import io.smm.membership.web.MembershipApi;
import io.smm.membership.web.Violation;

/** The owner's coupon settings: give uses back on cancel and on refund, the host's own promo code on or off. */
@RestController
@MembershipApi
@RequestMapping("/api/v1/private/membership/coupons/settings")
class CouponSettingsApiController {

    private static final List<String> FIELDS = List.of("giveBackOnCancel", "giveBackOnRefund", "hostPromoEnabled");

    private final CurrentOwner owner;
    private final CouponSettingsService settings;

    CouponSettingsApiController(CurrentOwner owner, CouponSettingsService settings) {
        this.owner = owner;
        this.settings = settings;
    }

    @GetMapping
    Map<String, Object> get() {
        return view(settings.get(owner.get().storeCode()));
    }

    /** Every field is required: {@code true} or {@code false}. */
    @PutMapping
    Map<String, Object> save(@RequestBody Map<String, Object> body) {
        List<Violation> violations = new ArrayList<>();
        FIELDS.stream().filter(field -> !(body.get(field) instanceof Boolean))
                .forEach(field -> violations.add(new Violation(field, "membership.coupon.settings.required")));
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return view(settings.save(owner.get().storeCode(), (Boolean) body.get(FIELDS.get(0)),
                (Boolean) body.get(FIELDS.get(1)), (Boolean) body.get(FIELDS.get(2))));
    }

    /** The three switches and when they were saved ({@code null} until the owner saves them). */
    private static Map<String, Object> view(CouponSettings saved) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put(FIELDS.get(0), saved.isGiveBackOnCancel());
        view.put(FIELDS.get(1), saved.isGiveBackOnRefund());
        view.put(FIELDS.get(2), saved.isHostPromoEnabled());
        view.put("updatedAt", Instants.iso(saved.getUpdatedAt()));
        return view;
    }
}
