package io.smm.harness.order;

import java.util.ArrayList;
import java.util.List;

import javax.annotation.Resource;

import org.apache.commons.lang3.StringUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

import com.salesmanager.core.model.catalog.product.Product;
import com.salesmanager.core.model.customer.Customer;
import com.salesmanager.core.model.merchant.MerchantStore;
import com.salesmanager.core.model.order.OrderSummary;
import com.salesmanager.core.model.order.OrderTotal;
import com.salesmanager.core.model.order.OrderTotalVariation;
import com.salesmanager.core.model.order.RebatesOrderTotalVariation;
import com.salesmanager.core.model.reference.language.Language;
import com.salesmanager.core.model.shoppingcart.ShoppingCartItem;
import com.salesmanager.core.modules.order.total.OrderTotalPostProcessorModule;

import io.smm.harness.catalog.StandInProductService;

/**
 * Bean {@code OrderTotalService}: asks every module of {@code orderTotalsPostProcessors} about every item and
 * collects the non-null answers; a blank {@code text} becomes the product's name. The product is re-read
 * by the item's product id (3.2.5 uses the item's sku, which 2.16.0 items lack).
 */
@Service("OrderTotalService")
public class StandInOrderTotalService {

    @Autowired
    @Resource(name = "orderTotalsPostProcessors")
    private List<OrderTotalPostProcessorModule> orderTotalPostProcessors;

    private final StandInProductService productService;

    public StandInOrderTotalService(StandInProductService productService) {
        this.productService = productService;
    }

    public OrderTotalVariation findOrderTotalVariation(OrderSummary summary, Customer customer,
            MerchantStore store, Language language) throws Exception {
        List<OrderTotal> totals = new ArrayList<>();
        for (OrderTotalPostProcessorModule module : orderTotalPostProcessors) {
            for (ShoppingCartItem item : summary.getProducts()) {
                Product product = productService.getById(item.getProductId());
                OrderTotal total = module.caculateProductPiceVariation(summary, item, product, customer, store);
                if (total == null) {
                    continue;
                }
                if (StringUtils.isBlank(total.getText())) {
                    total.setText(product.getProductDescription().getName());
                }
                totals.add(total);
            }
        }
        RebatesOrderTotalVariation variation = new RebatesOrderTotalVariation();
        variation.setVariations(totals);
        return variation;
    }
}
