package io.smm.membership.host.access;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

import org.aspectj.lang.ProceedingJoinPoint;
import org.aspectj.lang.annotation.Around;
import org.aspectj.lang.annotation.Aspect;

import com.salesmanager.core.model.merchant.MerchantStore;
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
    private final UnknownProduct unknown = new UnknownProduct();

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

    /** By id: the host throws its not-found exception. */
    @Around("bean(productCommonFacade) && execution(* getProduct(..))")
    public Object aroundProductById(ProceedingJoinPoint call) throws Throwable {
        return detail(call, id -> {
            throw unknown.notFound("Product [" + id + "] not found");
        });
    }

    /** By SKU or friendly URL, v1: the host's facade answers null and its controller says not found. */
    @Around("bean(productFacade) && (execution(* getProduct(..)) || execution(* getProductBySeUrl(..))"
            + " || execution(* getProductByCode(..)))")
    public Object aroundProductByKey(ProceedingJoinPoint call) throws Throwable {
        return detail(call, id -> null);
    }

    /** By SKU or friendly URL, v2: the host throws its not-found exception naming the key and the store. */
    @Around("bean(productFacadeV2) && (execution(* getProduct(..)) || execution(* getProductBySeUrl(..))"
            + " || execution(* getProductByCode(..)))")
    public Object aroundProductByKeyV2(ProceedingJoinPoint call) throws Throwable {
        return detail(call, id -> {
            throw unknown.notFound("Product [" + call.getArgs()[1] + "] not found for merchant ["
                    + ((MerchantStore) call.getArgs()[0]).getCode() + "]");
        });
    }

    /** The host's product, marked; or, when the shopper may not browse it, the host's answer for an unknown one. */
    private Object detail(ProceedingJoinPoint call, LongFunction<Object> unknownAnswer) throws Throwable {
        Object answer = call.proceed();
        Optional<AccessView> view = access.restricting();
        if (view.isEmpty() || !(answer instanceof ReadableProduct)) {
            return answer;
        }
        long productId = ((ReadableProduct) answer).getId();
        Access product = view.get().ofProduct(categories.of(productId));
        if (!product.isListed()) {
            return unknownAnswer.apply(productId);
        }
        return MarkedProduct.of((ReadableProduct) answer, product, flags);
    }
}
