package io.smm.membership.commissions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.smm.membership.affiliates.AffiliateCard;
import io.smm.membership.affiliates.AffiliateStatus;

class SelfReferralTests {

    private final AffiliateCard affiliate = CommissionRuleTests.affiliate("10", Map.of());

    @Test
    void theAffiliatesOwnCustomerAccount() {
        assertThat(SelfReferral.of(affiliate, 42L, "someone@example.com")).contains(SelfReferral.SELF_ACCOUNT);
    }

    @Test
    void theAffiliatesEmailInAnyCase() {
        assertThat(SelfReferral.of(affiliate, 7L, "ANN@Example.COM")).contains(SelfReferral.SELF_EMAIL);
        assertThat(SelfReferral.of(affiliate, null, " ann@example.com ")).contains(SelfReferral.SELF_EMAIL);
    }

    @Test
    void theAffiliatesPayoutEmailInAnyCase() {
        assertThat(SelfReferral.of(affiliate, null, "Pay@EXAMPLE.com")).contains(SelfReferral.SELF_PAYOUT_EMAIL);
    }

    @Test
    void anotherShopperIsNoSelfReferral() {
        assertThat(SelfReferral.of(affiliate, 7L, "bob@example.com")).isEmpty();
        assertThat(SelfReferral.of(affiliate, null, null)).isEmpty();
        AffiliateCard withoutAccount = new AffiliateCard(2L, "DEFAULT", "Cy", "cy@example.com", null,
                AffiliateStatus.ACTIVE, "cy", null, Map.of(), null);
        assertThat(SelfReferral.of(withoutAccount, 42L, "bob@example.com")).isEmpty();
    }
}
