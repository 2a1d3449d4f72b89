package io.smm.membership.admin.segments;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import javax.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import io.smm.membership.admin.web.AdminPaths;
import io.smm.membership.admin.web.BarChart;
import io.smm.membership.admin.web.FieldErrors;
import io.smm.membership.coupons.CouponOrigin;
import io.smm.membership.coupons.CouponService;
import io.smm.membership.coupons.CouponStatus;
import io.smm.membership.identity.CurrentOwner;
import io.smm.membership.identity.Owner;
import io.smm.membership.money.MoneyRule;
import io.smm.membership.money.StoreCurrencies;
import io.smm.membership.offers.Offer;
import io.smm.membership.offers.OfferDraft;
import io.smm.membership.offers.OfferReport;
import io.smm.membership.offers.OfferService;
import io.smm.membership.segments.SegmentService;
import io.smm.membership.web.InvalidInputException;
import io.smm.membership.web.SpreadsheetCsv;

/**
 * Offers pushed to a saved segment: the push form (template coupon, share held back as control), the store's
 * offers, and an offer's report with the members reached set against the control group, and its codes as CSV.
 */
@Controller
class OfferAdminController {

    static final String FORM = "membership/segments/push";
    static final String LIST = "membership/segments/offers";
    static final String REPORT = "membership/segments/offer";
    static final String FORM_OBJECT = "offerForm";
    /** The templates the push form offers: the newest active hand-made coupons. */
    private static final int TEMPLATES = 200;

    private final CurrentOwner owner;
    private final SegmentService segments;
    private final OfferService offers;
    private final CouponService coupons;
    private final StoreCurrencies currencies;
    private final MessageSource messages;

    OfferAdminController(CurrentOwner owner, SegmentService segments, OfferService offers, CouponService coupons,
            StoreCurrencies currencies, MessageSource messages) {
        this.owner = owner;
        this.segments = segments;
        this.offers = offers;
        this.coupons = coupons;
        this.currencies = currencies;
        this.messages = messages;
    }

    @GetMapping(AdminPaths.SEGMENTS + "/{id}/push")
    String pushForm(@PathVariable long id, Model model) {
        OfferDraft form = new OfferDraft();
        form.setKey(UUID.randomUUID().toString());
        form.setControlPercent(10);
        form.setMode(Offer.Mode.CODES);
        model.addAttribute(FORM_OBJECT, form);
        return form(id, model);
    }

    /** A double submit carries the same key: the module answers the first push and pushes nothing more. */
    @PostMapping(AdminPaths.SEGMENTS + "/{id}/push")
    String push(@PathVariable long id, @ModelAttribute(FORM_OBJECT) OfferDraft form, BindingResult result,
            Model model) {
        FieldErrors.markUnbound(result, form);
        Owner current = owner.get();
        try {
            Offer offer = offers.push(current.storeCode(), id, form, current.name());
            return "redirect:" + AdminPaths.OFFERS + "/" + offer.getId();
        } catch (InvalidInputException invalid) {
            FieldErrors.reject(result, invalid);
            return form(id, model);
        }
    }

    @GetMapping(AdminPaths.OFFERS)
    String list(Model model) {
        model.addAttribute("offers", offers.list(owner.get().storeCode()));
        return LIST;
    }

    @GetMapping(AdminPaths.OFFERS + "/{id}")
    String report(@PathVariable long id, Model model, Locale locale) {
        String store = owner.get().storeCode();
        Offer offer = offers.get(store, id);
        OfferReport report = offers.report(store, id);
        Currency currency = currencies.of(store).orElseThrow();
        model.addAttribute("offer", offer);
        model.addAttribute("report", report);
        model.addAttribute("currency", currency);
        model.addAttribute("moneyScale", MoneyRule.scaleOf(currency));
        model.addAttribute("templateCode", codeOf(offer.getTemplateId()));
        model.addAttribute("groupCouponCode", codeOf(offer.getCouponId()));
        model.addAttribute("charts", charts(report, currency, locale));
        return REPORT;
    }

    @GetMapping(AdminPaths.OFFERS + "/{id}/codes.csv")
    void codes(@PathVariable long id, HttpServletResponse response) throws IOException {
        offers.writeCodes(owner.get().storeCode(), id, SpreadsheetCsv.download(response, "offer-" + id + ".csv"));
    }

    private String codeOf(Long couponId) {
        return couponId == null ? null : coupons.codesOf(List.of(couponId)).get(couponId);
    }

    private String form(long segmentId, Model model) {
        String store = owner.get().storeCode();
        model.addAttribute("segment", segments.get(store, segmentId));
        model.addAttribute("modes", Offer.Mode.values());
        model.addAttribute("templates", coupons.search(store, null, CouponStatus.ACTIVE, CouponOrigin.HAND_MADE,
                PageRequest.of(0, TEMPLATES, Sort.by(Sort.Order.desc("id")))).getContent());
        return FORM;
    }

    /**
     * Reached against control, side by side: the share of members who bought since the push (percent) and the net
     * revenue per member (whole currency units), each its own chart so that no axis mixes two units.
     */
    private List<BarChart> charts(OfferReport report, Currency currency, Locale locale) {
        List<String> groups = List.of(message("membership.admin.offer.reached", locale, currency),
                message("membership.admin.offer.control", locale, currency));
        return List.of(chart(message("membership.admin.offer.chart.buyers", locale, currency), groups,
                report.getTreatedBuyerPercent(), report.getControlBuyerPercent()),
                chart(message("membership.admin.offer.chart.revenue", locale, currency), groups,
                        report.getTreatedRevenuePerMember(), report.getControlRevenuePerMember()));
    }

    private static BarChart chart(String measure, List<String> groups, BigDecimal reached, BigDecimal control) {
        return BarChart.of(groups, List.of(measure), List.of(List.of(whole(reached), whole(control))));
    }

    private String message(String key, Locale locale, Currency currency) {
        return messages.getMessage(key, new Object[] { currency.getCurrencyCode() }, locale);
    }

    private static long whole(BigDecimal value) {
        return value == null ? 0 : value.setScale(0, RoundingMode.HALF_UP).longValueExact();
    }
}
