package io.smm.membership.admin.rewards;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.smm.membership.admin.web.AdminPaths;
import io.smm.membership.admin.web.AdminTime;
import io.smm.membership.admin.web.FieldErrors;
import io.smm.membership.admin.web.Notice;
import io.smm.membership.coupons.Coupon;
import io.smm.membership.coupons.CouponOrigin;
import io.smm.membership.coupons.CouponService;
import io.smm.membership.identity.CurrentOwner;
import io.smm.membership.rewards.RewardSettings;
import io.smm.membership.rewards.RewardSettingsService;
import io.smm.membership.web.InvalidInputException;

/**
 * The store's rewards settings as one form, saved all together: the welcome and birthday rewards as points or one of
 * the store's coupons, the referral points and the monthly cap; every broken field shown next to it, nothing saved.
 */
@Controller
@RequestMapping(AdminPaths.REWARDS)
class RewardSettingsAdminController {

    static final String PAGE = "membership/rewards/settings";
    static final String FORM_OBJECT = "rewardSettingsForm";
    /** The most coupons the page offers as a reward; the store's hand-made ones, by code. */
    private static final int MAX_COUPONS = 500;

    private final CurrentOwner owner;
    private final RewardSettingsService settings;
    private final CouponService coupons;
    private final AdminTime time;

    RewardSettingsAdminController(CurrentOwner owner, RewardSettingsService settings, CouponService coupons,
            AdminTime time) {
        this.owner = owner;
        this.settings = settings;
        this.coupons = coupons;
        this.time = time;
    }

    @GetMapping
    String page(Model model) {
        RewardSettings current = settings.get(owner.get().storeCode());
        model.addAttribute(FORM_OBJECT, RewardSettingsForm.of(current));
        return page(current, model);
    }

    @PostMapping
    String save(@ModelAttribute(FORM_OBJECT) RewardSettingsForm form, BindingResult result, Model model,
            RedirectAttributes flash) {
        Set<String> unbound = result.getFieldErrors().stream().map(FieldError::getField).collect(Collectors.toSet());
        String store = owner.get().storeCode();
        try {
            settings.save(store, form.body(unbound));
        } catch (InvalidInputException invalid) {
            FieldErrors.reject(result, invalid);
            return page(settings.get(store), model);
        }
        flash.addFlashAttribute(Notice.ATTRIBUTE, Notice.success("membership.admin.rewards.settings.saved"));
        return "redirect:" + AdminPaths.REWARDS;
    }

    private String page(RewardSettings current, Model model) {
        List<Coupon> offered = coupons.search(current.getStoreCode(), "", null, CouponOrigin.HAND_MADE,
                PageRequest.of(0, MAX_COUPONS)).stream().sorted(Comparator.comparing(Coupon::getCode))
                .collect(Collectors.toList());
        model.addAttribute("coupons", offered);
        model.addAttribute("gifts", List.of(RewardSettingsForm.POINTS, RewardSettingsForm.COUPON));
        model.addAttribute("savedAt", current.getUpdatedAt() == null ? null : time.format(current.getUpdatedAt()));
        model.addAttribute("zone", time.getZoneId());
        return PAGE;
    }
}
