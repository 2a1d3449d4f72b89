package io.smm.membership.host.access;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.aspectj.lang.ProceedingJoinPoint;
import org.aspectj.lang.annotation.Around;
import org.aspectj.lang.annotation.Aspect;

import com.salesmanager.shop.model.catalog.product.ReadableProduct;
import com.salesmanager.shop.model.catalog.product.ReadableProductList;

import io.smm.membership.access.Access;
import io.smm.membership.access.AccessView;

/**
 * Category restriction on the host's catalog answers (docs/host-seams.md#category-restriction): product lists, v1
 * and v2, are filtered in the host's own query, so their totals and page sizes stay exact; a product's detail, by
 * id, friendly URL or SKU, is answered as the host answers a product it does not have. A listed product the shopper
 * may not buy is marked, its prices blank when hidden. Owner paths and work outside a request are never touched.
 */
@Aspect
public class CatalogAccessAdvice {

    private final ShopperAccess access;
    private final UnlistedProductsSession unlisted;
    private final ProductCategories categories;
    private final AccessFlags flags;

    CatalogAccessAdvice(ShopperAccess access, UnlistedProductsSession unlisted, ProductCategories categories,
            AccessFlags flags) {
        this.access = access;
        this.unlisted = unlisted;
        this.categories = categories;
        this.flags = flags;
    }

    @Around("(bean(productFacade) || bean(productFacadeV2)) && execution(* getProductListsByCriterias(..))")
    public Object aroundProductList(ProceedingJoinPoint call) throws Throwable {
        Optional<AccessView> view = access.restricting();
        if (view.isEmpty()) {
            return call.proceed();
        }
        Object answer = view.get().unlistedCategoryIds().isEmpty() ? call.proceed()
                : unlisted.proceedFiltered(view.get(), call);
        if (answer instanceof ReadableProductList && ((ReadableProductList) answer).getProducts() != null) {
            ReadableProductList list = (ReadableProductList) answer;
            Map<Long, Set<Long>> held = categories.categoriesOf(list.getProducts().stream().map(ReadableProduct::getId)
                    .collect(Collectors.toList()));
            List<ReadableProduct> marked = new ArrayList<>();
            for (ReadableProduct product : list.getProducts()) {
                marked.add(MarkedProduct.of(product,
                        view.get().ofProduct(held.getOrDefault(product.getId(), Set.of())), flags));
            }
            list.setProducts(marked);
        }
        return answer;
    }

    /**
     * Detail by id, SKU or friendly URL, v1 and v2: a product the shopper may not browse gets the host's own answer
     * for one that does not exist on that path (a not-found exception, or null that its controller turns into 404).
     */
    @Around("(bean(productCommonFacade) || bean(productFacade) || bean(productFacadeV2))"
            + " && (execution(* getProduct(..)) || execution(* getProductBySeUrl(..))"
            + " || execution(* getProductByCode(..)))")
    public Object aroundProductDetail(ProceedingJoinPoint call) throws Throwable {
        Object answer = call.proceed();
        Optional<AccessView> view = access.restricting();
        if (view.isEmpty() || !(answer instanceof ReadableProduct)) {
            return answer;
        }
        Access product = view.get().ofProduct(categories.of(((ReadableProduct) answer).getId()));
        if (!product.isListed()) {
            return AsUnknown.replay(call, 1, call.getArgs()[1] instanceof String ? AsUnknown.NO_KEY
                    : AsUnknown.NO_ID);
        }
        return MarkedProduct.of((ReadableProduct) answer, product, flags);
    }
}
