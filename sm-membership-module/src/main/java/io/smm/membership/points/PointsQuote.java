package io.smm.membership.points;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

import io.smm.membership.checkout.CartContents;
import io.smm.membership.checkout.TotalChange;

/**
 * What points do to a logged-in shopper's cart: the points they chose and the discount these pay, split over the
 * lines (or why they cannot), and what the order would earn. Kept for the later steps with the cart's lines and the
 * shopper's groups, which earning reads again at confirm.
 */
public final class PointsQuote implements TotalChange {

    static final String MODULE = "membership-points";
    static final String LABEL = "membership.points.line";

    private final long customerId;
    private final long usable;
    private final PointsRedemption redemption;
    private final long earns;
    private final CartContents contents;
    private final Set<Long> groupIds;

    PointsQuote(long customerId, long usable, PointsRedemption redemption, long earns, CartContents contents,
            Set<Long> groupIds) {
        this.customerId = customerId;
        this.usable = usable;
        this.redemption = redemption;
        this.earns = earns;
        this.contents = contents;
        this.groupIds = Set.copyOf(groupIds);
    }

    @Override
    public String totalModule() {
        return MODULE;
    }

    @Override
    public MessageSourceResolvable label() {
        return new DefaultMessageSourceResolvable(new String[] { LABEL }, new Object[] { redemption.points() });
    }

    @Override
    public List<BigDecimal> lineDiscounts() {
        return redemption.lineDiscounts();
    }

    @Override
    public Optional<PointsRefusal> refusal() {
        return redemption.refusal();
    }

    public long customerId() {
        return customerId;
    }

    /** The shopper's usable balance when the cart was priced. */
    public long usable() {
        return usable;
    }

    /** The points chosen, their discount, and the most the cart takes. */
    public PointsRedemption redemption() {
        return redemption;
    }

    /** The points the order would earn as the cart is now. */
    public long earns() {
        return earns;
    }

    CartContents contents() {
        return contents;
    }

    Set<Long> groupIds() {
        return groupIds;
    }
}
