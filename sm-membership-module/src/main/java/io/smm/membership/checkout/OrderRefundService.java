package io.smm.membership.checkout;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.transaction.annotation.Transactional;

import io.smm.membership.orders.OrderChanges;
import io.smm.membership.orders.OrderFacts;
import io.smm.membership.orders.OrderHistory;
import io.smm.membership.orders.OrderLine;
import io.smm.membership.errors.NotFoundException;
import io.smm.membership.money.MoneyRule;

/**
 * Refunds of part of an order: caught from the host's payment module, or recorded by the owner for a refund made
 * elsewhere. Each is written once under its key, and every checkout participant gives back its share of it in the
 * same transaction. What the order was paid in full is its host total plus what the host's own refunds took off it.
 */
public class OrderRefundService {

    private final OrderRefundRepository refunds;
    private final OrderHistory orders;
    private final CheckoutSteps steps;
    private final OrderChanges changes;
    private final Clock clock;

    OrderRefundService(OrderRefundRepository refunds, OrderHistory orders, CheckoutSteps steps, OrderChanges changes,
            Clock clock) {
        this.refunds = refunds;
        this.orders = orders;
        this.steps = steps;
        this.changes = changes;
        this.clock = clock;
    }

    /**
     * The host's payment module refunded part of the order.
     *
     * @param totalBefore the order's host total before this refund took it down
     */
    @Transactional
    public void hostRefunded(OrderFacts order, BigDecimal totalBefore, BigDecimal amount, String key) {
        if (refunds.findByStoreCodeAndRefundKey(order.storeCode(), key).isPresent()) {
            return;
        }
        BigDecimal paid = totalBefore.add(refunds.total(order.storeCode(), order.orderId(),
                OrderRefund.Source.HOST_PAYMENT));
        record(order, paid, new OrderRefund(order.storeCode(), order.orderId(), key, amount, currencyOf(order), null,
                OrderRefund.Source.HOST_PAYMENT, null, List.of(), clock.instant()));
    }

    /**
     * Records a refund the owner made of part of the order; the same key again records nothing and answers the refund
     * recorded first.
     *
     * @throws io.smm.membership.web.InvalidInputException naming every field that is wrong
     */
    @Transactional
    public OrderRefund ownerRefunded(String storeCode, long orderId, OrderRefundDraft draft, String owner) {
        OrderFacts order = orders.find(storeCode, orderId)
                .orElseThrow(() -> new NotFoundException("membership.order.not-found", orderId));
        if (draft.getKey() != null && draft.unreadable().isEmpty()) {
            var earlier = refunds.findByStoreCodeAndRefundKey(storeCode, draft.getKey());
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        List<OrderLine> lines = orders.lines(storeCode, orderId);
        List<OrderRefund> before = of(storeCode, orderId);
        BigDecimal paid = paidInFull(order, before);
        BigDecimal left = paid.subtract(before.stream().map(OrderRefund::getAmount)
                .reduce(BigDecimal.ZERO, BigDecimal::add));
        int scale = scaleOf(order);
        // what is left is exact at the currency's decimals; read back from DECIMAL(19,4) it has four
        left = left.setScale(scale, RoundingMode.DOWN);
        draft.requireNoProblems(OrderRefundValidation.check(draft, left, scale, lines, refundedQuantities(before)));
        BigDecimal amount = draft.getAmount() != null ? draft.getAmount()
                : OrderRefundValidation.amountOf(draft.getLines(), lines);
        String key = draft.getKey() != null ? draft.getKey() : UUID.randomUUID().toString();
        return record(order, paid, new OrderRefund(storeCode, orderId, key, amount, currencyOf(order),
                blankToNull(draft.getReason()), OrderRefund.Source.OWNER, owner,
                draft.getLines().stream().map(line -> new OrderRefund.Line(line.getSku(), line.getQuantity()))
                        .collect(Collectors.toList()), clock.instant()));
    }

    /** The order's refunds, first recorded first. */
    @Transactional(readOnly = true)
    public List<OrderRefund> of(String storeCode, long orderId) {
        return refunds.findByStoreCodeAndOrderIdOrderByIdAsc(storeCode, orderId);
    }

    private OrderRefund record(OrderFacts order, BigDecimal paid, OrderRefund refund) {
        OrderRefund saved = refunds.save(refund);
        steps.giveBack(OrderGiveBack.partial(order, refund.getAmount(), paid, refund.getRefundKey()));
        if (order.customerId() != null) {
            changes.changed(order.storeCode(), order.customerId());
        }
        return saved;
    }

    private static BigDecimal paidInFull(OrderFacts order, List<OrderRefund> before) {
        return before.stream().filter(refund -> refund.getSource() == OrderRefund.Source.HOST_PAYMENT)
                .map(OrderRefund::getAmount).reduce(order.total(), BigDecimal::add);
    }

    private static Map<String, Integer> refundedQuantities(List<OrderRefund> before) {
        Map<String, Integer> refunded = new HashMap<>();
        before.forEach(refund -> refund.getLines()
                .forEach(line -> refunded.merge(line.getSku(), line.getQuantity(), Integer::sum)));
        return refunded;
    }

    static int scaleOf(OrderFacts order) {
        return order.currency() == null ? 2 : MoneyRule.scaleOf(order.currency());
    }

    private static String currencyOf(OrderFacts order) {
        return order.currency() == null ? "" : order.currency().getCurrencyCode();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
