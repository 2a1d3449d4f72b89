package io.smm.harness.catalog;

import java.util.List;

import org.springframework.stereotype.Component;

import com.salesmanager.core.business.exception.ServiceException;
import com.salesmanager.core.model.merchant.MerchantStore;
import com.salesmanager.core.model.reference.language.Language;
import com.salesmanager.shop.model.catalog.product.ReadableProductList;

/**
 * Bean {@code productItemsFacadeImpl} (the host's {@code @Component} without a name), the seam behind
 * {@code GET /api/v1/products/group/{code}}: the group's products, unpaged; an unknown or empty group is an empty
 * list, never 404 (the host's null check tests the code, not the group).
 */
@Component("productItemsFacadeImpl")
public class StandInProductItemsFacade {

    private final StandInProductService productService;
    private final ProductViews views;

    public StandInProductItemsFacade(StandInProductService productService, ProductViews views) {
        this.productService = productService;
        this.views = views;
    }

    public ReadableProductList listItemsByGroup(String group, MerchantStore store, Language language)
            throws ServiceException {
        List<Long> ids = productService.listGroupProductIds(store, group);
        ReadableProductList list = ids.isEmpty() ? new ReadableProductList()
                : views.toList(productService.listByIds(store, ids), store, language);
        list.setTotalPages(1);
        return list;
    }
}
