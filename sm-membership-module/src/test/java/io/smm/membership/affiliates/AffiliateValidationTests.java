package io.smm.membership.affiliates;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.smm.membership.web.Violation;

class AffiliateValidationTests {

    @Test
    void takesARateFromZeroToHundredWithFourDecimals() {
        assertThat(rateViolations("0")).isEmpty();
        assertThat(rateViolations("100")).isEmpty();
        assertThat(rateViolations("12.3456")).isEmpty();
        assertThat(rateViolations("100.0001")).containsExactly("rate");
        assertThat(rateViolations("-0.0001")).containsExactly("rate");
        assertThat(rateViolations("12.34567")).containsExactly("rate");
    }

    @Test
    void namesEveryBrokenFieldOfAnAffiliate() {
        AffiliateDraft draft = new AffiliateDraft();
        draft.setName("n".repeat(121));
        draft.setEmail("not-an-email");
        draft.setTrackingId("x");
        draft.setRate(new BigDecimal("101"));
        draft.setPayoutMethod("m".repeat(41));
        draft.setPayoutEmail("a@b");
        draft.setPayoutDetails("d".repeat(501));
        List<AffiliateDraft.CategoryRate> rates = new ArrayList<>();
        rates.add(new AffiliateDraft.CategoryRate(5L, new BigDecimal("3")));
        rates.add(new AffiliateDraft.CategoryRate(5L, null));
        rates.add(new AffiliateDraft.CategoryRate(null, new BigDecimal("3")));
        draft.setCategoryRates(rates);

        List<Violation> violations = AffiliateValidation.check(draft);

        assertThat(violations).extracting(Violation::field).containsExactlyInAnyOrder("name", "email", "trackingId",
                "rate", "payoutMethod", "payoutEmail", "payoutDetails", "categoryRates[1].categoryId",
                "categoryRates[1].rate", "categoryRates[2].categoryId");
    }

    @Test
    void acceptsAnAffiliateWithANameAndAnEmailOnly() {
        AffiliateDraft draft = new AffiliateDraft();
        draft.setName("Lin");
        draft.setEmail("lin@example.com");

        assertThat(AffiliateValidation.check(draft)).isEmpty();
    }

    @Test
    void wantsAReasonToRefuse() {
        assertThat(AffiliateValidation.reason(" ")).extracting(Violation::code)
                .containsExactly("membership.affiliate.reason.required");
        assertThat(AffiliateValidation.reason("r".repeat(501))).extracting(Violation::code)
                .containsExactly("membership.text.too-long");
        assertThat(AffiliateValidation.reason("Not a fit")).isEmpty();
    }

    @Test
    void takesSettingsAtTheEdgesOfTheirRangesAndNoFurther() {
        AffiliateSettingsDraft lowest = settings(1, 0, "0", 7, 1);
        AffiliateSettingsDraft highest = settings(365, 365, "100", 3650, 10_000);
        AffiliateSettingsDraft beyond = settings(366, 366, "100.00001", 3651, 10_001);
        AffiliateSettingsDraft below = settings(0, -1, "-1", 6, 0);

        assertThat(lowest.check()).isEmpty();
        assertThat(highest.check()).isEmpty();
        assertThat(beyond.check()).extracting(Violation::field).containsExactlyInAnyOrder("cookieDays",
                "returnWindowDays", "defaultRate", "clickRetentionDays", "burstClicksPerHour");
        assertThat(below.check()).extracting(Violation::field).containsExactlyInAnyOrder("cookieDays",
                "returnWindowDays", "defaultRate", "clickRetentionDays", "burstClicksPerHour");
        assertThat(new AffiliateSettingsDraft().check()).hasSize(7);
    }

    private static List<String> rateViolations(String rate) {
        List<Violation> violations = new ArrayList<>();
        AffiliateValidation.rate("rate", new BigDecimal(rate), violations);
        return violations.stream().map(Violation::field).collect(Collectors.toList());
    }

    private static AffiliateSettingsDraft settings(int cookieDays, int returnWindowDays, String defaultRate,
            int retention, int burst) {
        AffiliateSettingsDraft draft = new AffiliateSettingsDraft();
        draft.setCookieDays(cookieDays);
        draft.setModel(AttributionModel.FIRST_CLICK);
        draft.setReturnWindowDays(returnWindowDays);
        draft.setDefaultRate(new BigDecimal(defaultRate));
        draft.setClickRetentionDays(retention);
        draft.setBurstClicksPerHour(burst);
        draft.setApplicationsOpen(true);
        return draft;
    }
}
