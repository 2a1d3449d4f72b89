package io.smm.membership.host.access;

import java.util.Optional;

import org.aspectj.lang.ProceedingJoinPoint;
import org.aspectj.lang.annotation.Around;
import org.aspectj.lang.annotation.Aspect;

import io.smm.membership.access.AccessView;

/**
 * Category restriction on the host's catalog answers (docs/host-seams.md#category-restriction-listing): product
 * lists, v1 and v2, are filtered in the host's own query, so their totals and page sizes stay exact. Owner paths and
 * work outside a request are never touched.
 */
@Aspect
public class CatalogAccessAdvice {

    private final ShopperAccess access;
    private final UnlistedProductsSession unlisted;

    CatalogAccessAdvice(ShopperAccess access, UnlistedProductsSession unlisted) {
        this.access = access;
        this.unlisted = unlisted;
    }

    @Around("(bean(productFacade) || bean(productFacadeV2)) && execution(* getProductListsByCriterias(..))")
    public Object aroundProductList(ProceedingJoinPoint call) throws Throwable {
        Optional<AccessView> view = access.restricting();
        if (view.isEmpty() || view.get().unlistedCategoryIds().isEmpty()) {
            return call.proceed();
        }
        return unlisted.proceedFiltered(view.get(), call);
    }
}
