package io.smm.harness;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.salesmanager.core.model.merchant.MerchantStore;

/**
 * What {@link StandInCatalog#createProduct(NewProduct)} creates: a product of a store with one availability
 * (region {@code "*"}) and one default price {@code "base"}, optionally with a special price, a manufacturer and
 * a friendly URL (slug; the sku in lower case unless set).
 *
 * <pre>
 * NewProduct.sku("TSHIRT").name("T-shirt").price("20.00").quantity(5).categories(clothesId, saleId)
 *         .slug("t-shirt").manufacturer(acmeId)
 * </pre>
 */
public final class NewProduct {

    private final String sku;
    private String name;
    private BigDecimal price = BigDecimal.ZERO;
    private BigDecimal specialPrice;
    private Date specialFrom;
    private Date specialUntil;
    private final List<Long> categoryIds = new ArrayList<>();
    private int quantity = 100;
    private String storeCode = MerchantStore.DEFAULT_STORE;
    private String slug;
    private Long manufacturerId;

    private NewProduct(String sku) {
        this.sku = sku;
        this.name = sku;
        this.slug = sku.toLowerCase();
    }

    public static NewProduct sku(String sku) {
        return new NewProduct(sku);
    }

    public NewProduct name(String productName) {
        this.name = productName;
        return this;
    }

    public NewProduct price(String amount) {
        this.price = new BigDecimal(amount);
        return this;
    }

    /** A special price with no dates: always active, as the host's rule has it. */
    public NewProduct specialPrice(String amount) {
        return specialPrice(amount, null, null);
    }

    /** A special price active after {@code from} (may be null) and before {@code until}. */
    public NewProduct specialPrice(String amount, Date from, Date until) {
        this.specialPrice = new BigDecimal(amount);
        this.specialFrom = from;
        this.specialUntil = until;
        return this;
    }

    public NewProduct categories(Long... ids) {
        this.categoryIds.addAll(List.of(ids));
        return this;
    }

    /** Stock of the availability; 100 unless set. */
    public NewProduct quantity(int stock) {
        this.quantity = stock;
        return this;
    }

    /** The friendly URL of its description ({@code /product/slug/{slug}}). */
    public NewProduct slug(String friendlyUrl) {
        this.slug = friendlyUrl;
        return this;
    }

    /** A manufacturer made by {@link StandInCatalog#createManufacturer(String, String)}. */
    public NewProduct manufacturer(Long id) {
        this.manufacturerId = id;
        return this;
    }

    /** The store's code; {@code DEFAULT} unless set. */
    public NewProduct store(String code) {
        this.storeCode = code;
        return this;
    }

    String getSku() {
        return sku;
    }

    String getName() {
        return name;
    }

    BigDecimal getPrice() {
        return price;
    }

    BigDecimal getSpecialPrice() {
        return specialPrice;
    }

    Date getSpecialFrom() {
        return specialFrom;
    }

    Date getSpecialUntil() {
        return specialUntil;
    }

    List<Long> getCategoryIds() {
        return categoryIds;
    }

    int getQuantity() {
        return quantity;
    }

    String getSlug() {
        return slug;
    }

    Long getManufacturerId() {
        return manufacturerId;
    }

    String getStoreCode() {
        return storeCode;
    }
}
