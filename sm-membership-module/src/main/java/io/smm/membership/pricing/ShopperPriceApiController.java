package io.smm.membership.pricing;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.smm.membership.errors.NotFoundException;
import io.smm.membership.identity.CurrentShopper;
import io.smm.membership.identity.Shopper;
import io.smm.membership.web.MembershipApi;

/**
 * A product's price for the current shopper (customer token, cart or guest) and the quantity tiers they can
 * reach: what a storefront shows beside the host's product detail.
 */
@RestController
@MembershipApi
class ShopperPriceApiController {

    private final CurrentShopper currentShopper;
    private final GroupPricingService pricing;
    private final CatalogDirectory catalog;

    ShopperPriceApiController(CurrentShopper currentShopper, GroupPricingService pricing, CatalogDirectory catalog) {
        this.currentShopper = currentShopper;
        this.pricing = pricing;
        this.catalog = catalog;
    }

    @GetMapping("/api/v1/membership/products/{productId}/prices")
    Map<String, Object> prices(@PathVariable long productId) {
        Shopper shopper = currentShopper.get();
        ProductFacts product = catalog.productFacts(shopper.storeCode(), productId)
                .orElseThrow(() -> new NotFoundException("membership.product.not-found", productId));
        ShopperGroups groups = pricing.groupsOf(shopper);
        PriceQuote one = pricing.quote(groups, product, 1);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("productId", productId);
        body.put("currency", product.currency.getCurrencyCode());
        body.put("basePrice", one.basePrice());
        body.put("price", one.finalPrice());
        body.put("memberPrice", one.changesPrice());
        body.put("tiers", pricing.tiers(groups, product));
        return body;
    }
}
