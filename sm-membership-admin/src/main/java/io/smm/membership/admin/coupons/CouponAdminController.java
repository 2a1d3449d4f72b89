package io.smm.membership.admin.coupons;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import io.smm.membership.admin.catalog.CatalogLabels;
import io.smm.membership.admin.web.AdminPaths;
import io.smm.membership.admin.web.AdminTime;
import io.smm.membership.admin.web.FieldErrors;
import io.smm.membership.admin.web.Notice;
import io.smm.membership.admin.web.Pager;
import io.smm.membership.catalog.CatalogLookupService;
import io.smm.membership.coupons.Coupon;
import io.smm.membership.coupons.CouponDraft;
import io.smm.membership.coupons.CouponOrigin;
import io.smm.membership.coupons.CouponService;
import io.smm.membership.coupons.CouponStatus;
import io.smm.membership.coupons.CouponTerms;
import io.smm.membership.coupons.CouponView;
import io.smm.membership.groups.GroupService;
import io.smm.membership.groups.GroupView;
import io.smm.membership.groups.MemberGroup;
import io.smm.membership.groups.Paging;
import io.smm.membership.identity.CurrentOwner;
import io.smm.membership.money.StoreCurrencies;
import io.smm.membership.web.InvalidInputException;

/** A store's coupons: the list with its search and status filter, one form to create or edit, and disable. */
@Controller
class CouponAdminController {

    static final String LIST = "membership/coupons/list";
    static final String FORM = "membership/coupons/form";
    static final String FORM_OBJECT = "couponForm";

    private final CurrentOwner owner;
    private final CouponService coupons;
    private final GroupService groups;
    private final AdminTime time;
    private final Clock clock;
    private final int pageSize;
    private final CatalogLookupService catalog;
    private final StoreCurrencies currencies;

    CouponAdminController(CurrentOwner owner, CouponService coupons, GroupService groups, AdminTime time,
            Clock clock, int pageSize, CatalogLookupService catalog, StoreCurrencies currencies) {
        this.owner = owner;
        this.coupons = coupons;
        this.groups = groups;
        this.time = time;
        this.clock = clock;
        this.pageSize = pageSize;
        this.catalog = catalog;
        this.currencies = currencies;
    }

    /** The window and the scope are bound as the owner typed them; the draft's own values come from those. */
    @InitBinder(FORM_OBJECT)
    void bindEnteredValuesOnly(WebDataBinder binder) {
        binder.setDisallowedFields(CouponForm.NOT_BOUND);
    }

    /**
     * Newest first; {@code q} matches code or name; {@code origin} one of {@link CouponListOrigin}, none for
     * hand-made coupons and batches. A status or origin the list does not know is no filter.
     */
    @GetMapping(AdminPaths.COUPONS)
    String list(@RequestParam(required = false) String q, @RequestParam(name = "status", required = false)
            String statusName, @RequestParam(name = "origin", required = false) String originName,
            @RequestParam(defaultValue = "0") int page, Model model) {
        CouponStatus status = CouponStatus.named(statusName).orElse(null);
        CouponListOrigin origin = CouponListOrigin.named(originName).orElse(null);
        String store = owner.get().storeCode();
        Map<Long, String> codes = groups.codesById(store);
        Currency currency = currencies.of(store).orElseThrow();
        Instant now = clock.instant();
        PageRequest request = Paging.request(Math.max(page, 0), pageSize, Sort.by(Sort.Order.desc("id")));
        Page<CouponRow> found = origin == CouponListOrigin.GENERATED
                ? coupons.search(store, q, status, CouponOrigin.GENERATED, request)
                        .map(coupon -> new CouponRow(CouponView.of(coupon, codes, now), currency))
                : coupons.rows(store, q, status, origin == null ? CouponListOrigin.DEFAULT : Set.of(origin.origin()),
                        request)
                        .map(row -> new CouponRow(CouponView.of(row.getCoupon(), codes, now), row.getBatch(),
                                currency));
        model.addAttribute("coupons", found.getContent());
        model.addAttribute("q", q);
        model.addAttribute("status", status);
        model.addAttribute("statuses", CouponStatus.values());
        model.addAttribute("origin", origin);
        model.addAttribute("origins", CouponListOrigin.values());
        model.addAttribute("pager", Pager.of(found, UriComponentsBuilder.fromPath(AdminPaths.COUPONS)
                .queryParamIfPresent("q", Optional.ofNullable(q))
                .queryParamIfPresent("status", Optional.ofNullable(status))
                .queryParamIfPresent("origin", Optional.ofNullable(origin))));
        return LIST;
    }

    @GetMapping(AdminPaths.COUPONS + "/new")
    String createForm(Model model, Locale locale) {
        model.addAttribute(FORM_OBJECT, new CouponForm());
        return form(model, locale, null);
    }

    @PostMapping(AdminPaths.COUPONS + "/new")
    String create(@ModelAttribute(FORM_OBJECT) CouponForm form, BindingResult result, Model model, Locale locale,
            RedirectAttributes flash) {
        return save(form, result, model, locale, flash, null);
    }

    @GetMapping(AdminPaths.COUPONS + "/{id}")
    String editForm(@PathVariable long id, Model model, Locale locale) {
        return form(model, locale, id);
    }

    @PostMapping(AdminPaths.COUPONS + "/{id}")
    String update(@PathVariable long id, @ModelAttribute(FORM_OBJECT) CouponForm form, BindingResult result,
            Model model, Locale locale, RedirectAttributes flash) {
        return save(form, result, model, locale, flash, id);
    }

    /** Switches the coupon off; it stays listed with its uses. There is no delete. */
    @PostMapping(AdminPaths.COUPONS + "/{id}/disable")
    String disable(@PathVariable long id, RedirectAttributes flash) {
        Coupon disabled = coupons.disable(owner.get().storeCode(), id);
        flash.addFlashAttribute(Notice.ATTRIBUTE,
                Notice.success("membership.admin.coupon.disabled", disabled.getCode()));
        return "redirect:" + AdminPaths.COUPONS;
    }

    private String save(CouponForm form, BindingResult result, Model model, Locale locale,
            RedirectAttributes flash, Long id) {
        CouponDraft draft = form.toDraft(time.zone(), result);
        FieldErrors.markUnbound(result, draft);
        String store = owner.get().storeCode();
        try {
            Coupon saved = id == null ? coupons.create(store, draft) : coupons.update(store, id, draft);
            flash.addFlashAttribute(Notice.ATTRIBUTE, Notice.success(id == null
                    ? "membership.admin.coupon.created" : "membership.admin.coupon.updated", saved.getCode()));
            return "redirect:" + AdminPaths.COUPONS;
        } catch (InvalidInputException invalid) {
            FieldErrors.reject(result, invalid);
            return form(model, locale, id);
        }
    }

    /** The form page; a coupon being edited fills the form when it is not one coming back with errors. */
    private String form(Model model, Locale locale, Long id) {
        String store = owner.get().storeCode();
        List<MemberGroup> storeGroups = groups.list(store);
        model.addAttribute("couponId", id);
        if (id != null) {
            CouponView coupon = CouponView.of(coupons.get(store, id), GroupService.codesById(storeGroups),
                    clock.instant());
            model.addAttribute("coupon", new CouponRow(coupon, currencies.of(store).orElseThrow()));
            model.addAttribute("issuedFromCode", coupon.getIssuedFrom() == null ? null
                    : coupons.codesOf(Set.of(coupon.getIssuedFrom())).get(coupon.getIssuedFrom()));
            if (!model.containsAttribute(FORM_OBJECT)) {
                model.addAttribute(FORM_OBJECT, CouponForm.of(coupon, time.zone()));
            }
        }
        model.addAttribute("groups", storeGroups.stream().map(group -> GroupView.of(group, locale))
                .collect(Collectors.toList()));
        CouponForm form = (CouponForm) model.getAttribute(FORM_OBJECT);
        if (form != null) {
            List<Long> products = new ArrayList<>(CatalogLabels.idsIn(form.getProductsText()));
            products.addAll(CatalogLabels.idsIn(form.getExcludedProductsText()));
            List<Long> categories = new ArrayList<>(CatalogLabels.idsIn(form.getCategoriesText()));
            categories.addAll(CatalogLabels.idsIn(form.getExcludedCategoriesText()));
            model.addAttribute(CatalogLabels.ATTRIBUTE, CatalogLabels.of(catalog, store, locale, products,
                    categories));
        }
        model.addAttribute("kinds", CouponTerms.Kind.values());
        model.addAttribute("bases", CouponTerms.Base.values());
        return FORM;
    }

}
