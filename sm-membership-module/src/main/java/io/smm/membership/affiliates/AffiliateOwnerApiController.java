package io.smm.membership.affiliates;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.smm.membership.groups.PageView;
import io.smm.membership.groups.Paging;
import io.smm.membership.identity.CurrentOwner;
import io.smm.membership.identity.Owner;
import io.smm.membership.web.Draft;
import io.smm.membership.web.InvalidInputException;
import io.smm.membership.web.MembershipApi;
import io.smm.membership.web.Violation;

/** The owner's affiliates and their applications, under the host's admin JWT chain. */
@RestController
@MembershipApi
@RequestMapping("/api/v1/private/membership/affiliates")
class AffiliateOwnerApiController {

    private final CurrentOwner owner;
    private final AffiliateService affiliates;
    private final AffiliateSettingsService settings;

    AffiliateOwnerApiController(CurrentOwner owner, AffiliateService affiliates, AffiliateSettingsService settings) {
        this.owner = owner;
        this.affiliates = affiliates;
        this.settings = settings;
    }

    /** Newest first; {@code q} matches name, e-mail or any tracking id, {@code status} one of {@link AffiliateStatus}. */
    @GetMapping
    PageView<AffiliateListItem> search(@RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) String status, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        AffiliateStatus inStatus = status(status);
        return PageView.of(affiliates.search(owner.get().storeCode(), q, inStatus,
                Paging.request(page, size, Sort.by(Sort.Order.desc("id")))), item -> item);
    }

    /** The applications waiting for a decision, oldest first. */
    @GetMapping("/applications")
    PageView<AffiliateListItem> applications(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return PageView.of(affiliates.applications(owner.get().storeCode(), Paging.request(page, size,
                Sort.by(Sort.Order.asc("createdAt"), Sort.Order.asc("id")))), item -> item);
    }

    @GetMapping("/settings")
    Object getSettings() {
        return settings.get(owner.get().storeCode());
    }

    @PutMapping("/settings")
    Object saveSettings(@RequestBody AffiliateSettingsDraft draft) {
        return settings.save(owner.get().storeCode(), draft);
    }

    @GetMapping("/{id}")
    AffiliateView get(@PathVariable long id) {
        return affiliates.get(owner.get().storeCode(), id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    AffiliateView create(@RequestBody AffiliateDraft draft) {
        Owner current = owner.get();
        return affiliates.create(current.storeCode(), draft, current.name());
    }

    @PutMapping("/{id}")
    AffiliateView update(@PathVariable long id, @RequestBody AffiliateDraft draft) {
        return affiliates.update(owner.get().storeCode(), id, draft);
    }

    @PostMapping("/{id}/approve")
    AffiliateView approve(@PathVariable long id) {
        Owner current = owner.get();
        return affiliates.approve(current.storeCode(), id, current.name());
    }

    /** Body {@code {"reason": "..."}}: the reason is required and told to the applicant. */
    @PostMapping("/{id}/refuse")
    AffiliateView refuse(@PathVariable long id, @RequestBody(required = false) Refusal body) {
        Owner current = owner.get();
        Refusal refusal = body == null ? new Refusal() : body;
        refusal.requireNoProblems(AffiliateValidation.reason(refusal.getReason()));
        return affiliates.refuse(current.storeCode(), id, refusal.getReason(), current.name());
    }

    @PostMapping("/{id}/suspend")
    AffiliateView suspend(@PathVariable long id) {
        Owner current = owner.get();
        return affiliates.suspend(current.storeCode(), id, current.name());
    }

    @PostMapping("/{id}/activate")
    AffiliateView activate(@PathVariable long id) {
        Owner current = owner.get();
        return affiliates.activate(current.storeCode(), id, current.name());
    }

    /** Orders with this coupon are credited to the affiliate; 409 when another affiliate has it. */
    @PutMapping("/{id}/coupons/{couponCode}")
    AffiliateView bindCoupon(@PathVariable long id, @PathVariable String couponCode) {
        return affiliates.bindCoupon(owner.get().storeCode(), id, couponCode);
    }

    @DeleteMapping("/{id}/coupons/{couponCode}")
    AffiliateView unbindCoupon(@PathVariable long id, @PathVariable String couponCode) {
        return affiliates.unbindCoupon(owner.get().storeCode(), id, couponCode);
    }

    /** The status named, null for none. */
    private static AffiliateStatus status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        String name = status.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(AffiliateStatus.values()).filter(value -> value.name().equals(name)).findFirst()
                .orElseThrow(() -> new InvalidInputException(new Violation("status", "membership.input.one-of",
                        Arrays.stream(AffiliateStatus.values()).map(Enum::name).collect(Collectors.joining(", ")))));
    }

    /** A refusal's body. */
    static class Refusal extends Draft {

        private String reason;

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }
    }
}
