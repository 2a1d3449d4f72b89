package io.smm.membership.points;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import io.smm.membership.checkout.OrderGiveBack;
import io.smm.membership.web.InvalidInputException;
import io.smm.membership.web.Violation;

/**
 * The points ledger (docs/points.md#movements). Every movement locks its account's row first, writes one entry under
 * its key (a replay writes nothing), moves the lots the entry takes from or gives back to, and adds the entry's
 * points to the balance, so that balance = sum of entries = sum of lot remainders at every commit. Movements in a
 * transaction of their own read committed: on MariaDB a plain read then sees what the account's previous lock
 * holder committed, not a snapshot taken before the lock.
 */
public class PointsLedger {

    private final PointsAccountRepository accounts;
    private final PointsEntryRepository entries;
    private final PointsLotRepository lots;
    private final PointsLotMoveRepository moves;
    private final PointsHoldRepository holds;
    private final PointsSettingsService settings;
    private final TransactionTemplate newTransaction;
    private final ZoneId zone;
    private final Clock clock;
    private final Duration holdFor;

    PointsLedger(PointsAccountRepository accounts, PointsEntryRepository entries, PointsLotRepository lots,
            PointsLotMoveRepository moves, PointsHoldRepository holds, PointsSettingsService settings,
            PlatformTransactionManager transactions, ZoneId zone, Clock clock, Duration holdFor) {
        this.accounts = accounts;
        this.entries = entries;
        this.lots = lots;
        this.moves = moves;
        this.holds = holds;
        this.settings = settings;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.zone = zone;
        this.clock = clock;
        this.holdFor = holdFor;
    }

    /** The shopper's points as shown now; a shopper without an account has none (nothing is created). */
    @Transactional(readOnly = true)
    public PointsAccountView account(String storeCode, long customerId) {
        Instant now = clock.instant();
        return accounts.idOf(storeCode, customerId).flatMap(accounts::findById)
                .map(account -> PointsAccountView.of(lots.unexpired(account.getId(), now), account.getBalance(), now))
                .orElse(PointsAccountView.NONE);
    }

    /**
     * The shopper's entries, latest first; an empty page without an account. A redemption shows the order its hold
     * was confirmed with (the entry, written before the order, never is).
     */
    @Transactional(readOnly = true)
    public Page<PointsHistoryItem> history(String storeCode, long customerId, PageRequest page) {
        return accounts.idOf(storeCode, customerId).map(id -> {
            Page<PointsEntry> found = entries.findByAccountIdOrderByIdDesc(id, page);
            Map<Long, Long> ordersOfRedemptions = holds.findAllById(found.stream()
                    .filter(entry -> entry.getKind() == PointsEntryKind.REDEEM).map(PointsEntry::getId)
                    .collect(Collectors.toList())).stream().filter(hold -> hold.getOrderId() != null)
                    .collect(Collectors.toMap(PointsHoldRecord::getRedeemEntryId, PointsHoldRecord::getOrderId));
            return found.map(entry -> PointsHistoryItem.of(entry, ordersOfRedemptions.get(entry.getId())));
        }).orElse(Page.empty(page));
    }

    /**
     * Writes the order's EARN entry and its lot, in the order's transaction; expiry by the store's settings. Once per
     * order: a replay writes nothing.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void earn(String storeCode, long customerId, long orderId, long points, Instant earnedAt,
            Instant usableAt) {
        if (points > 0) {
            credit(storeCode, customerId, new PointsEntry(storeCode, 0, "order:" + orderId + ":earn",
                    PointsEntryKind.EARN, points, clock.instant()).forOrder(orderId, null), earnedAt, usableAt);
        }
    }

    /**
     * Holds {@code points} of the shopper's usable lots for the cart, soonest-expiring first, in a transaction of its
     * own (before the host charges). The same points held again for the cart answer the live hold; other points
     * release it first.
     *
     * @throws PointsRefusedException more than the usable balance, or fewer than the store's minimum: nothing changed
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW, isolation = Isolation.READ_COMMITTED)
    public PointsHold hold(String storeCode, long customerId, String cartCode, long points, Instant now) {
        if (points <= 0) {
            throw new IllegalArgumentException("hold a positive number of points, not " + points);
        }
        long accountId = lockExisting(storeCode, customerId)
                .orElseThrow(() -> new PointsRefusedException(PointsRefusal.BALANCE));
        List<PointsHoldRecord> ofCart = holds.findByStoreCodeAndCartCode(storeCode, cartCode);
        List<PointsHoldRecord> live = ofCart.stream().filter(PointsHoldRecord::isHeld).collect(Collectors.toList());
        Optional<PointsHoldRecord> same = live.stream()
                .filter(hold -> hold.getPoints() == points && hold.getAccountId() == accountId).findFirst();
        if (same.isPresent()) {
            return new PointsHold(cartCode, points, same.get().getExpiresAt());
        }
        if (points < settings.termsWithoutRatesOf(storeCode).minRedeem()) {
            throw new PointsRefusedException(PointsRefusal.MINIMUM);
        }
        live.stream().filter(hold -> hold.getAccountId() == accountId).forEach(hold -> releaseLocked(hold, now));
        List<PointsLot> usable = lots.lockUnexpired(accountId, now).stream().filter(lot -> lot.usableAt(now))
                .collect(Collectors.toList());
        if (usable.stream().mapToLong(PointsLot::getRemaining).sum() < points) {
            throw new PointsRefusedException(PointsRefusal.BALANCE);
        }
        long[] taken = LotTaking.take(usable.stream().mapToLong(PointsLot::getRemaining).toArray(), points);
        long number = ofCart.size() + 1L;
        PointsEntry redeem = record(new PointsEntry(storeCode, accountId, "cart:" + cartCode + ":redeem:" + number,
                PointsEntryKind.REDEEM, -points, now).forCart(cartCode), usable, negated(taken));
        Instant expiresAt = now.plus(holdFor);
        holds.save(new PointsHoldRecord(redeem.getId(), storeCode, accountId, cartCode, points, expiresAt));
        return new PointsHold(cartCode, points, expiresAt);
    }

    /**
     * Confirms the shopper's hold of the cart for the order, in the order's transaction; a replay for the same order
     * does nothing.
     *
     * @throws PointsRefusedException the hold was released meanwhile (it expired): the order must not be placed
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void confirm(String storeCode, long customerId, String cartCode, long orderId) {
        // the account first, as every movement takes it: the sweeper releasing this hold locks it, then the hold
        lockExisting(storeCode, customerId);
        if (holds.confirmCart(storeCode, cartCode, orderId) == 0
                && holds.findFirstByStoreCodeAndOrderIdAndState(storeCode, orderId, PointsHoldState.CONFIRMED)
                        .isEmpty()) {
            throw new PointsRefusedException(PointsRefusal.HOLD_LOST);
        }
    }

    /** Gives a failed checkout's held points back into the lots they came from, in a transaction of its own. */
    public void release(String storeCode, String cartCode) {
        holds.findByStoreCodeAndCartCodeAndState(storeCode, cartCode, PointsHoldState.HELD)
                .forEach(hold -> release(hold, clock.instant()));
    }

    /**
     * Releases the holds of checkouts that never finished, expired by {@code now}, each in a transaction of its own:
     * how many it released of at most {@code batch}.
     */
    public int releaseExpiredHolds(Instant now, int batch) {
        return holds.expired(now, PageRequest.of(0, batch)).stream().mapToInt(hold -> release(hold, now) ? 1 : 0)
                .sum();
    }

    /**
     * Gives back what a canceled or refunded order earned (UNEARN) and redeemed (RETURN), in the transaction that
     * records the give-back: the whole, or the refund's share rounded down (see {@link RefundShare}). Earned points
     * the shopper spent meanwhile are taken only as far as their lot still has them; the lot owes the rest, taken from
     * the next points given back into it. Once per give-back key.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void giveBack(OrderGiveBack giveBack) {
        String storeCode = giveBack.order().storeCode();
        Long customerId = giveBack.order().customerId();
        Optional<Long> locked = customerId == null ? Optional.empty() : lockExisting(storeCode, customerId);
        if (locked.isEmpty()) {
            return;
        }
        long orderId = giveBack.order().orderId();
        String key = "order:" + orderId + ":" + giveBack.key();
        Instant now = clock.instant();
        entries.findByStoreCodeAndEntryKey(storeCode, "order:" + orderId + ":earn")
                .filter(earn -> !entries.existsByStoreCodeAndEntryKey(storeCode, key + ":unearn"))
                .ifPresent(earn -> unearn(locked.get(), earn, giveBack, key + ":unearn", now));
        holds.findFirstByStoreCodeAndOrderIdAndState(storeCode, orderId, PointsHoldState.CONFIRMED)
                .filter(hold -> !entries.existsByStoreCodeAndEntryKey(storeCode, key + ":return"))
                .ifPresent(hold -> giveRedeemedBack(locked.get(), hold, giveBack, key + ":return", now));
    }

    /**
     * Expires what remains of up to {@code batch} lots expired by {@code now}, in one transaction that locks their
     * accounts first (in id order): how many lots it expired; 0 when none was due.
     */
    public int expireDue(Instant now, int batch) {
        return expireDue(now, batch, 0).expired();
    }

    /**
     * {@link #expireDue(Instant, int)} over the due lots with ids above {@code afterLotId}: the job reads the lots a
     * batch after the other in id order (keyset), never again from the start.
     */
    ExpiryBatch expireDue(Instant now, int batch, long afterLotId) {
        List<Object[]> due = lots.dueAfter(afterLotId, now, PageRequest.of(0, batch));
        if (due.isEmpty()) {
            return new ExpiryBatch(0, -1);
        }
        TreeSet<Long> accountIds = due.stream().map(row -> ((Number) row[1]).longValue())
                .collect(Collectors.toCollection(TreeSet::new));
        List<Long> lotIds = due.stream().map(row -> ((Number) row[0]).longValue()).collect(Collectors.toList());
        int expired = Objects.requireNonNull(newTransaction.execute(status -> {
            accounts.lockAllById(accountIds);
            return lots.expireLocked(lotIds, now);
        }));
        return new ExpiryBatch(expired, lotIds.get(lotIds.size() - 1));
    }

    /**
     * An owner's adjustment, once per key: a positive one is a lot usable at once (expiry by the settings), a
     * negative one takes unexpired lots soonest-expiring first.
     *
     * @return false when the key was written before (a replay: nothing changes)
     * @throws InvalidInputException no reason, or no points, named together
     * @throws PointsRefusedException a negative adjustment larger than the unexpired points
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public boolean adjust(String storeCode, long customerId, long points, String reason, String actor, String key) {
        List<Violation> violations = new ArrayList<>();
        if (points == 0) {
            violations.add(new Violation("points", "membership.points.adjust.points"));
        }
        if (reason == null || reason.isBlank()) {
            violations.add(new Violation("reason", "membership.points.adjust.reason"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        Instant now = clock.instant();
        PointsEntry entry = new PointsEntry(storeCode, 0, key, PointsEntryKind.ADJUST, points, now)
                .because(reason.strip(), actor);
        if (points > 0) {
            return credit(storeCode, customerId, entry, now, now);
        }
        long accountId = lockExisting(storeCode, customerId)
                .orElseThrow(() -> new PointsRefusedException(PointsRefusal.BALANCE));
        if (entries.existsByStoreCodeAndEntryKey(storeCode, key)) {
            return false;
        }
        List<PointsLot> unexpired = lots.lockUnexpired(accountId, now);
        if (unexpired.stream().mapToLong(PointsLot::getRemaining).sum() < -points) {
            throw new PointsRefusedException(PointsRefusal.BALANCE);
        }
        record(entry.of(accountId), unexpired,
                negated(LotTaking.take(unexpired.stream().mapToLong(PointsLot::getRemaining).toArray(), -points)));
        return true;
    }

    /** @see PointsGrants#grant */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public boolean grant(String storeCode, long customerId, long points, String key, String reason) {
        if (points <= 0) {
            throw new IllegalArgumentException("grant a positive number of points, not " + points);
        }
        Instant now = clock.instant();
        return credit(storeCode, customerId, new PointsEntry(storeCode, 0, key, PointsEntryKind.REWARD, points, now)
                .because(reason, null), now, now);
    }

    /** The account's three sums, which must be equal: for tests and checks. */
    @Transactional(readOnly = true)
    public Invariant check(String storeCode, long customerId) {
        return accounts.idOf(storeCode, customerId).flatMap(accounts::findById)
                .map(account -> new Invariant(account.getBalance(), entries.sumOf(account.getId()),
                        lots.sumOf(account.getId())))
                .orElse(new Invariant(0, 0, 0));
    }

    /**
     * Writes a positive entry and its new lot, creating the account on first need; false for a replayed key. The
     * account is looked up before it is locked, so that only its first credit takes a second connection.
     */
    private boolean credit(String storeCode, long customerId, PointsEntry entry, Instant earnedAt, Instant usableAt) {
        if (accounts.idOf(storeCode, customerId).isEmpty()) {
            createAccount(storeCode, customerId);
        }
        long accountId = lockExisting(storeCode, customerId).orElseThrow();
        if (entries.existsByStoreCodeAndEntryKey(storeCode, entry.getEntryKey())) {
            return false;
        }
        accounts.move(accountId, entry.getPoints());
        PointsEntry saved = entries.save(entry.of(accountId));
        PointsLot lot = lots.save(new PointsLot(storeCode, accountId, saved.getId(), entry.getPoints(), earnedAt,
                usableAt, settings.termsWithoutRatesOf(storeCode).expiresAt(earnedAt, zone)));
        moves.save(new PointsLotMove(saved.getId(), lot.getId(), entry.getPoints()));
        return true;
    }

    /**
     * Creates the account in a transaction of its own if it has none yet; one created by another movement at the
     * same time breaks the unique key here and is the account. Runs before the caller's lock, which then finds a row:
     * on MariaDB a locking read of a missing row would take a gap lock this insert waits for.
     */
    private void createAccount(String storeCode, long customerId) {
        try {
            newTransaction.executeWithoutResult(status -> {
                if (accounts.idOf(storeCode, customerId).isEmpty()) {
                    accounts.saveAndFlush(new PointsAccount(storeCode, customerId));
                }
            });
        } catch (DataIntegrityViolationException createdMeanwhile) {
            // the other movement's account is the one
        }
    }

    private Optional<Long> lockExisting(String storeCode, long customerId) {
        return accounts.lock(storeCode, customerId).map(Number::longValue);
    }

    /**
     * The movement's writes, balance first: the balance, the entry (a key written before breaks its unique key and
     * the whole movement rolls back), then each lot and its move.
     */
    private PointsEntry record(PointsEntry entry, List<PointsLot> movedLots, long[] points) {
        accounts.move(entry.getAccountId(), entry.getPoints());
        PointsEntry saved = entries.saveAndFlush(entry);
        for (int i = 0; i < movedLots.size(); i++) {
            if (points[i] != 0) {
                movedLots.get(i).move(points[i]);
                moves.save(new PointsLotMove(saved.getId(), movedLots.get(i).getId(), points[i]));
            }
        }
        return saved;
    }

    private boolean release(PointsHoldRecord hold, Instant now) {
        return Boolean.TRUE.equals(newTransaction.execute(status -> {
            accounts.lockById(hold.getAccountId());
            return holds.findById(hold.getRedeemEntryId()).map(fresh -> releaseLocked(fresh, now)).orElse(false);
        }));
    }

    /** Under the account's lock: RELEASE back into the lots the hold took, if it is still held. */
    private boolean releaseLocked(PointsHoldRecord hold, Instant now) {
        if (holds.release(hold.getRedeemEntryId()) == 0) {
            return false;
        }
        List<PointsLotMove> taken = moves.findByEntryIdIn(List.of(hold.getRedeemEntryId()));
        Map<Long, Long> back = taken.stream().collect(Collectors.toMap(PointsLotMove::getLotId,
                move -> -move.getPoints()));
        List<PointsLot> lotsTaken = lots.lockAll(back.keySet());
        String key = entries.findById(hold.getRedeemEntryId()).orElseThrow().getEntryKey() + ":release";
        giveBackInto(new PointsEntry(hold.getStoreCode(), hold.getAccountId(), key, PointsEntryKind.RELEASE,
                hold.getPoints(), now).forCart(hold.getCartCode()), lotsTaken,
                lotsTaken.stream().mapToLong(lot -> back.get(lot.getId())).toArray());
        return true;
    }

    private void unearn(long accountId, PointsEntry earn, OrderGiveBack giveBack, String key, Instant now) {
        List<PointsEntry> before = entries.findByStoreCodeAndOrderIdAndKindOrderByIdAsc(earn.getStoreCode(),
                earn.getOrderId(), PointsEntryKind.UNEARN);
        PointsLot lot = lots.lockEarnedBy(earn.getId()).orElseThrow();
        // what the order's give-backs owe counts as taken: the earlier shares are the entries' points and the debt
        long share = RefundShare.of(earn.getPoints(), giveBack.refunded(), refundedBy(before),
                giveBack.orderAmount(), -pointsOf(before) + lot.getOwed());
        long taken = Math.min(share, lot.getRemaining());
        record(new PointsEntry(earn.getStoreCode(), accountId, key, PointsEntryKind.UNEARN, -taken, now)
                .forOrder(earn.getOrderId(), giveBack.refunded()), List.of(lot), new long[] { -taken });
        lot.owe(share - taken);
    }

    private void giveRedeemedBack(long accountId, PointsHoldRecord hold, OrderGiveBack giveBack, String key,
            Instant now) {
        String storeCode = hold.getStoreCode();
        List<PointsEntry> before = entries.findByStoreCodeAndOrderIdAndKindOrderByIdAsc(storeCode,
                hold.getOrderId(), PointsEntryKind.RETURN);
        long share = RefundShare.of(hold.getPoints(), giveBack.refunded(), refundedBy(before),
                giveBack.orderAmount(), pointsOf(before));
        Map<Long, Long> open = new LinkedHashMap<>();
        moves.findByEntryIdIn(List.of(hold.getRedeemEntryId()))
                .forEach(move -> open.merge(move.getLotId(), -move.getPoints(), Long::sum));
        if (!before.isEmpty()) {
            moves.findByEntryIdIn(before.stream().map(PointsEntry::getId).collect(Collectors.toList()))
                    .forEach(move -> open.merge(move.getLotId(), -move.getPoints(), Long::sum));
        }
        List<PointsLot> lotsTaken = lots.lockAll(open.keySet());
        long[] given = LotTaking.giveBack(lotsTaken.stream().mapToLong(lot -> open.get(lot.getId())).toArray(),
                share);
        giveBackInto(new PointsEntry(storeCode, accountId, key, PointsEntryKind.RETURN, share, now)
                .forOrder(hold.getOrderId(), giveBack.refunded()), lotsTaken, given);
    }

    /**
     * Records a movement that gives points back into existing lots, then takes from each lot what its order's
     * give-backs still owe, as far as the points given back reach: an UNEARN of that order per lot (key
     * {@code <entry key>:owed:<lot id>}), so that points of a refunded order never become usable again.
     */
    private void giveBackInto(PointsEntry entry, List<PointsLot> into, long[] points) {
        PointsEntry saved = record(entry, into, points);
        for (int i = 0; i < into.size(); i++) {
            PointsLot lot = into.get(i);
            long settled = Math.min(points[i], lot.getOwed());
            if (settled > 0) {
                Long orderId = entries.findById(lot.getEarnEntryId()).orElseThrow().getOrderId();
                record(new PointsEntry(saved.getStoreCode(), saved.getAccountId(),
                        saved.getEntryKey() + ":owed:" + lot.getId(), PointsEntryKind.UNEARN, -settled,
                        saved.getRecordedAt()).forOrder(orderId, null), List.of(lot), new long[] { -settled });
                lot.owe(-settled);
            }
        }
    }

    private static BigDecimal refundedBy(List<PointsEntry> before) {
        return before.stream().map(PointsEntry::getRefunded).filter(Objects::nonNull).reduce(BigDecimal.ZERO,
                BigDecimal::add);
    }

    private static long pointsOf(List<PointsEntry> before) {
        return before.stream().mapToLong(PointsEntry::getPoints).sum();
    }

    private static long[] negated(long[] points) {
        long[] negated = new long[points.length];
        for (int i = 0; i < points.length; i++) {
            negated[i] = -points[i];
        }
        return negated;
    }

    /** What one batch of the expiry did: how many lots it expired, and the last lot it read (-1: none was due). */
    static final class ExpiryBatch {

        private final int expired;
        private final long lastLotId;

        ExpiryBatch(int expired, long lastLotId) {
            this.expired = expired;
            this.lastLotId = lastLotId;
        }

        int expired() {
            return expired;
        }

        long lastLotId() {
            return lastLotId;
        }
    }

    /** An account's balance, the sum of its entries and the sum of its lots' remainders: always equal. */
    public static final class Invariant {

        private final long balance;
        private final long entries;
        private final long lots;

        Invariant(long balance, long entries, long lots) {
            this.balance = balance;
            this.entries = entries;
            this.lots = lots;
        }

        public boolean holds() {
            return balance == entries && entries == lots;
        }

        public long balance() {
            return balance;
        }

        public long entries() {
            return entries;
        }

        public long lots() {
            return lots;
        }

        @Override
        public String toString() {
            return "balance " + balance + ", entries " + entries + ", lots " + lots;
        }
    }
}
