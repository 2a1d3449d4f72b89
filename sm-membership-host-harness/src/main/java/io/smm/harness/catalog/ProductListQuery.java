package io.smm.harness.catalog;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.lang3.StringUtils;

import com.salesmanager.core.model.catalog.product.ProductCriteria;
import com.salesmanager.core.model.reference.language.Language;

/** The query parameters of {@code GET /api/v1/products} and {@code /api/v2/products}, bound by name. */
public class ProductListQuery {

    private Long category;
    private String name;
    private String sku;
    private int page;
    private int count = 100;

    public void setCategory(Long category) {
        this.category = category;
    }

    public void setName(String name) {
        this.name = name;
    }

    public void setSku(String sku) {
        this.sku = sku;
    }

    public void setPage(int page) {
        this.page = page;
    }

    public void setCount(int count) {
        this.count = count;
    }

    ProductCriteria toCriteria(Language language) {
        ProductCriteria criteria = new ProductCriteria();
        criteria.setLanguage(language.getCode());
        if (category != null) {
            criteria.setCategoryIds(new ArrayList<>(List.of(category)));
        }
        if (!StringUtils.isBlank(name)) {
            criteria.setProductName(name);
        }
        if (!StringUtils.isBlank(sku)) {
            criteria.setCode(sku);
        }
        criteria.setStartPage(page);
        criteria.setMaxCount(count);
        return criteria;
    }
}
