package io.smm.membership.admin.orders;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

import io.smm.membership.checkout.OrderRefundDraft;
import io.smm.membership.orders.OrderLine;
import io.smm.membership.web.Violation;

class RefundSubmissionTests {

    private final OrderRefundForm form = new OrderRefundForm();
    private final BindingResult result = new BeanPropertyBindingResult(form, "orderRefundForm");

    @Test
    void sendsOnlyRowsWithAQuantityAndNamesTheRowsTheyCameFrom() {
        form.alignWith(lines("A", "B", "C"));
        form.getLines().get(2).setQuantity(1);

        RefundSubmission submission = new RefundSubmission(form, result);

        assertThat(submission.draft().getLines()).extracting(OrderRefundDraft.LineDraft::getSku).containsExactly("C");
        assertThat(submission.formField("lines[0].quantity")).isEqualTo("lines[2].quantity");
        assertThat(submission.formField("lines")).isEqualTo("lines");
        assertThat(submission.formField("amount")).isEqualTo("amount");
    }

    @Test
    void sendsAnUnreadableRowSoThatTheServiceNamesIt() {
        form.alignWith(lines("A", "B", "C"));
        form.getLines().get(2).setQuantity(9);
        form.setAmount(BigDecimal.ONE);
        result.addError(new FieldError("orderRefundForm", "lines[1].quantity", "two", true, null, null, "no"));

        RefundSubmission submission = new RefundSubmission(form, result);

        assertThat(submission.draft().getLines()).extracting(OrderRefundDraft.LineDraft::getSku)
                .containsExactly("B", "C");
        assertThat(submission.draft().unreadable()).extracting(Violation::field).containsExactly("lines[0].quantity");
        assertThat(submission.draft().getAmount()).isEqualByComparingTo("1");
        assertThat(submission.formField("lines[1].quantity")).isEqualTo("lines[2].quantity");
    }

    @Test
    void takesEachRowsSkuFromTheOrderAndARowTheOrderHasNotForAllLines() {
        form.alignWith(lines("A"));
        form.getLines().get(0).setSku("forged");
        form.getLines().get(0).setQuantity(1);
        form.alignWith(lines("A"));

        RefundSubmission submission = new RefundSubmission(form, result);

        assertThat(submission.draft().getLines()).extracting(OrderRefundDraft.LineDraft::getSku).containsExactly("A");
        assertThat(submission.draftField("lines[7].quantity")).isEqualTo("lines");
        assertThat(submission.formField("lines[7].quantity")).isEqualTo("lines");
    }

    private static List<OrderLine> lines(String... skus) {
        return Arrays.stream(skus).map(sku -> new OrderLine(sku, "Tea " + sku, 2, new BigDecimal("4.50")))
                .collect(Collectors.toList());
    }
}
