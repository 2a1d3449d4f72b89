package io.smm.membership.host.cart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;

import ch.qos.logback.classic.Level;

import com.salesmanager.core.model.merchant.MerchantStore;
import com.salesmanager.core.model.order.OrderSummary;
import com.salesmanager.core.model.order.OrderTotal;
import com.salesmanager.core.model.shoppingcart.ShoppingCartItem;
import com.salesmanager.core.modules.order.total.OrderTotalPostProcessorModule;

import io.smm.membership.coupons.CouponTill;
import io.smm.membership.testhost.LogCapture;

class HostPromoSwitchTests {

    private final OrderTotalPostProcessorModule hostModule = mock(OrderTotalPostProcessorModule.class);
    private final CouponTill till = mock(CouponTill.class);
    @SuppressWarnings("unchecked")
    private final ObjectProvider<CouponTill> tills = mock(ObjectProvider.class);
    private final HostPromoSwitch promoSwitch = new HostPromoSwitch(hostModule, tills);
    private final MerchantStore store = new MerchantStore();
    private final OrderSummary summary = new OrderSummary();

    HostPromoSwitchTests() {
        when(tills.getObject()).thenReturn(till);
        store.setCode("DEFAULT");
        summary.setPromoCode("Test1234");
    }

    @Test
    void asksTheHostsModuleAboutItsOwnCode() throws Exception {
        OrderTotal discount = new OrderTotal();
        when(till.isHostPromo("DEFAULT", "Test1234")).thenReturn(true);
        when(hostModule.caculateProductPiceVariation(any(), any(), any(), any(), any())).thenReturn(discount);

        assertThat(promoSwitch.caculateProductPiceVariation(summary, new ShoppingCartItem(), null, null, store))
                .isSameAs(discount);
    }

    @Test
    void leavesOurCouponsAndASwitchedOffHostPromoAlone() throws Exception {
        when(till.isHostPromo("DEFAULT", "Test1234")).thenReturn(false);

        assertThat(promoSwitch.caculateProductPiceVariation(summary, new ShoppingCartItem(), null, null, store))
                .isNull();
        verifyNoInteractions(hostModule);
    }

    @Test
    void givesNoDiscountWhenTheHostsModuleCannotStartAsOnJava17() throws Exception {
        when(till.isHostPromo("DEFAULT", "Test1234")).thenReturn(true);
        when(hostModule.caculateProductPiceVariation(any(), any(), any(), any(), any()))
                .thenThrow(new ExceptionInInitializerError("module java.base does not opens java.util"));

        LogCapture log = LogCapture.expectingErrorsFrom("io.smm.membership.host.cart.HostPromoSwitch");
        try (log) {
            assertThat(promoSwitch.caculateProductPiceVariation(summary, new ShoppingCartItem(), null, null, store))
                    .isNull();
        }
        assertThat(log.messages("io.smm.membership.host.cart.HostPromoSwitch", Level.WARN)).singleElement().asString()
                .startsWith("Shopizer's own promo module failed");
    }
}
