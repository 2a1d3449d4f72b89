package io.smm.membership.access;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import javax.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.smm.membership.catalog.CatalogItem;
import io.smm.membership.catalog.CatalogNames;
import io.smm.membership.errors.NotFoundException;
import io.smm.membership.identity.CurrentShopper;
import io.smm.membership.identity.Shopper;
import io.smm.membership.time.Instants;
import io.smm.membership.web.MembershipApi;

/**
 * What the current shopper may do with a product or category and, if not, what would let them
 * (docs/category-access.md#shopper-json). A product the shopper does not see is answered as one that does not
 * exist; a category is answered anyway, without its name, so that a storefront can say how to enter it.
 */
@RestController
@MembershipApi
@RequestMapping("/api/v1/membership/access")
class ShopperAccessApiController {

    private final CurrentShopper currentShopper;
    private final CategoryAccessService views;
    private final CategoryTree tree;
    private final CatalogNames names;
    private final AccessTexts texts;

    ShopperAccessApiController(CurrentShopper currentShopper, CategoryAccessService views, CategoryTree tree,
            CatalogNames names, AccessTexts texts) {
        this.currentShopper = currentShopper;
        this.views = views;
        this.tree = tree;
        this.names = names;
        this.texts = texts;
    }

    @GetMapping("/products/{productId}")
    Map<String, Object> product(@PathVariable long productId, @RequestParam(required = false) String lang,
            HttpServletRequest request) {
        Shopper shopper = currentShopper.get();
        NotFoundException unknown = new NotFoundException("membership.product.not-found", productId);
        List<Long> categoryIds = tree.categoriesOf(shopper.storeCode(), productId).orElseThrow(() -> unknown);
        Access access = views.viewOf(shopper).ofProduct(categoryIds);
        if (!access.isListed()) {
            throw unknown;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("productId", productId);
        return describe(body, access, CategoryAccessOwnerApiController.localeOf(lang, request));
    }

    @GetMapping("/categories/{categoryId}")
    Map<String, Object> category(@PathVariable long categoryId, @RequestParam(required = false) String lang,
            HttpServletRequest request) {
        Shopper shopper = currentShopper.get();
        Access access = views.viewOf(shopper).ofCategory(categoryId);
        if (!views.hasCategory(shopper.storeCode(), categoryId)) {
            throw new NotFoundException("membership.access.category.not-found", categoryId);
        }
        Locale locale = CategoryAccessOwnerApiController.localeOf(lang, request);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("categoryId", categoryId);
        if (access.isListed()) {
            CatalogItem item = names.categories(shopper.storeCode(), List.of(categoryId), locale).get(categoryId);
            body.put("name", item == null ? null : item.getName());
        }
        return describe(body, access, locale);
    }

    private Map<String, Object> describe(Map<String, Object> body, Access access, Locale locale) {
        body.put("listed", access.isListed());
        body.put("coming", access.isComing());
        body.put("browse", permission(access, Permission.BROWSE));
        body.put("seePrice", permission(access, Permission.SEE_PRICE));
        body.put("buy", permission(access, Permission.BUY));
        body.put("reason", access.reason().map(reason -> reason(reason, locale)).orElse(null));
        return body;
    }

    private static Map<String, Object> permission(Access access, Permission permission) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("state", access.state(permission).name());
        state.put("opensAt", Instants.iso(blockedUntil(access, permission)));
        return state;
    }

    /** When the permission that holds this one back (itself, or one before it) opens; null if none opens later. */
    private static Instant blockedUntil(Access access, Permission permission) {
        for (Permission needed : Permission.values()) {
            if (access.state(needed) == Access.State.NOT_YET) {
                return access.opensAt(needed).orElse(null);
            }
            if (needed == permission) {
                return null;
            }
        }
        return null;
    }

    private Map<String, Object> reason(AccessReason reason, Locale locale) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("missing", reason.missing().name());
        body.put("kind", reason.kind().name());
        body.put("groups", reason.groupIds().stream().map(views::group).flatMap(Optional::stream)
                .map(group -> {
                    Map<String, Object> named = new LinkedHashMap<>();
                    named.put("id", group.id);
                    named.put("code", group.code);
                    named.put("name", group.name.in(locale));
                    return named;
                }).collect(Collectors.toList()));
        body.put("opensAt", Instants.iso(reason.opensAt().orElse(null)));
        body.put("message", texts.message(reason, locale));
        return body;
    }
}
