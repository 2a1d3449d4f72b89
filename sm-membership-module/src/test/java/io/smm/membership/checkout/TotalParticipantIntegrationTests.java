package io.smm.membership.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import io.smm.harness.NewProduct;
import io.smm.harness.StandInCatalog;
import io.smm.harness.StandInShopApplication;
import io.smm.membership.testhost.HostClient;
import io.smm.membership.testhost.LogCapture;

/**
 * A feature that takes something off the total joins the checkout by declaring a participant, and nothing else: the
 * host's order-total seam asks it for its quote and shows its discount lines, the checkout holds and confirms it with
 * the order, and its refusal refuses the checkout with its reason.
 */
@SpringBootTest(classes = { StandInShopApplication.class, TotalParticipantIntegrationTests.FlatOff.class },
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TotalParticipantIntegrationTests {

    @Autowired
    private TestRestTemplate rest;

    @Autowired
    private StandInCatalog catalog;

    @Autowired
    private FlatOffParticipant flatOff;

    private HostClient host;
    private String sku;

    @BeforeEach
    void aProductAndACustomer() {
        host = new HostClient(rest);
        sku = "FLAT-" + System.nanoTime() % 1_000_000;
        catalog.createProduct(NewProduct.sku(sku).name("Flat").price("10.00").quantity(100));
        flatOff.steps.clear();
        flatOff.refusing = false;
    }

    @Test
    void itsDiscountIsAnOrderTotalLineAndItsUseIsHeldThenConfirmedWithTheOrder() {
        String token = host.customerToken(host.registerCustomer("flat"));
        String cart = cart();

        Map<String, Object> priced = host.get("/api/v1/cart/" + cart, token).getBody();
        ResponseEntity<Map<String, Object>> placed = host.checkout(cart, "9.50", token);

        assertThat(new BigDecimal(priced.get("total").toString())).isEqualByComparingTo("9.50");
        assertThat(placed.getStatusCode()).as(placed.toString()).isEqualTo(HttpStatus.OK);
        assertThat(flatOff.steps).containsExactly("hold " + cart, "confirm " + cart + " " + placed.getBody().get("id"));
    }

    @Test
    void itsRefusalRefusesTheCheckoutWithItsReasonAndReleasesNothingItDidNotHold() {
        String token = host.customerToken(host.registerCustomer("flatno"));
        String cart = cart();
        flatOff.refusing = true;

        ResponseEntity<Map<String, Object>> refused = LogCapture.expectingHostErrors(() -> host.checkout(cart,
                "10.00", token));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(refused.getBody()).containsEntry("code", FlatOffParticipant.REFUSED.messageKey());
        assertThat(flatOff.steps).isEmpty();
    }

    private String cart() {
        return (String) host.send(HttpMethod.POST, "/api/v1/cart", Map.of("product", sku, "quantity", 1), null)
                .getBody().get("code");
    }

    @TestConfiguration
    static class FlatOff {

        @Bean
        FlatOffParticipant flatOffParticipant() {
            return new FlatOffParticipant();
        }
    }

    /** Takes 0.50 off every line, or refuses every cart; notes the steps it is taken through. */
    static final class FlatOffParticipant implements CheckoutParticipant<FlatOffQuote> {

        static final CheckoutRefusal REFUSED = () -> "membership.coupon.refused.nothing-eligible";

        final List<String> steps = new CopyOnWriteArrayList<>();
        volatile boolean refusing;

        @Override
        public FlatOffQuote quote(Checkout checkout, CheckoutCart cart, CartContents contents) {
            return new FlatOffQuote(contents.lines().size(), refusing);
        }

        @Override
        public void hold(Checkout checkout, CheckoutCart cart, FlatOffQuote quote) {
            steps.add("hold " + cart.cartCode());
        }

        @Override
        public void confirm(Checkout checkout, CheckoutCart cart, FlatOffQuote quote, PlacedOrder order) {
            steps.add("confirm " + cart.cartCode() + " " + order.facts().orderId());
        }

        @Override
        public void release(Checkout checkout, CheckoutCart cart, FlatOffQuote quote) {
            steps.add("release " + cart.cartCode());
        }
    }

    static final class FlatOffQuote implements TotalChange {

        private final int lines;
        private final boolean refused;

        FlatOffQuote(int lines, boolean refused) {
            this.lines = lines;
            this.refused = refused;
        }

        @Override
        public String totalModule() {
            return "test-flat-off";
        }

        @Override
        public MessageSourceResolvable label() {
            return new DefaultMessageSourceResolvable(null, null, "FLAT");
        }

        @Override
        public List<BigDecimal> lineDiscounts() {
            return IntStream.range(0, lines).mapToObj(i -> new BigDecimal("0.50"))
                    .collect(Collectors.toList());
        }

        @Override
        public Optional<CheckoutRefusal> refusal() {
            return refused ? Optional.of(FlatOffParticipant.REFUSED) : Optional.empty();
        }
    }
}
