package io.smm.membership.admin.catalog;

import java.util.List;
import java.util.Locale;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import io.smm.membership.admin.web.AdminPaths;
import io.smm.membership.catalog.CatalogItem;
import io.smm.membership.catalog.CatalogLookupService;
import io.smm.membership.identity.CurrentOwner;

/**
 * What the pages' pickers ask while the owner types: the store's products and categories by name, SKU, code or
 * id, or by a list of ids, as JSON in the page's language, behind the pages' own login.
 */
@Controller
class CatalogAdminController {

    private final CurrentOwner owner;
    private final CatalogLookupService catalog;

    CatalogAdminController(CurrentOwner owner, CatalogLookupService catalog) {
        this.owner = owner;
        this.catalog = catalog;
    }

    @GetMapping(path = AdminPaths.CATALOG + "/products", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    List<CatalogItem> products(@RequestParam(required = false) String q,
            @RequestParam(required = false) Integer size, @RequestParam(required = false) String ids,
            Locale locale) {
        String store = owner.get().storeCode();
        return ids != null ? catalog.productsByIds(store, CatalogLabels.idsIn(ids), locale)
                : catalog.searchProducts(store, q, size, locale);
    }

    @GetMapping(path = AdminPaths.CATALOG + "/categories", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    List<CatalogItem> categories(@RequestParam(required = false) String q,
            @RequestParam(required = false) Integer size, @RequestParam(required = false) String ids,
            Locale locale) {
        String store = owner.get().storeCode();
        return ids != null ? catalog.categoriesByIds(store, CatalogLabels.idsIn(ids), locale)
                : catalog.searchCategories(store, q, size, locale);
    }
}
