package io.smm.membership.admin.pricing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import io.smm.membership.admin.catalog.CatalogLabels;
import io.smm.membership.admin.web.AdminPaths;
import io.smm.membership.catalog.CatalogLookupService;
import io.smm.membership.errors.NotFoundException;
import io.smm.membership.groups.GroupService;
import io.smm.membership.groups.GroupView;
import io.smm.membership.groups.MemberGroup;
import io.smm.membership.identity.CurrentOwner;
import io.smm.membership.identity.Shopper;
import io.smm.membership.orders.OrderHistory;
import io.smm.membership.pricing.CatalogDirectory;
import io.smm.membership.pricing.GroupPricingService;
import io.smm.membership.pricing.OrderLinePrice;
import io.smm.membership.pricing.OrderLinePriceService;
import io.smm.membership.pricing.ProductFacts;
import io.smm.membership.pricing.ShopperGroups;

/** What an order's lines were charged and why, and a product's prices for every group at a glance. */
@Controller
class PriceLookupAdminController {

    static final String ORDER = "membership/orders/prices";
    static final String PRODUCT = "membership/products/prices";

    private final CurrentOwner owner;
    private final OrderLinePriceService orderLines;
    private final GroupPricingService pricing;
    private final CatalogDirectory catalog;
    private final GroupService groups;
    private final CatalogLookupService names;
    private final OrderHistory orders;

    PriceLookupAdminController(CurrentOwner owner, OrderLinePriceService orderLines, GroupPricingService pricing,
            CatalogDirectory catalog, GroupService groups, CatalogLookupService names, OrderHistory orders) {
        this.owner = owner;
        this.orders = orders;
        this.orderLines = orderLines;
        this.pricing = pricing;
        this.catalog = catalog;
        this.groups = groups;
        this.names = names;
    }

    /** The look-up form on the price rules page sends the order id here. */
    @GetMapping(AdminPaths.ORDERS)
    String findOrder(@RequestParam(required = false) Long orderId) {
        return "redirect:" + (orderId == null ? AdminPaths.PRICE_RULES : AdminPaths.ORDERS + "/" + orderId + "/prices");
    }

    @GetMapping(AdminPaths.ORDERS + "/{orderId}/prices")
    String order(@PathVariable long orderId, Model model, Locale locale) {
        String store = owner.get().storeCode();
        List<OrderLinePrice> lines = orderLines.linesOf(store, orderId);
        if (lines.isEmpty() && !orderExists(store, orderId)) {
            throw new NotFoundException("membership.admin.order-prices.not-found", Long.toString(orderId));
        }
        model.addAttribute("orderId", orderId);
        model.addAttribute("lines", lines);
        model.addAttribute(CatalogLabels.ATTRIBUTE, CatalogLabels.of(names, store, locale,
                lines.stream().map(OrderLinePrice::getProductId).collect(Collectors.toList()), List.of()));
        return ORDER;
    }

    /** An order placed before the module was installed has no prices kept, yet is the store's. */
    private boolean orderExists(String store, long orderId) {
        return orderId > 0 && orders.after(store, orderId - 1, 1).stream().anyMatch(
                order -> order.orderId() == orderId);
    }

    @GetMapping(AdminPaths.PRODUCTS + "/{productId}/prices")
    String product(@PathVariable long productId, Model model, Locale locale) {
        String store = owner.get().storeCode();
        ProductFacts product = catalog.productFacts(store, productId)
                .orElseThrow(() -> new NotFoundException("membership.product.not-found", productId));
        ShopperGroups guest = pricing.groupsOf(Shopper.guest(store));
        List<GroupPrices> rows = new ArrayList<>();
        GroupView guestGroup = null;
        List<MemberGroup> all = groups.list(store);
        for (MemberGroup group : all) {
            if (group.isGuestGroup()) {
                guestGroup = GroupView.of(group, locale);
            }
        }
        rows.add(new GroupPrices(guestGroup, true, pricing.tiers(guest, product)));
        for (MemberGroup group : all) {
            if (!group.isGuestGroup()) {
                rows.add(new GroupPrices(GroupView.of(group, locale), false,
                        pricing.tiers(new ShopperGroups(true, Set.of(group.getId())), product)));
            }
        }
        model.addAttribute("productId", productId);
        model.addAttribute(CatalogLabels.ATTRIBUTE, CatalogLabels.of(names, store, locale, List.of(productId),
                List.of()));
        model.addAttribute("quote", pricing.quote(guest, product, 1));
        model.addAttribute("rows", rows);
        return PRODUCT;
    }
}
