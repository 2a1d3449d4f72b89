package io.smm.membership.host.access;

import java.util.Optional;

import org.aspectj.lang.ProceedingJoinPoint;
import org.aspectj.lang.annotation.Around;
import org.aspectj.lang.annotation.Aspect;

import com.salesmanager.shop.model.catalog.product.ReadableProduct;

import io.smm.membership.access.Access;
import io.smm.membership.access.AccessView;

/**
 * Category restriction on the host's catalog answers (docs/host-seams.md#category-restriction-listing): product
 * lists, v1 and v2, are filtered in the host's own query, so their totals and page sizes stay exact; a product's
 * detail, by id, friendly URL or SKU, is answered as the host answers a product it does not have. Owner paths and
 * work outside a request are never touched.
 */
@Aspect
public class CatalogAccessAdvice {

    private final ShopperAccess access;
    private final UnlistedProductsSession unlisted;
    private final ProductCategories categories;
    private final UnknownProduct unknown = new UnknownProduct();

    CatalogAccessAdvice(ShopperAccess access, UnlistedProductsSession unlisted, ProductCategories categories) {
        this.access = access;
        this.unlisted = unlisted;
        this.categories = categories;
    }

    @Around("(bean(productFacade) || bean(productFacadeV2)) && execution(* getProductListsByCriterias(..))")
    public Object aroundProductList(ProceedingJoinPoint call) throws Throwable {
        Optional<AccessView> view = access.restricting();
        if (view.isEmpty() || view.get().unlistedCategoryIds().isEmpty()) {
            return call.proceed();
        }
        return unlisted.proceedFiltered(view.get(), call);
    }

    @Around("(bean(productCommonFacade) || bean(productFacade) || bean(productFacadeV2))"
            + " && (execution(* getProduct(..)) || execution(* getProductBySeUrl(..))"
            + " || execution(* getProductByCode(..)))")
    public Object aroundProductDetail(ProceedingJoinPoint call) throws Throwable {
        Object answer = call.proceed();
        Optional<AccessView> view = access.restricting();
        if (view.isEmpty() || !(answer instanceof ReadableProduct)) {
            return answer;
        }
        long productId = ((ReadableProduct) answer).getId();
        Access product = view.get().ofProduct(categories.of(productId));
        if (!product.isListed()) {
            throw unknown.notFound(productId);
        }
        return answer;
    }
}
