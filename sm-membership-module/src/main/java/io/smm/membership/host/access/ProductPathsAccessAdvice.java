package io.smm.membership.host.access;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import javax.servlet.http.HttpServletRequest;

import org.aspectj.lang.ProceedingJoinPoint;
import org.aspectj.lang.annotation.Around;
import org.aspectj.lang.annotation.Aspect;
import org.springframework.web.servlet.HandlerMapping;

import com.salesmanager.core.model.catalog.product.Product;
import com.salesmanager.shop.model.catalog.product.ReadableProduct;

import io.smm.membership.access.AccessView;
import io.smm.membership.host.web.HostPaths;

/**
 * Category restriction on what hangs off a product (docs/host-seams.md#category-restriction-other-paths): the
 * host's related items, reviews and images controllers first load the product with {@code productService.getById};
 * on those paths a product the shopper may not browse is not found there, so each controller answers as for an
 * unknown product. Related items and featured groups leave out the products the shopper may not browse and mark
 * the others as listings do.
 */
@Aspect
public class ProductPathsAccessAdvice {

    /** The pattern Spring matched, whatever the request's spelling of the path. */
    private static final Pattern PRODUCT_PARTS = Pattern.compile("/api/v1/product/\\{\\w+}/(related|reviews|images)");

    private final ShopperAccess access;
    private final ListedProducts listed;
    private final CatalogAccessAdvice lists;

    ProductPathsAccessAdvice(ShopperAccess access, ListedProducts listed, CatalogAccessAdvice lists) {
        this.access = access;
        this.listed = listed;
        this.lists = lists;
    }

    @Around("bean(productService) && execution(* getById(..)) && args(id)")
    public Object aroundProductOfPath(ProceedingJoinPoint call, Long id) throws Throwable {
        Object product = call.proceed();
        if (!(product instanceof Product) || !isPathProduct(id)) {
            return product;
        }
        Optional<AccessView> view = access.restricting();
        boolean hidden = view.isPresent()
                && !view.get().ofProduct(CartAccessAdvice.categoryIds((Product) product)).isListed();
        return hidden ? null : product;
    }

    /** The host answers null, not an empty list, for a product without related items. */
    @Around("bean(productFacade) && execution(* relatedItems(..))")
    public Object aroundRelated(ProceedingJoinPoint call) throws Throwable {
        Object answer = call.proceed();
        Optional<AccessView> view = access.restricting();
        if (view.isEmpty() || !(answer instanceof List)) {
            return answer;
        }
        @SuppressWarnings("unchecked")
        List<ReadableProduct> shown = listed.of((List<ReadableProduct>) answer, view.get());
        return shown.isEmpty() ? null : shown;
    }

    /** The group is a product list: filtered in the host's query and marked, as the listing is. */
    @Around("bean(productItemsFacadeImpl) && execution(* listItemsByGroup(..))")
    public Object aroundGroup(ProceedingJoinPoint call) throws Throwable {
        return lists.aroundProductList(call);
    }

    private static boolean isPathProduct(Long id) {
        HttpServletRequest request = HostPaths.currentRequest();
        if (request == null || !"GET".equals(request.getMethod())) {
            return false;
        }
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        return pattern != null && PRODUCT_PARTS.matcher(pattern.toString()).matches()
                && variables instanceof Map && ((Map<?, ?>) variables).containsValue(String.valueOf(id));
    }
}
