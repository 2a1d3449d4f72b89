package io.smm.membership.pricing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;


import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.smm.membership.access.Access;
import io.smm.membership.access.AccessViews;
import io.smm.membership.access.ProductCategoryLookup;
import io.smm.membership.errors.NotFoundException;
import io.smm.membership.identity.CurrentShopper;
import io.smm.membership.identity.Shopper;
import io.smm.membership.web.MembershipApi;

/**
 * A product's price for the current shopper (customer token, cart or guest) and the quantity tiers they can
 * reach: what a storefront shows beside the host's product detail. A product the shopper may not browse is not
 * found, as in the host's catalog; one whose price is hidden from them is answered without prices.
 */
@RestController
@MembershipApi
class ShopperPriceApiController {

    private final CurrentShopper currentShopper;
    private final GroupPricingService pricing;
    private final CatalogDirectory catalog;
    private final AccessViews accessViews;
    private final ProductCategoryLookup productCategories;

    ShopperPriceApiController(CurrentShopper currentShopper, GroupPricingService pricing, CatalogDirectory catalog,
            AccessViews accessViews, ProductCategoryLookup productCategories) {
        this.currentShopper = currentShopper;
        this.pricing = pricing;
        this.catalog = catalog;
        this.accessViews = accessViews;
        this.productCategories = productCategories;
    }

    @GetMapping("/api/v1/membership/products/{productId}/prices")
    Map<String, Object> prices(@PathVariable long productId) {
        Shopper shopper = currentShopper.get();
        Access access = access(shopper, productId);
        ProductFacts product = catalog.productFacts(shopper.storeCode(), productId).filter(any -> access.isListed())
                .orElseThrow(() -> new NotFoundException("membership.product.not-found", productId));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("productId", productId);
        if (!access.showsPrice()) {
            body.put("priceHidden", true);
            return body;
        }
        ShopperGroups groups = pricing.groupsOf(shopper);
        PriceQuote one = pricing.quote(groups, product, 1);
        body.put("currency", product.currency.getCurrencyCode());
        body.put("basePrice", one.basePrice());
        body.put("price", one.finalPrice());
        body.put("memberPrice", one.changesPrice());
        body.put("tiers", pricing.tiers(groups, product));
        return body;
    }

    private Access access(Shopper shopper, long productId) {
        return accessViews.viewOf(shopper).ofProduct(productCategories.categoriesOf(List.of(productId))
                .getOrDefault(productId, Set.of()));
    }
}
