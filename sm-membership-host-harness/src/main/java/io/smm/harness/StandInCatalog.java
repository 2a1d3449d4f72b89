package io.smm.harness;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.salesmanager.core.business.exception.ServiceException;
import com.salesmanager.core.model.catalog.category.Category;
import com.salesmanager.core.model.catalog.category.CategoryDescription;
import com.salesmanager.core.model.catalog.product.Product;
import com.salesmanager.core.model.catalog.product.availability.ProductAvailability;
import com.salesmanager.core.model.catalog.product.description.ProductDescription;
import com.salesmanager.core.model.catalog.product.image.ProductImage;
import com.salesmanager.core.model.catalog.product.manufacturer.Manufacturer;
import com.salesmanager.core.model.catalog.product.manufacturer.ManufacturerDescription;
import com.salesmanager.core.model.catalog.product.relationship.ProductRelationship;
import com.salesmanager.core.model.catalog.product.relationship.ProductRelationshipType;
import com.salesmanager.core.model.catalog.product.review.ProductReview;
import com.salesmanager.core.model.catalog.product.review.ProductReviewDescription;
import com.salesmanager.core.model.catalog.product.price.ProductPrice;
import com.salesmanager.core.model.catalog.product.price.ProductPriceType;
import com.salesmanager.core.model.customer.Customer;
import com.salesmanager.core.model.merchant.MerchantStore;
import com.salesmanager.core.model.order.orderstatus.OrderStatus;
import com.salesmanager.core.model.reference.language.Language;
import com.salesmanager.core.model.shoppingcart.ShoppingCartItem;
import com.salesmanager.core.model.user.User;

import io.smm.harness.cart.StandInShoppingCartService;
import io.smm.harness.catalog.StandInCategoryService;
import io.smm.harness.catalog.StandInProductService;
import io.smm.harness.customer.StandInCustomerService;
import io.smm.harness.order.StandInOrderFacade;
import io.smm.harness.reference.StandInCurrencyService;
import io.smm.harness.reference.StandInLanguageService;
import io.smm.harness.reference.StandInMerchantStoreService;
import io.smm.harness.user.StandInGroupService;
import io.smm.harness.user.StandInUserService;
import io.smm.harness.web.UnknownResourceException;

/**
 * Creates host data for tests and the demo (bean {@code standInCatalog}), through JPA so that ids come from
 * {@code SM_SEQUENCER} as on the host. Each method is one transaction and returns the new row's id. Store
 * codes default to {@code DEFAULT}.
 */
@Service("standInCatalog")
@Transactional
public class StandInCatalog {

    private final StandInMerchantStoreService stores;
    private final StandInCurrencyService currencies;
    private final StandInCategoryService categories;
    private final StandInProductService products;
    private final StandInCustomerService customers;
    private final StandInUserService users;
    private final StandInGroupService groups;
    private final PasswordEncoder passwordEncoder;
    private final StandInShoppingCartService shoppingCarts;
    private final StandInOrderFacade orders;
    private final StandInLanguageService languages;

    public StandInCatalog(StandInMerchantStoreService stores, StandInCurrencyService currencies,
            StandInCategoryService categories, StandInProductService products, StandInCustomerService customers,
            StandInUserService users, StandInGroupService groups, PasswordEncoder passwordEncoder,
            StandInShoppingCartService shoppingCarts, StandInOrderFacade orders, StandInLanguageService languages) {
        this.stores = stores;
        this.currencies = currencies;
        this.categories = categories;
        this.products = products;
        this.customers = customers;
        this.users = users;
        this.groups = groups;
        this.passwordEncoder = passwordEncoder;
        this.shoppingCarts = shoppingCarts;
        this.orders = orders;
        this.languages = languages;
    }

    /** A root category of store {@code DEFAULT}. */
    public Long createCategory(String code, String name) {
        return createCategory(MerchantStore.DEFAULT_STORE, code, name, null);
    }

    /** A category of store {@code DEFAULT} under {@code parentId} (null for a root category). */
    public Long createCategory(String code, String name, Long parentId) {
        return createCategory(MerchantStore.DEFAULT_STORE, code, name, parentId);
    }

    public Long createCategory(String storeCode, String code, String name, Long parentId) {
        MerchantStore store = store(storeCode);
        Category category = new Category();
        category.setMerchantStore(store);
        category.setCode(code);
        category.setVisible(true);
        category.setCategoryStatus(true);
        category.setSortOrder(0);
        category.setParent(parentId == null ? null : categories.getById(parentId));
        CategoryDescription description = new CategoryDescription();
        description.setName(name);
        description.setLanguage(store.getDefaultLanguage());
        description.setCategory(category);
        description.setSeUrl(code.toLowerCase());
        category.getDescriptions().add(description);
        categories.create(category);
        return category.getId();
    }

    /**
     * Gives a category its name in one more language, as an owner translating the catalog does; the host language
     * with this code ({@code zh_TW}, {@code zh}...) is created and offered by the category's store if need be.
     */
    public void nameCategory(long categoryId, String languageCode, String name) {
        Category category = categories.getById(categoryId);
        CategoryDescription description = new CategoryDescription();
        description.setName(name);
        description.setLanguage(language(category.getMerchantStore(), languageCode));
        description.setCategory(category);
        description.setSeUrl(category.getCode().toLowerCase() + "-" + languageCode.toLowerCase());
        category.getDescriptions().add(description);
    }

    /** Gives a product its name in one more language; see {@link #nameCategory(long, String, String)}. */
    public void nameProduct(long productId, String languageCode, String name) {
        Product product = products.getById(productId);
        ProductDescription description = new ProductDescription();
        description.setName(name);
        description.setLanguage(language(product.getMerchantStore(), languageCode));
        description.setSeUrl(product.getSku().toLowerCase() + "-" + languageCode.toLowerCase());
        description.setProduct(product);
        product.getDescriptions().add(description);
    }

    public Long createProduct(NewProduct spec) {
        MerchantStore store = store(spec.getStoreCode());
        Product product = new Product();
        product.setSku(spec.getSku());
        product.setMerchantStore(store);
        product.setAvailable(true);
        product.setDateAvailable(new Date());
        product.setProductShipeable(true);
        ProductDescription description = new ProductDescription();
        description.setName(spec.getName());
        description.setLanguage(store.getDefaultLanguage());
        description.setSeUrl(spec.getSlug());
        description.setProduct(product);
        product.getDescriptions().add(description);
        for (Long categoryId : spec.getCategoryIds()) {
            product.getCategories().add(categories.getById(categoryId));
        }
        if (spec.getManufacturerId() != null) {
            product.setManufacturer(products.getManufacturer(spec.getManufacturerId()));
        }
        product.getAvailabilities().add(availability(product, store, spec));
        try {
            products.create(product);
        } catch (ServiceException e) {
            throw new IllegalStateException("Product [" + spec.getSku() + "] not indexed: " + e.getMessage(), e);
        }
        return product.getId();
    }

    /** A manufacturer of store {@code DEFAULT} named in its default language. */
    public Long createManufacturer(String code, String name) {
        MerchantStore store = store(MerchantStore.DEFAULT_STORE);
        Manufacturer manufacturer = new Manufacturer();
        manufacturer.setCode(code);
        manufacturer.setMerchantStore(store);
        ManufacturerDescription description = new ManufacturerDescription();
        description.setName(name);
        description.setLanguage(store.getDefaultLanguage());
        description.setManufacturer(manufacturer);
        manufacturer.getDescriptions().add(description);
        products.createPart(manufacturer);
        return manufacturer.getId();
    }

    /** Makes {@code relatedId} a related item ({@code RELATED_ITEM}) of {@code productId}, as the owner does. */
    public Long relate(long productId, long relatedId) {
        Product product = products.getById(productId);
        return relationship(product.getMerchantStore(), product, products.getById(relatedId),
                ProductRelationshipType.RELATED_ITEM.name());
    }

    /** Puts the product in the store's product group (e.g. {@code FEATURED_ITEM}), creating the group if need be. */
    public Long addToGroup(String group, long productId) {
        Product product = products.getById(productId);
        return relationship(product.getMerchantStore(), null, product, group);
    }

    /** A customer's review of the product, dated now, its text in the store's default language. */
    public Long createReview(long productId, long customerId, double rating, String text) {
        Product product = products.getById(productId);
        ProductReview review = new ProductReview();
        review.setProduct(product);
        review.setCustomer(customers.getById(customerId));
        review.setReviewRating(rating);
        review.setReviewDate(new Date());
        review.setStatus(1);
        ProductReviewDescription description = new ProductReviewDescription();
        description.setName(text);
        description.setDescription(text);
        description.setLanguage(product.getMerchantStore().getDefaultLanguage());
        description.setProductReview(review);
        review.getDescriptions().add(description);
        products.createPart(review);
        return review.getId();
    }

    /** An image of the product (only its row: the stand-in stores no file). */
    public Long addImage(long productId, String fileName, boolean defaultImage) {
        Product product = products.getById(productId);
        ProductImage image = new ProductImage();
        image.setProduct(product);
        image.setProductImage(fileName);
        image.setDefaultImage(defaultImage);
        product.getImages().add(image);
        products.createPart(image);
        return image.getId();
    }

    /** A self-registered customer of store {@code DEFAULT}: nick = e-mail, group CUSTOMER, BCrypt password. */
    public Long createCustomer(String email, String password, String firstName, String lastName) {
        return createCustomer(MerchantStore.DEFAULT_STORE, email, password, firstName, lastName);
    }

    public Long createCustomer(String storeCode, String email, String password, String firstName,
            String lastName) {
        return customers.register(store(storeCode), email, password, firstName, lastName).getId();
    }

    /** Dates the customer's registration back to {@code at}, as if they had joined the shop then. */
    public void registeredAt(long customerId, Date at) {
        customers.registeredAt(customerId, at);
    }

    /** Another store, with the default store's country and languages and the given currency (ISO code). */
    public Integer createStore(String code, String currencyCode) {
        MerchantStore defaultStore = store(MerchantStore.DEFAULT_STORE);
        MerchantStore store = new MerchantStore();
        store.setCode(code);
        store.setStorename(code);
        store.setStorephone(defaultStore.getStorephone());
        store.setStoreaddress(defaultStore.getStoreaddress());
        store.setStorecity(defaultStore.getStorecity());
        store.setStorepostalcode(defaultStore.getStorepostalcode());
        store.setCountry(defaultStore.getCountry());
        store.setCurrency(currencies.findOrCreate(currencyCode));
        store.setDefaultLanguage(defaultStore.getDefaultLanguage());
        store.setLanguages(new ArrayList<>(defaultStore.getLanguages()));
        store.setInBusinessSince(new Date());
        store.setStoreEmailAddress("store@" + code.toLowerCase() + ".test");
        store.setRetailer(true);
        stores.create(store);
        return store.getId();
    }

    /** An administrator of the store in group ADMIN; the user name is the e-mail. */
    public Long createAdmin(String storeCode, String email, String password) {
        MerchantStore store = store(storeCode);
        User admin = new User(email, passwordEncoder.encode(password), email);
        admin.setFirstName(email);
        admin.setLastName(storeCode);
        admin.setMerchantStore(store);
        admin.setDefaultLanguage(store.getDefaultLanguage());
        admin.getGroups().add(groups.findByName("ADMIN"));
        users.create(admin);
        return admin.getId();
    }

    /**
     * An order of an existing customer of the store, placed as a checkout places it (prices from
     * {@code pricingService}, totals from {@code orderService}, stock taken, order listeners called), then
     * dated {@code purchasedAt} (the host keeps only the day of {@code DATE_PURCHASED}) and given
     * {@code status}. Lines follow the map's iteration order.
     *
     * @throws IllegalStateException when the host refuses the order, e.g. for want of stock
     */
    public Long placeOrder(String storeCode, long customerId, Map<String, Integer> quantitiesBySku, Date purchasedAt,
            OrderStatus status) {
        MerchantStore store = store(storeCode);
        Customer customer = customers.getById(customerId);
        if (customer == null || !customer.getMerchantStore().getId().equals(store.getId())) {
            throw new UnknownResourceException("No customer [" + customerId + "] in store [" + storeCode + "]");
        }
        try {
            List<ShoppingCartItem> items = new ArrayList<>();
            for (Map.Entry<String, Integer> line : quantitiesBySku.entrySet()) {
                items.add(shoppingCarts.pricedItem(product(store, line.getKey()), line.getValue()));
            }
            return orders.processOrder(items, customer, store, store.getDefaultLanguage(), purchasedAt, status)
                    .getId();
        } catch (ServiceException e) {
            throw new IllegalStateException("Order not placed for customer [" + customerId + "]: "
                    + e.getMessage(), e);
        }
    }

    /** Current stock of the store {@code DEFAULT}'s product with this sku. */
    @Transactional(readOnly = true)
    public int quantityOf(String sku) {
        return quantityOf(MerchantStore.DEFAULT_STORE, sku);
    }

    @Transactional(readOnly = true)
    public int quantityOf(String storeCode, String sku) {
        return product(store(storeCode), sku).getAvailabilities().iterator().next().getProductQuantity();
    }

    private Language language(MerchantStore store, String code) {
        Language language = languages.getByCode(code);
        if (language == null) {
            language = new Language(code);
            language.setSortOrder((int) languages.count());
            languages.create(language);
        }
        if (!store.getLanguages().contains(language)) {
            store.getLanguages().add(language);
        }
        return language;
    }

    private Long relationship(MerchantStore store, Product product, Product related, String code) {
        ProductRelationship relationship = new ProductRelationship();
        relationship.setStore(store);
        relationship.setProduct(product);
        relationship.setRelatedProduct(related);
        relationship.setCode(code);
        relationship.setActive(true);
        products.createPart(relationship);
        return relationship.getId();
    }

    private MerchantStore store(String code) {
        MerchantStore store = stores.getByCode(code);
        if (store == null) {
            throw new UnknownResourceException("Merchant store [" + code + "] not found");
        }
        return store;
    }

    private Product product(MerchantStore store, String sku) {
        Product product = products.getBySku(sku, store, store.getDefaultLanguage());
        if (product == null) {
            throw new UnknownResourceException("No product with sku [" + sku + "] in store [" + store.getCode() + "]");
        }
        return product;
    }

    private static ProductAvailability availability(Product product, MerchantStore store, NewProduct spec) {
        ProductAvailability availability = new ProductAvailability(product, store);
        availability.setRegion("*");
        availability.setProductQuantity(spec.getQuantity());
        availability.setProductStatus(true);
        availability.setAvailable(Boolean.TRUE);
        availability.setProductQuantityOrderMin(1);
        ProductPrice price = new ProductPrice();
        price.setCode(ProductPrice.DEFAULT_PRICE_CODE);
        price.setDefaultPrice(true);
        price.setProductPriceType(ProductPriceType.ONE_TIME);
        price.setProductPriceAmount(spec.getPrice());
        price.setProductPriceSpecialAmount(spec.getSpecialPrice());
        price.setProductPriceSpecialStartDate(spec.getSpecialFrom());
        price.setProductPriceSpecialEndDate(spec.getSpecialUntil());
        price.setProductAvailability(availability);
        availability.getPrices().add(price);
        return availability;
    }
}
