package io.smm.membership.admin.orders;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.smm.membership.admin.web.AdminNumbers;
import io.smm.membership.admin.web.AdminPaths;
import io.smm.membership.admin.web.FieldErrors;
import io.smm.membership.admin.web.Notice;
import io.smm.membership.checkout.OrderRefund;
import io.smm.membership.checkout.OrderRefundService;
import io.smm.membership.errors.NotFoundException;
import io.smm.membership.identity.CurrentOwner;
import io.smm.membership.orders.OrderFacts;
import io.smm.membership.orders.OrderHistory;
import io.smm.membership.orders.OrderLine;
import io.smm.membership.money.MoneyRule;
import io.smm.membership.web.InvalidInputException;

/**
 * An order's refunds: the form that records a refund the owner made elsewhere (an amount, or quantities of its
 * lines) and the refunds recorded so far, the host payment module's included.
 */
@Controller
class OrderRefundAdminController {

    static final String PAGE = "membership/orders/refunds";
    static final String FORM_OBJECT = "orderRefundForm";
    private static final String REFUNDS = AdminPaths.ORDERS + "/{orderId}/refunds";

    private final CurrentOwner owner;
    private final OrderRefundService refunds;
    private final OrderHistory orders;

    OrderRefundAdminController(CurrentOwner owner, OrderRefundService refunds, OrderHistory orders) {
        this.owner = owner;
        this.refunds = refunds;
        this.orders = orders;
    }

    @GetMapping(REFUNDS)
    String page(@PathVariable long orderId, Model model) {
        String store = owner.get().storeCode();
        OrderFacts order = order(store, orderId);
        List<OrderLine> lines = orders.lines(store, orderId);
        OrderRefundForm form = new OrderRefundForm();
        form.alignWith(lines);
        model.addAttribute(FORM_OBJECT, form);
        return page(order, lines, model);
    }

    /**
     * Records the refund and comes back to the page; with a refusal, the form again with every error next to its
     * field or row, what the owner typed kept, and nothing recorded. Rows left empty are not sent.
     */
    @PostMapping(REFUNDS)
    String record(@PathVariable long orderId, @ModelAttribute(FORM_OBJECT) OrderRefundForm form,
            BindingResult result, Model model, RedirectAttributes flash) {
        String store = owner.get().storeCode();
        OrderFacts order = order(store, orderId);
        List<OrderLine> lines = orders.lines(store, orderId);
        form.alignWith(lines);
        RefundSubmission submission = new RefundSubmission(form, result);
        try {
            OrderRefund refund = refunds.ownerRefunded(store, orderId, submission.draft(), owner.get().name());
            flash.addFlashAttribute(Notice.ATTRIBUTE, Notice.success("membership.admin.order-refunds.recorded",
                    AdminNumbers.atScale(refund.getAmount(), scaleOf(order)), refund.getCurrency(),
                    Long.toString(orderId)));
            return "redirect:" + AdminPaths.ORDERS + "/" + orderId + "/refunds";
        } catch (InvalidInputException invalid) {
            FieldErrors.reject(result, invalid, submission::formField);
            return page(order, lines, model);
        }
    }

    private OrderFacts order(String store, long orderId) {
        return orders.find(store, orderId).orElseThrow(
                () -> new NotFoundException("membership.order.not-found", Long.toString(orderId)));
    }

    private String page(OrderFacts order, List<OrderLine> lines, Model model) {
        int scale = scaleOf(order);
        List<OrderRefund> recorded = refunds.of(order.storeCode(), order.orderId());
        model.addAttribute("orderId", order.orderId());
        model.addAttribute("total", AdminNumbers.atScale(order.total(), scale));
        model.addAttribute("currency", order.currency() == null ? "" : order.currency().getCurrencyCode());
        model.addAttribute("refunded", AdminNumbers.atScale(recorded.stream().map(OrderRefund::getAmount)
                .reduce(BigDecimal.ZERO, BigDecimal::add), scale));
        model.addAttribute("lines", lines.stream().map(line -> new OrderLineRow(line, scale))
                .collect(Collectors.toList()));
        model.addAttribute("refunds", recorded.stream().map(refund -> new RefundRow(refund, scale))
                .collect(Collectors.toList()));
        return PAGE;
    }

    /** An order of the host without a currency shows its amounts as they are. */
    private static int scaleOf(OrderFacts order) {
        return order.currency() == null ? 0 : MoneyRule.scaleOf(order.currency());
    }
}
