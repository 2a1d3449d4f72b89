package io.smm.membership.admin.coupons;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.BindingResult;

import io.smm.membership.admin.web.AdminNumbers;
import io.smm.membership.admin.web.AdminTime;
import io.smm.membership.coupons.CouponDraft;
import io.smm.membership.coupons.CouponTerms;
import io.smm.membership.coupons.CouponView;

/**
 * The coupon form: a {@link CouponDraft} whose window is entered as local date-times in the pages' zone and whose
 * scope is entered as text, ids separated by commas ({@code categoriesText}, ...). The module's violations name the
 * draft's own properties, so the pages show them next to the fields entered for them.
 */
public class CouponForm extends CouponDraft {

    /** What the pages bind instead of the draft's instants and id lists. */
    static final String[] NOT_BOUND = { "startsAt", "endsAt", "categories", "products", "excludedCategories",
            "excludedProducts" };
    static final String NOT_AN_ID = "membership.admin.coupon.ids.not-a-number";
    /** Commas (also the Chinese ones), semicolons and blanks all separate ids. */
    private static final Pattern SEPARATORS = Pattern.compile("[\\s,;，、；]+");
    private static final Pattern DIGITS = Pattern.compile("\\d{1,18}");

    @DateTimeFormat(pattern = AdminTime.LOCAL_INPUT, fallbackPatterns = AdminTime.LOCAL_INPUT_SECONDS)
    private LocalDateTime startsAtLocal;
    @DateTimeFormat(pattern = AdminTime.LOCAL_INPUT, fallbackPatterns = AdminTime.LOCAL_INPUT_SECONDS)
    private LocalDateTime endsAtLocal;
    private String categoriesText;
    private String productsText;
    private String excludedCategoriesText;
    private String excludedProductsText;

    CouponForm() {
        setKind(CouponTerms.Kind.PERCENT);
        setBase(CouponTerms.Base.ORDER);
    }

    static CouponForm of(CouponView coupon, ZoneId zone) {
        CouponForm form = new CouponForm();
        form.setCode(coupon.getCode());
        form.setName(coupon.getName());
        form.setKind(coupon.getKind());
        form.setValue(AdminNumbers.plain(coupon.getValue()));
        form.setBase(coupon.getBase());
        form.setMaxDiscount(AdminNumbers.plain(coupon.getMaxDiscount()));
        form.setMinSubtotal(AdminNumbers.plain(coupon.getMinSubtotal()));
        form.startsAtLocal = AdminTime.local(coupon.getStartsAt(), zone);
        form.endsAtLocal = AdminTime.local(coupon.getEndsAt(), zone);
        form.setActive(coupon.isActive());
        form.setTotalLimit(coupon.getTotalLimit());
        form.setPerShopperLimit(coupon.getPerShopperLimit());
        form.setGuestsAllowed(coupon.isGuestsAllowed());
        form.setGroups(new ArrayList<>(coupon.getGroups()));
        form.categoriesText = text(coupon.getCategories());
        form.productsText = text(coupon.getProducts());
        form.excludedCategoriesText = text(coupon.getExcludedCategories());
        form.excludedProductsText = text(coupon.getExcludedProducts());
        form.setVersion(coupon.getVersion());
        return form;
    }

    /**
     * This form as the module takes it: the window in instants and the id lists read from their text. A word that
     * is no id is rejected on its field in {@code result}, and the service must then not be called.
     */
    CouponDraft toDraft(ZoneId zone, BindingResult result) {
        setStartsAt(AdminTime.instant(startsAtLocal, zone));
        setEndsAt(AdminTime.instant(endsAtLocal, zone));
        ids("categoriesText", categoriesText, this::setCategories, result);
        ids("productsText", productsText, this::setProducts, result);
        ids("excludedCategoriesText", excludedCategoriesText, this::setExcludedCategories, result);
        ids("excludedProductsText", excludedProductsText, this::setExcludedProducts, result);
        return this;
    }

    private static void ids(String field, String text, Consumer<List<Long>> target, BindingResult result) {
        List<Long> ids = new ArrayList<>();
        for (String word : SEPARATORS.split(text == null ? "" : text.trim())) {
            if (word.isEmpty()) {
                continue;
            }
            if (!DIGITS.matcher(word).matches()) {
                result.rejectValue(field, NOT_AN_ID, new Object[] { word }, NOT_AN_ID);
                return;
            }
            ids.add(Long.valueOf(word));
        }
        target.accept(ids.stream().distinct().collect(Collectors.toList()));
    }

    private static String text(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    public LocalDateTime getStartsAtLocal() {
        return startsAtLocal;
    }

    public void setStartsAtLocal(LocalDateTime startsAtLocal) {
        this.startsAtLocal = startsAtLocal;
    }

    public LocalDateTime getEndsAtLocal() {
        return endsAtLocal;
    }

    public void setEndsAtLocal(LocalDateTime endsAtLocal) {
        this.endsAtLocal = endsAtLocal;
    }

    public String getCategoriesText() {
        return categoriesText;
    }

    public void setCategoriesText(String categoriesText) {
        this.categoriesText = categoriesText;
    }

    public String getProductsText() {
        return productsText;
    }

    public void setProductsText(String productsText) {
        this.productsText = productsText;
    }

    public String getExcludedCategoriesText() {
        return excludedCategoriesText;
    }

    public void setExcludedCategoriesText(String excludedCategoriesText) {
        this.excludedCategoriesText = excludedCategoriesText;
    }

    public String getExcludedProductsText() {
        return excludedProductsText;
    }

    public void setExcludedProductsText(String excludedProductsText) {
        this.excludedProductsText = excludedProductsText;
    }
}
