package io.smm.demo;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.transaction.support.TransactionTemplate;

import io.smm.membership.checkout.CheckoutSteps;
import io.smm.membership.groups.GroupService;
import io.smm.membership.orders.OrderFacts;
import io.smm.membership.orders.OrderHistory;
import io.smm.membership.points.PointsCampaignDraft;
import io.smm.membership.points.PointsCampaignService;
import io.smm.membership.points.PointsLedger;
import io.smm.membership.points.PointsParticipant;
import io.smm.membership.points.PointsSettingsDraft;
import io.smm.membership.points.PointsSettingsService;
import io.smm.membership.points.PointsTerms;

/**
 * The demo's loyalty points: switched on at a point a dollar, each worth a cent, usable after a 14-day return
 * window and lasting 180 days; Gold members earn ×1.5 and Platinum ×2; double points on tea for a fortnight running
 * now, and an anniversary weekend of triple points two months ago. The year's orders earn as the checkout earns
 * them, each at its date, so the points of its first half have expired and some expire within the month; the owner
 * thanked one member for a review and corrected another's points.
 */
final class DemoPoints {

    private static final String OWNER = "admin@shopizer.com";
    private static final int BATCH = 500;

    private final PointsSettingsService settings;
    private final PointsCampaignService campaigns;
    private final PointsLedger ledger;
    private final PointsParticipant participant;
    private final GroupService groups;
    private final OrderHistory orders;
    private final CheckoutSteps steps;
    private final TransactionTemplate transactions;
    /** Null when the host has a clock of its own: the points are switched on, with no history. */
    private final DemoClock clock;

    DemoPoints(PointsSettingsService settings, PointsCampaignService campaigns, PointsLedger ledger,
            PointsParticipant participant, GroupService groups, OrderHistory orders, CheckoutSteps steps,
            TransactionTemplate transactions, DemoClock clock) {
        this.settings = settings;
        this.campaigns = campaigns;
        this.ledger = ledger;
        this.participant = participant;
        this.groups = groups;
        this.orders = orders;
        this.steps = steps;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * @param productIds the demo's products by sku
     * @param categoryOf the category each sku is filed under
     * @param silver the member thanked for a review
     * @param gold the member whose points the owner corrected
     */
    void load(Map<String, Long> productIds, Map<String, Long> categoryOf, long silver, long gold) {
        settings.save(DemoData.STORE, terms());
        LocalDate today = LocalDate.now(campaigns.zone());
        campaigns.create(DemoData.STORE, campaign("Tea fortnight: double points on tea", today.minusDays(6),
                today.plusDays(8), "2", List.of(categoryOf.get("TE-1"))));
        campaigns.create(DemoData.STORE, campaign("Anniversary weekend: triple points", today.minusDays(60),
                today.minusDays(57), "3", List.of()));
        if (clock == null) {
            return;
        }
        PastCheckouts past = new PastCheckouts(steps, orders, transactions, clock, productIds, categoryOf);
        long afterId = 0;
        for (List<OrderFacts> batch = orders.after(DemoData.STORE, 0, BATCH); !batch.isEmpty();
                batch = orders.after(DemoData.STORE, afterId, BATCH)) {
            for (OrderFacts order : batch) {
                if (order.customerId() != null && !"CANCELED".equals(order.status())) {
                    past.credit(participant, order, null, null, "DEMO-PTS-" + order.orderId());
                }
            }
            afterId = batch.get(batch.size() - 1).orderId();
        }
        Instant now = Instant.now();
        clock.at(now.minus(Duration.ofDays(20)), () -> ledger.adjust(DemoData.STORE, silver, 200,
                "Thank you for your review of the Chemex", OWNER, "demo:review:silver"));
        clock.at(now.minus(Duration.ofDays(8)), () -> ledger.adjust(DemoData.STORE, gold, -50,
                "Points of a returned gift card taken back", OWNER, "demo:correction:gold"));
        ledger.expireDue(now, BATCH);
    }

    private PointsSettingsDraft terms() {
        PointsSettingsDraft draft = new PointsSettingsDraft();
        draft.setEnabled(true);
        draft.setPointsPerUnit(BigDecimal.ONE);
        draft.setCashValue(new BigDecimal("0.01"));
        draft.setMinRedeem(100L);
        draft.setMaxOrderShare(new BigDecimal("50"));
        draft.setExpiryMode(PointsTerms.ExpiryMode.DAYS_AFTER_EARNING);
        draft.setExpiryDays(180);
        draft.setExpiryPeriod(PointsTerms.Period.YEAR);
        draft.setReturnWindowDays(14);
        draft.setTiersByPoints(false);
        draft.setTierRates(List.of(rate("GOLD", "1.5"), rate("PLATINUM", "2")));
        return draft;
    }

    /** A campaign from the start of one day to the start of another, in the store's time zone. */
    private static PointsCampaignDraft campaign(String name, LocalDate from, LocalDate until, String multiplier,
            List<Long> categoryIds) {
        PointsCampaignDraft draft = new PointsCampaignDraft();
        draft.setName(name);
        draft.setStartsAt(from.atStartOfDay());
        draft.setEndsAt(until.atStartOfDay());
        draft.setMultiplier(new BigDecimal(multiplier));
        draft.setCategoryIds(categoryIds);
        return draft;
    }

    private PointsSettingsDraft.TierRate rate(String tier, String multiplier) {
        PointsSettingsDraft.TierRate rate = new PointsSettingsDraft.TierRate();
        rate.setGroupId(groups.getByCode(DemoData.STORE, tier).getId());
        rate.setMultiplier(new BigDecimal(multiplier));
        return rate;
    }
}
