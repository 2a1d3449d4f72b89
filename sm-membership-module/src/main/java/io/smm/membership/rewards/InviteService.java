package io.smm.membership.rewards;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Invite codes and the friends they bind: a member's code is drawn on first use (a code another member of the
 * store holds is drawn again), and a friend is bound to one referrer once and for good (a unique key).
 */
public class InviteService {

    private static final int DRAWS = 10;

    private final InviteCodeRepository codes;
    private final ReferralBindingRepository referrals;
    private final InviteCodes generator;
    private final TransactionTemplate transaction;
    private final Clock clock;

    InviteService(InviteCodeRepository codes, ReferralBindingRepository referrals, InviteCodes generator,
            PlatformTransactionManager transactions, Clock clock) {
        this.codes = codes;
        this.referrals = referrals;
        this.generator = generator;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** The member's invite code, drawn now if the member has none yet. */
    public String codeOf(String storeCode, long customerId) {
        for (int draw = 0; draw < DRAWS; draw++) {
            Optional<String> known = transaction.execute(status -> codes.ofCustomer(storeCode, customerId)
                    .map(InviteCode::getCode));
            if (known.isPresent()) {
                return known.get();
            }
            String code = generator.draw();
            try {
                transaction.executeWithoutResult(status -> codes.saveAndFlush(new InviteCode(storeCode, customerId,
                        code, clock.instant())));
                return code;
            } catch (DataIntegrityViolationException takenOrDrawnMeanwhile) {
                // another member holds the code, or this member's code was drawn at the same moment: read again
            }
        }
        throw new IllegalStateException("No free invite code in " + DRAWS + " draws for store " + storeCode);
    }

    /** The member whose code this is, as typed (any case). */
    public Optional<Long> referrerOf(String storeCode, String typedCode) {
        String code = InviteCodes.normalized(typedCode);
        return code == null ? Optional.empty()
                : transaction.execute(status -> codes.byCode(storeCode, code).map(InviteCode::getCustomerId));
    }

    /** Binds the friend to the code's member; false when the code names nobody or the friend was bound before. */
    public boolean bind(String storeCode, long friendId, String typedCode) {
        Optional<Long> referrer = referrerOf(storeCode, typedCode);
        if (referrer.isEmpty()) {
            return false;
        }
        try {
            transaction.executeWithoutResult(status -> referrals.saveAndFlush(new ReferralBinding(storeCode,
                    friendId, referrer.get(), clock.instant())));
            return true;
        } catch (DataIntegrityViolationException boundBefore) {
            return false;
        }
    }

    List<ReferralBinding> friendsOf(String storeCode, long referrerId) {
        return transaction.execute(status -> referrals.ofReferrer(storeCode, referrerId));
    }
}
