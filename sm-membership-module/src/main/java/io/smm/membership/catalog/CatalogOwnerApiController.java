package io.smm.membership.catalog;

import java.util.List;

import javax.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.smm.membership.identity.CurrentOwner;
import io.smm.membership.web.MembershipApi;
import io.smm.membership.web.RequestLocale;

/**
 * The owner's look-up of the store's products and categories, under the host's admin JWT chain: by name, SKU,
 * code or id ({@code q}, at most {@code size} answers, 20 at most), or by a list of ids ({@code ids=1,2}), named in
 * the request's language.
 */
@RestController
@MembershipApi
@RequestMapping("/api/v1/private/membership/catalog")
class CatalogOwnerApiController {

    private final CurrentOwner owner;
    private final CatalogLookupService catalog;

    CatalogOwnerApiController(CurrentOwner owner, CatalogLookupService catalog) {
        this.owner = owner;
        this.catalog = catalog;
    }

    @GetMapping("/products")
    List<CatalogItem> products(@RequestParam(required = false) String q, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) List<Long> ids, HttpServletRequest request) {
        String store = owner.get().storeCode();
        if (ids != null) {
            return catalog.productsByIds(store, ids, RequestLocale.of(request));
        }
        return catalog.searchProducts(store, q, size, RequestLocale.of(request));
    }

    @GetMapping("/categories")
    List<CatalogItem> categories(@RequestParam(required = false) String q,
            @RequestParam(required = false) Integer size, @RequestParam(required = false) List<Long> ids,
            HttpServletRequest request) {
        String store = owner.get().storeCode();
        if (ids != null) {
            return catalog.categoriesByIds(store, ids, RequestLocale.of(request));
        }
        return catalog.searchCategories(store, q, size, RequestLocale.of(request));
    }
}
