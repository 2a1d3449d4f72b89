package io.smm.membership.admin.coupons;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.smm.membership.admin.web.AdminPaths;
import io.smm.membership.admin.web.AdminTime;
import io.smm.membership.admin.web.Notice;
import io.smm.membership.coupons.CouponSettings;
import io.smm.membership.coupons.CouponSettingsService;
import io.smm.membership.identity.CurrentOwner;

/**
 * The store's coupon settings as one form: whether a canceled or a refunded order gives its coupon use back, and
 * whether the host's own promo code still works next to our coupons; with when they were last saved.
 */
@Controller
@RequestMapping(CouponSettingsAdminController.PATH)
class CouponSettingsAdminController {

    static final String PATH = AdminPaths.COUPONS + "/settings";
    static final String PAGE = "membership/coupons/settings";
    static final String FORM_OBJECT = "couponSettingsForm";

    private final CurrentOwner owner;
    private final CouponSettingsService settings;
    private final AdminTime time;

    /** @param time the admin pages' zone, in which the page shows when the settings were saved */
    CouponSettingsAdminController(CurrentOwner owner, CouponSettingsService settings, AdminTime time) {
        this.owner = owner;
        this.settings = settings;
        this.time = time;
    }

    @GetMapping
    String page(Model model) {
        String store = owner.get().storeCode();
        CouponSettings current = settings.get(store);
        model.addAttribute(FORM_OBJECT, CouponSettingsForm.of(current));
        return page(store, current, model);
    }

    /** A value that is no true or false shows the page again with the error next to its switch. */
    @PostMapping
    String save(@ModelAttribute(FORM_OBJECT) CouponSettingsForm form, BindingResult result, Model model,
            RedirectAttributes flash) {
        String store = owner.get().storeCode();
        if (result.hasErrors()) {
            return page(store, settings.get(store), model);
        }
        settings.save(store, form.isGiveBackOnCancel(), form.isGiveBackOnRefund(), form.isHostPromoEnabled());
        flash.addFlashAttribute(Notice.ATTRIBUTE, Notice.success("membership.admin.coupon.settings.saved"));
        return "redirect:" + PATH;
    }

    /** Settings never saved are the defaults: they show no time. */
    private String page(String store, CouponSettings current, Model model) {
        model.addAttribute("savedAt", current.getUpdatedAt() == null ? null : time.format(current.getUpdatedAt()));
        model.addAttribute("zone", time.getZoneId());
        return PAGE;
    }
}
