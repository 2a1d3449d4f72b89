package io.smm.harness.catalog;

import java.text.SimpleDateFormat;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import com.salesmanager.core.business.exception.ServiceException;
import com.salesmanager.core.model.catalog.product.Product;
import com.salesmanager.core.model.catalog.product.review.ProductReview;
import com.salesmanager.core.model.merchant.MerchantStore;
import com.salesmanager.core.model.reference.language.Language;
import com.salesmanager.shop.model.catalog.product.ReadableProduct;
import com.salesmanager.shop.model.catalog.product.ReadableProductReview;

import io.smm.harness.web.ResourceNotFoundException;


/**
 * Bean {@code productCommonFacade}, the host's seam behind {@code GET /api/v1/product/{id}} and
 * {@code /api/v1/product/{id}/reviews} (whose controller loads the product first and answers 404 itself).
 */
@Component("productCommonFacade")
public class StandInProductCommonFacade {

    private final StandInProductService productService;
    private final ProductViews views;

    public StandInProductCommonFacade(StandInProductService productService, ProductViews views) {
        this.productService = productService;
        this.views = views;
    }

    /**
     * The store's product.
     *
     * @throws ResourceNotFoundException (404) when no product of this store has the id
     */
    public ReadableProduct getProduct(MerchantStore store, Long id, Language language) throws ServiceException {
        Product product = productService.getById(id);
        if (product == null || !product.getMerchantStore().getId().equals(store.getId())) {
            // the host's text: its product service finds only the store's products (productService.findOne)
            throw new ResourceNotFoundException("Product [" + id + "] not found");
        }
        return views.toReadable(product, store, language);
    }

    /** The product's reviews: id, product id, rating, date ({@code yyyy-MM-dd}), text in the review's language. */
    public List<ReadableProductReview> getProductReviews(Product product, MerchantStore store, Language language) {
        return productService.listReviews(product).stream().map(StandInProductCommonFacade::review)
                .collect(Collectors.toList());
    }

    private static ReadableProductReview review(ProductReview review) {
        ReadableProductReview readable = new ReadableProductReview();
        readable.setId(review.getId());
        readable.setProductId(review.getProduct().getId());
        readable.setRating(review.getReviewRating());
        if (review.getReviewDate() != null) {
            readable.setDate(new SimpleDateFormat("yyyy-MM-dd").format(review.getReviewDate()));
        }
        review.getDescriptions().stream().findFirst().ifPresent(description -> {
            readable.setDescription(description.getDescription());
            readable.setLanguage(description.getLanguage().getCode());
        });
        return readable;
    }
}
