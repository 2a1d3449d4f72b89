package io.smm.membership.host.access;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.aspectj.lang.ProceedingJoinPoint;
import org.aspectj.lang.annotation.Around;
import org.aspectj.lang.annotation.Aspect;
import org.springframework.beans.PropertyAccessorFactory;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.salesmanager.core.model.merchant.MerchantStore;
import com.salesmanager.core.model.reference.language.Language;
import com.salesmanager.shop.model.entity.ValueList;

import io.smm.membership.access.Access;
import io.smm.membership.access.AccessView;

/**
 * Category restriction on the host's search (docs/host-seams.md#category-restriction-search). The host answers from
 * its search index, which knows nothing of groups and keeps the price of the time the product was indexed, so the
 * answers are filtered on their way out of {@code searchFacade}: a product the shopper may not browse is left out,
 * one whose price is hidden comes without its prices and with the {@code membershipAccess} flag, and no item names
 * a category the shopper may not browse; a suggestion that only names products the shopper may not browse is left
 * out.
 */
@Aspect
public class SearchAccessAdvice {

    private final ObjectMapper json = new ObjectMapper();
    private final ShopperAccess access;
    private final ProductCategories categories;
    private final ProductNames names;
    private final AccessFlags flags;

    SearchAccessAdvice(ShopperAccess access, ProductCategories categories, ProductNames names, AccessFlags flags) {
        this.access = access;
        this.categories = categories;
        this.names = names;
        this.flags = flags;
    }

    /** The search starter's item class is in no published jar: its {@code id} is read by name. */
    @Around("bean(searchFacade) && execution(* search(..))")
    public Object aroundSearch(ProceedingJoinPoint call) throws Throwable {
        Object answer = call.proceed();
        Optional<AccessView> view = access.restricting();
        if (view.isEmpty() || !(answer instanceof List)) {
            return answer;
        }
        List<?> items = (List<?>) answer;
        Map<Long, Set<Long>> held = categories.categoriesOf(items.stream().map(SearchAccessAdvice::productId)
                .filter(Objects::nonNull).collect(Collectors.toList()));
        List<Object> shown = new ArrayList<>();
        for (Object item : items) {
            Set<Long> holding = held.getOrDefault(productId(item), Set.of());
            Access product = view.get().ofProduct(holding);
            boolean inUnlisted = holding.stream().anyMatch(category -> !view.get().ofCategory(category).isListed());
            if (productId(item) != null && product.isListed()) {
                shown.add(product.mayBuy() && !inUnlisted ? item : marked(item, product, inUnlisted));
            }
        }
        return shown;
    }

    @Around("bean(searchFacade) && execution(* autocompleteRequest(..)) && args(*, store, language)")
    public Object aroundAutocomplete(ProceedingJoinPoint call, MerchantStore store, Language language)
            throws Throwable {
        Object answer = call.proceed();
        Optional<AccessView> view = access.restricting();
        if (view.isEmpty() || !(answer instanceof ValueList) || ((ValueList) answer).getValues() == null) {
            return answer;
        }
        ValueList suggestions = (ValueList) answer;
        suggestions.setValues(suggestions.getValues().stream()
                .filter(value -> value == null || namesAListedProduct(value, store, language, view.get()))
                .collect(Collectors.toList()));
        return suggestions;
    }

    /** True also for a suggestion that names no product at all (a category's word). */
    private boolean namesAListedProduct(String value, MerchantStore store, Language language, AccessView view) {
        List<Long> named = names.productsNaming(store, language, value);
        Map<Long, Set<Long>> held = categories.categoriesOf(named);
        return named.isEmpty() || named.stream().anyMatch(id -> view.ofProduct(held.getOrDefault(id, Set.of()))
                .isListed());
    }

    private static Long productId(Object item) {
        Object id = PropertyAccessorFactory.forBeanPropertyAccess(item).getPropertyValue("id");
        return id == null ? null : Long.valueOf(id.toString());
    }

    /**
     * The item as the host writes it, without its category's name when the product is also in a category the
     * shopper may not browse (the index keeps the name of the product's first category, whichever that is), its
     * index prices blank when hidden and the flag when the shopper may not simply buy it.
     */
    private Map<String, Object> marked(Object item, Access product, boolean inUnlisted) {
        @SuppressWarnings("unchecked")
        Map<String, Object> copy = json.convertValue(item, LinkedHashMap.class);
        if (inUnlisted) {
            copy.put("category", null);
        }
        if (!product.showsPrice() && copy.get("inventory") instanceof List) {
            for (Object entry : (List<?>) copy.get("inventory")) {
                if (entry instanceof Map) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> inventory = (Map<String, Object>) entry;
                    inventory.replaceAll((key, value) -> key.contains("PRICE") || key.contains("DISCOUNT")
                            ? null : value);
                }
            }
        }
        if (!product.mayBuy()) {
            copy.put("membershipAccess", flags.of(product));
        }
        return copy;
    }
}
