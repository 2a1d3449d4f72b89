package io.smm.membership.host.access;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.salesmanager.shop.model.catalog.product.ReadableProduct;

import io.smm.membership.access.Access;
import io.smm.membership.access.AccessView;

/** The products of a host answer the shopper may browse, in the host's order, marked as {@link MarkedProduct}. */
final class ListedProducts {

    private final ProductCategories categories;
    private final AccessFlags flags;

    ListedProducts(ProductCategories categories, AccessFlags flags) {
        this.categories = categories;
        this.flags = flags;
    }

    List<ReadableProduct> of(List<ReadableProduct> products, AccessView view) {
        Map<Long, Set<Long>> held = categories.categoriesOf(products.stream().map(ReadableProduct::getId)
                .collect(Collectors.toList()));
        return products.stream()
                .filter(product -> access(view, held, product.getId()).isListed())
                .map(product -> MarkedProduct.of(product, access(view, held, product.getId()), flags))
                .collect(Collectors.toList());
    }

    private static Access access(AccessView view, Map<Long, Set<Long>> held, long productId) {
        return view.ofProduct(held.getOrDefault(productId, Set.of()));
    }
}
