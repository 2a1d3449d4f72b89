package io.smm.membership.commissions;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.hibernate.exception.ConstraintViolationException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import io.smm.membership.checkout.CheckoutRefusedException;
import io.smm.membership.checkout.OrderGiveBack;

/**
 * Writes commissions and their ledger entries. A commission is written with its order; what it is worth is the sum
 * of its entries, each written once under its own key; its state moves only by conditional updates, so a give-back
 * replayed, or one racing the approval job or a payout, ends in one state with every entry kept.
 */
public class CommissionLedger {

    private static final Set<CommissionState> BEFORE_PAYOUT = EnumSet.of(CommissionState.PENDING,
            CommissionState.APPROVED);

    private final CommissionRepository commissions;
    private final CommissionEntryRepository entries;
    private final CommissionRule rule;
    private final Clock clock;

    CommissionLedger(CommissionRepository commissions, CommissionEntryRepository entries, CommissionRule rule,
            Clock clock) {
        this.commissions = commissions;
        this.entries = entries;
        this.rule = rule;
        this.clock = clock;
    }

    /** Whether an order of this cart already earned a commission: the host places a cart submitted twice twice. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean cartCredited(String storeCode, String cartCode) {
        return commissions.existsByStoreCodeAndCartCode(storeCode, cartCode);
    }

    /**
     * Writes the order's commission and its EARNED entry, in the order's transaction.
     *
     * @throws CheckoutRefusedException the same order or cart is being placed at once by another checkout, which
     *     earned the commission (the unique keys on order and cart)
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void earn(Commission commission) {
        try {
            commissions.saveAndFlush(commission);
        } catch (DataIntegrityViolationException failed) {
            if (placedTwice(failed)) {
                throw new CheckoutRefusedException(CommissionRefusal.CART_ORDERED);
            }
            throw failed;
        }
        entries.save(new CommissionEntry(commission, keyOf(commission.getOrderId(), "earned"),
                CommissionEntryKind.EARNED, commission.getAmount(), clock.instant()));
    }

    /**
     * Takes the order's commission back, in the transaction that records the cancel or refund: a partial refund its
     * share, a cancel or full refund what remains (reversing it before payout). After payout the state stays PAID and
     * a CLAWBACK entry is written. The commission's row is locked first, so give-backs of one order take turns.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void giveBack(OrderGiveBack giveBack) {
        String storeCode = giveBack.order().storeCode();
        long orderId = giveBack.order().orderId();
        Optional<Commission> locked = commissions.lockByOrder(storeCode, orderId);
        String key = keyOf(orderId, giveBack.key());
        if (locked.isEmpty() || entries.existsByStoreCodeAndEntryKey(storeCode, key)) {
            return;
        }
        Commission commission = locked.get();
        BigDecimal remaining = entries.remainingOf(commission.getId());
        Instant now = clock.instant();
        if (giveBack.kind() == OrderGiveBack.Kind.PARTLY_REFUNDED) {
            BigDecimal share = rule.refundShare(commission.getAmount(), giveBack.refunded(), giveBack.orderAmount(),
                    remaining, Currency.getInstance(commission.getCurrency()));
            CommissionState state = CommissionState.valueOf(commissions.lockedStateOf(commission.getId()));
            if (BEFORE_PAYOUT.contains(state)) {
                write(commission, key, CommissionEntryKind.REDUCED, share, now);
            } else if (state == CommissionState.PAID) {
                write(commission, key, CommissionEntryKind.CLAWBACK, share, now);
            }
        } else if (commissions.close(commission.getId(), CommissionState.REVERSED, BEFORE_PAYOUT, now) == 1) {
            write(commission, key, CommissionEntryKind.REVERSED, remaining, now);
        } else if (CommissionState.valueOf(commissions.lockedStateOf(commission.getId())) == CommissionState.PAID) {
            write(commission, key, CommissionEntryKind.CLAWBACK, remaining, now);
        }
    }

    /**
     * Approves the next batch of pending commissions due by {@code now}, after {@code afterId} in id order, of one
     * store or, for a null store, of every store, in a short transaction of its own; the last id it looked at, or
     * empty when none was left.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW, isolation = Isolation.READ_COMMITTED)
    public Optional<ApprovedBatch> approveNext(String storeCode, long afterId, Instant now, int size) {
        List<Long> due = storeCode == null ? commissions.dueAfter(afterId, now, PageRequest.of(0, size))
                : commissions.dueInStoreAfter(storeCode, afterId, now, PageRequest.of(0, size));
        if (due.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ApprovedBatch(due.get(due.size() - 1), commissions.approve(due, now)));
    }

    /** Whether the insert broke the one commission per order or per cart, rather than anything else. */
    private static boolean placedTwice(DataIntegrityViolationException failed) {
        String constraint = failed.getCause() instanceof ConstraintViolationException
                ? ((ConstraintViolationException) failed.getCause()).getConstraintName() : null;
        String name = constraint == null ? "" : constraint.toUpperCase(Locale.ROOT);
        return name.contains("UK_SMM_COMMISSION_CART") || name.contains("UK_SMM_COMMISSION_ORDER");
    }

    /** Nothing is written for a give-back that takes nothing (a share rounded to 0, a commission worth 0). */
    private void write(Commission commission, String key, CommissionEntryKind kind, BigDecimal taken, Instant now) {
        if (taken.signum() > 0) {
            entries.save(new CommissionEntry(commission, key, kind, taken.negate(), now));
        }
    }

    private static String keyOf(long orderId, String event) {
        return "order:" + orderId + ":" + event;
    }

    /** One batch of the approval: the last id looked at, and how many of its commissions were approved. */
    static final class ApprovedBatch {

        final long lastId;
        final int approved;

        ApprovedBatch(long lastId, int approved) {
            this.lastId = lastId;
            this.approved = approved;
        }
    }
}
