package io.smm.harness.catalog;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import javax.servlet.http.HttpServletResponse;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.salesmanager.core.business.exception.ServiceException;
import com.salesmanager.core.model.catalog.product.Product;
import com.salesmanager.core.model.merchant.MerchantStore;
import com.salesmanager.core.model.reference.language.Language;
import com.salesmanager.shop.model.catalog.manufacturer.ReadableManufacturer;
import com.salesmanager.shop.model.catalog.product.ReadableImage;
import com.salesmanager.shop.model.catalog.product.ReadableProduct;
import com.salesmanager.shop.model.catalog.product.ReadableProductList;
import com.salesmanager.shop.model.catalog.product.ReadableProductReview;

import io.smm.harness.web.ResourceNotFoundException;

/**
 * What hangs off products and categories, as the host's {@code ProductGroupApi}, {@code ProductRelationshipApi},
 * {@code ProductReviewApi}, {@code ProductImageApi} and {@code ProductManufacturerApi} serve it. Related items
 * and reviews load the product by id in the controller (any store) and {@code sendError(404)} when there is none;
 * images answer the host's {@link ResourceNotFoundException} for an unknown or other store's product, with the
 * images read in the controller (no facade).
 */
@RestController
@RequestMapping("/api/v1")
class ProductPartsApiController {

    private final StandInProductService productService;
    private final StandInProductFacade productFacade;
    private final StandInProductCommonFacade productCommonFacade;
    private final StandInProductItemsFacade productItemsFacade;
    private final StandInManufacturerFacade manufacturerFacade;

    ProductPartsApiController(StandInProductService productService, StandInProductFacade productFacade,
            StandInProductCommonFacade productCommonFacade, StandInProductItemsFacade productItemsFacade,
            StandInManufacturerFacade manufacturerFacade) {
        this.productService = productService;
        this.productFacade = productFacade;
        this.productCommonFacade = productCommonFacade;
        this.productItemsFacade = productItemsFacade;
        this.manufacturerFacade = manufacturerFacade;
    }

    @GetMapping("/products/group/{code}")
    public ReadableProductList group(@PathVariable String code, MerchantStore store, Language language)
            throws ServiceException {
        return productItemsFacade.listItemsByGroup(code, store, language);
    }

    @GetMapping("/product/{id}/related")
    public List<ReadableProduct> related(@PathVariable Long id, MerchantStore store, Language language,
            HttpServletResponse response) throws ServiceException, IOException {
        Product product = productService.getById(id);
        if (product == null) {
            response.sendError(404, "Product id " + id + " does not exists");
            return null;
        }
        return productFacade.relatedItems(store, product, language);
    }

    @GetMapping("/product/{id}/reviews")
    public List<ReadableProductReview> reviews(@PathVariable Long id, MerchantStore store, Language language,
            HttpServletResponse response) throws IOException {
        Product product = productService.getById(id);
        if (product == null) {
            response.sendError(404, "Product id " + id + " does not exists");
            return null;
        }
        return productCommonFacade.getProductReviews(product, store, language);
    }

    @GetMapping("/product/{productId}/images")
    public List<ReadableImage> images(@PathVariable Long productId, MerchantStore store) {
        Product product = productService.getById(productId);
        if (product == null || !product.getMerchantStore().getId().equals(store.getId())) {
            throw new ResourceNotFoundException("Product images not found for product id [" + productId
                    + "] and merchant [" + store.getCode() + "]");
        }
        return product.getImages().stream().map(ProductViews::image)
                .sorted(Comparator.comparing(ReadableImage::getId))
                .collect(Collectors.toList());
    }

    @GetMapping("/category/{id}/manufacturer")
    public List<ReadableManufacturer> manufacturers(@PathVariable Long id, MerchantStore store,
            Language language) {
        return manufacturerFacade.getByProductInCategory(store, language, id);
    }
}
