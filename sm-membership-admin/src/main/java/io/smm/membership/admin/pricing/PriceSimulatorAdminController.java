package io.smm.membership.admin.pricing;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import io.smm.membership.admin.catalog.CatalogLabels;
import io.smm.membership.admin.web.AdminPaths;
import io.smm.membership.admin.web.AdminTime;
import io.smm.membership.admin.web.FieldErrors;
import io.smm.membership.catalog.CatalogLookupService;
import io.smm.membership.errors.DomainException;
import io.smm.membership.errors.NotFoundException;
import io.smm.membership.groups.GroupService;
import io.smm.membership.groups.GroupView;
import io.smm.membership.groups.MemberQueries;
import io.smm.membership.groups.MemberView;
import io.smm.membership.identity.CurrentOwner;
import io.smm.membership.pricing.PriceQuote;
import io.smm.membership.pricing.PriceSimulator;
import io.smm.membership.web.InvalidInputException;

/** The price simulator page: the same answer as the owner JSON's simulator, with each verdict in words. */
@Controller
class PriceSimulatorAdminController {

    static final String PAGE = "membership/price-simulator/page";
    static final String FORM_OBJECT = "simulation";

    private final CurrentOwner owner;
    private final PriceSimulator simulator;
    private final GroupService groups;
    private final MemberQueries members;
    private final AdminTime time;
    private final Clock clock;
    private final CatalogLookupService catalog;

    PriceSimulatorAdminController(CurrentOwner owner, PriceSimulator simulator, GroupService groups,
            MemberQueries members, AdminTime time, Clock clock, CatalogLookupService catalog) {
        this.owner = owner;
        this.simulator = simulator;
        this.groups = groups;
        this.members = members;
        this.time = time;
        this.clock = clock;
        this.catalog = catalog;
    }

    @GetMapping(AdminPaths.PRICE_SIMULATOR)
    String simulate(@ModelAttribute(FORM_OBJECT) SimulationForm form, BindingResult result, Model model,
            Locale locale) {
        String store = owner.get().storeCode();
        model.addAttribute("groups", groups.list(store).stream().map(group -> GroupView.of(group, locale))
                .collect(Collectors.toList()));
        model.addAttribute(CatalogLabels.ATTRIBUTE, CatalogLabels.of(catalog, store, locale,
                form.getProduct() == null ? List.of() : List.of(form.getProduct()), List.of()));
        if (form.getAt() == null) {
            form.setAt(LocalDateTime.ofInstant(clock.instant(), time.zone()).withSecond(0).withNano(0));
        }
        if (form.getProduct() == null || result.hasErrors()) {
            return PAGE;
        }
        Long customer = customerId(store, form, result, locale);
        if (result.hasErrors()) {
            return PAGE;
        }
        try {
            PriceQuote quote = simulator.simulate(store, form.getProduct(), customer,
                    customer == null ? form.getGroup() : null, form.getQuantity() == null ? 1 : form.getQuantity(),
                    form.getAt().atZone(time.zone()).toInstant());
            model.addAttribute("quote", quote);
            model.addAttribute("verdicts", quote.outcomes().stream().map(VerdictRow::new)
                    .collect(Collectors.toList()));
        } catch (InvalidInputException invalid) {
            FieldErrors.reject(result, invalid);
        } catch (DomainException unknown) {
            String field = "membership.product.not-found".equals(unknown.code()) ? "product" : "group";
            result.rejectValue(field, unknown.code(), unknown.arguments(), unknown.code());
        }
        return PAGE;
    }

    /** The customer named by id or e-mail, checked to be one of the store's; null for none named. */
    private Long customerId(String store, SimulationForm form, BindingResult result, Locale locale) {
        String named = form.getCustomer();
        if (named == null) {
            return null;
        }
        try {
            if (named.chars().allMatch(Character::isDigit)) {
                return members.member(store, Long.parseLong(named), locale).getCustomerId();
            }
            return members.search(store, named, null, 0, 10, locale).getContent().stream()
                    .filter(member -> named.equalsIgnoreCase(member.getEmail())).map(MemberView::getCustomerId)
                    .findFirst().orElseThrow(() -> new NotFoundException(
                            "membership.admin.price-simulator.customer.unknown", named));
        } catch (DomainException | NumberFormatException unknown) {
            result.rejectValue("customer", "membership.admin.price-simulator.customer.unknown",
                    new Object[] { named }, named);
            return null;
        }
    }
}
