package io.smm.membership.admin.affiliates;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.validation.BindingResult;

import io.smm.membership.admin.web.FieldErrors;
import io.smm.membership.affiliates.AffiliateDraft;
import io.smm.membership.affiliates.AffiliateStatus;
import io.smm.membership.affiliates.AffiliateView;

/**
 * The affiliate form: an {@link AffiliateDraft} as the owner enters it, with its rates per category as rows of a
 * table, a few of them blank to add one. A blank row is no rate: the draft leaves it out, and the violations of
 * the rows it keeps are shown on the rows they came from.
 */
public class AffiliateForm {

    /** Blank rows offered below the rates an affiliate has. */
    static final int BLANK_ROWS = 3;
    private static final Pattern ROW = Pattern.compile("^categoryRates\\[(\\d+)]");

    private String name;
    private String email;
    private Long customerId;
    private String trackingId;
    private BigDecimal rate;
    private AffiliateStatus status = AffiliateStatus.ACTIVE;
    private List<CategoryRateRow> categoryRates = new ArrayList<>();
    private String payoutMethod;
    private String payoutEmail;
    private String payoutDetails;
    /** The rows the last draft kept, by their index in the draft. */
    private final List<Integer> kept = new ArrayList<>();

    /** An empty form, with blank rows to enter rates per category. */
    static AffiliateForm blank() {
        AffiliateForm form = new AffiliateForm();
        form.addBlankRows();
        return form;
    }

    static AffiliateForm of(AffiliateView affiliate) {
        AffiliateForm form = new AffiliateForm();
        form.name = affiliate.getName();
        form.email = affiliate.getEmail();
        form.customerId = affiliate.getCustomerId();
        form.trackingId = affiliate.getTrackingId();
        form.rate = affiliate.getRate();
        form.status = affiliate.getStatus();
        affiliate.getCategoryRates().forEach(entry -> form.categoryRates.add(new CategoryRateRow(
                entry.getCategoryId(), entry.getRate())));
        form.payoutMethod = affiliate.getPayoutMethod();
        form.payoutEmail = affiliate.getPayoutEmail();
        form.payoutDetails = affiliate.getPayoutDetails();
        form.addBlankRows();
        return form;
    }

    /**
     * The draft the service takes, without the blank rows; a field the page could not bind is named on it, so the
     * service refuses the whole and names every other problem too.
     *
     * @param withStatus whether the status goes with it (on create; an affiliate's status changes by its own calls)
     */
    AffiliateDraft toDraft(BindingResult result, boolean withStatus) {
        AffiliateDraft draft = new AffiliateDraft();
        draft.setName(name);
        draft.setEmail(email);
        draft.setCustomerId(customerId);
        draft.setTrackingId(trackingId);
        draft.setRate(rate);
        draft.setStatus(withStatus ? status : null);
        draft.setPayoutMethod(payoutMethod);
        draft.setPayoutEmail(payoutEmail);
        draft.setPayoutDetails(payoutDetails);
        kept.clear();
        for (int i = 0; i < categoryRates.size(); i++) {
            CategoryRateRow row = categoryRates.get(i);
            if (row.getCategoryId() != null || row.getRate() != null
                    || result.hasFieldErrors("categoryRates[" + i + "]*")) {
                kept.add(i);
                draft.getCategoryRates().add(new AffiliateDraft.CategoryRate(row.getCategoryId(), row.getRate()));
            }
        }
        FieldErrors.markUnbound(result, draft, field -> renumbered(field, kept::indexOf));
        return draft;
    }

    /** The form field a field of the last draft was entered in. */
    String formField(String draftField) {
        return renumbered(draftField, kept::get);
    }

    private static String renumbered(String field, IntUnaryOperator index) {
        Matcher row = ROW.matcher(field);
        return row.find() ? "categoryRates[" + index.applyAsInt(Integer.parseInt(row.group(1))) + "]"
                + field.substring(row.end()) : field;
    }

    private void addBlankRows() {
        for (int i = 0; i < BLANK_ROWS; i++) {
            categoryRates.add(new CategoryRateRow(null, null));
        }
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public void setCustomerId(Long customerId) {
        this.customerId = customerId;
    }

    public String getTrackingId() {
        return trackingId;
    }

    public void setTrackingId(String trackingId) {
        this.trackingId = trackingId;
    }

    public BigDecimal getRate() {
        return rate;
    }

    public void setRate(BigDecimal rate) {
        this.rate = rate;
    }

    public AffiliateStatus getStatus() {
        return status;
    }

    public void setStatus(AffiliateStatus status) {
        this.status = status;
    }

    public List<CategoryRateRow> getCategoryRates() {
        return categoryRates;
    }

    public void setCategoryRates(List<CategoryRateRow> categoryRates) {
        this.categoryRates = categoryRates;
    }

    public String getPayoutMethod() {
        return payoutMethod;
    }

    public void setPayoutMethod(String payoutMethod) {
        this.payoutMethod = payoutMethod;
    }

    public String getPayoutEmail() {
        return payoutEmail;
    }

    public void setPayoutEmail(String payoutEmail) {
        this.payoutEmail = payoutEmail;
    }

    public String getPayoutDetails() {
        return payoutDetails;
    }

    public void setPayoutDetails(String payoutDetails) {
        this.payoutDetails = payoutDetails;
    }

    /** One row of the rates per category; both blank: no rate. */
    public static class CategoryRateRow {

        private Long categoryId;
        private BigDecimal rate;

        public CategoryRateRow() {
        }

        CategoryRateRow(Long categoryId, BigDecimal rate) {
            this.categoryId = categoryId;
            this.rate = rate;
        }

        public Long getCategoryId() {
            return categoryId;
        }

        public void setCategoryId(Long categoryId) {
            this.categoryId = categoryId;
        }

        public BigDecimal getRate() {
            return rate;
        }

        public void setRate(BigDecimal rate) {
            this.rate = rate;
        }
    }
}
