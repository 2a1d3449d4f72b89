package io.smm.membership.rewards;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReferralSelfCheckTests {

    private final RewardCustomer referrer = new RewardCustomer(1, "Mei@Example.com", " 12  Main St\tTaipei ", null);

    @Test
    void theSameAccountIsSelf() {
        assertThat(ReferralSelfCheck.isSelf(referrer, new RewardCustomer(1, "other@example.com", null, null)))
                .isTrue();
    }

    @Test
    void theSameEmailInAnyCaseIsSelf() {
        assertThat(ReferralSelfCheck.isSelf(referrer, new RewardCustomer(2, " mei@EXAMPLE.com", null, null)))
                .isTrue();
    }

    @Test
    void theSameDeliveryAddressNormalizedIsSelf() {
        assertThat(ReferralSelfCheck.isSelf(referrer, new RewardCustomer(2, "friend@example.com",
                "12 main st taipei", null))).isTrue();
    }

    @Test
    void anotherPersonIsNotSelfAndBlankAddressesNeverMatch() {
        RewardCustomer noAddress = new RewardCustomer(3, null, " ", null);

        assertThat(ReferralSelfCheck.isSelf(referrer, new RewardCustomer(2, "friend@example.com",
                "13 Main St Taipei", null))).isFalse();
        assertThat(ReferralSelfCheck.isSelf(noAddress, new RewardCustomer(4, null, "", null))).isFalse();
    }
}
