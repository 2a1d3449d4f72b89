package io.smm.membership.profile;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.transaction.annotation.Transactional;

import io.smm.membership.affiliates.AffiliateCard;
import io.smm.membership.affiliates.AffiliateDirectory;
import io.smm.membership.coupons.Coupon;
import io.smm.membership.coupons.CouponService;
import io.smm.membership.coupons.CouponStatus;
import io.smm.membership.errors.NotFoundException;
import io.smm.membership.groups.MemberDirectory;
import io.smm.membership.groups.MemberSummary;
import io.smm.membership.groups.MembershipService;
import io.smm.membership.money.MoneyRule;
import io.smm.membership.money.StoreCurrencies;
import io.smm.membership.points.PointsAccountView;
import io.smm.membership.points.PointsLedger;
import io.smm.membership.points.PointsSettingsService;
import io.smm.membership.rewards.ReferralReport;
import io.smm.membership.sql.NativeRows;
import io.smm.membership.tiers.SpendWindow;
import io.smm.membership.time.Instants;

/**
 * A member's whole picture (docs/analytics-member.md): spend and orders counted live from the paid orders, RFM
 * scores and segment history as the last run left them, coupons held and used, points, referrals and affiliate
 * standing from those features' services. Read-only; for the owner's page and JSON and the shopper's own overview.
 */
public class MemberProfileService {

    /** The most segment moves and coupon uses a picture lists, newest first. */
    static final int MOST_ROWS = 50;

    private final ProfileQueries queries;
    private final MembershipService memberships;
    private final MemberDirectory directory;
    private final CouponService coupons;
    private final PointsLedger points;
    private final PointsSettingsService pointsSettings;
    private final ReferralReport referrals;
    private final AffiliateDirectory affiliates;
    private final StoreCurrencies currencies;
    private final MoneyRule money;
    private final MessageSource messages;
    private final Clock clock;
    private final ZoneId zone;
    private final ToIntFunction<String> windowDays;

    /** @param windowDays a store's RFM window in days (the analytics settings') */
    MemberProfileService(ProfileQueries queries, MembershipService memberships, MemberDirectory directory,
            CouponService coupons, PointsLedger points, PointsSettingsService pointsSettings, ReferralReport referrals,
            AffiliateDirectory affiliates, StoreCurrencies currencies, MoneyRule money, MessageSource messages,
            Clock clock, ZoneId zone, ToIntFunction<String> windowDays) {
        this.queries = queries;
        this.memberships = memberships;
        this.directory = directory;
        this.coupons = coupons;
        this.points = points;
        this.pointsSettings = pointsSettings;
        this.referrals = referrals;
        this.affiliates = affiliates;
        this.currencies = currencies;
        this.money = money;
        this.messages = messages;
        this.clock = clock;
        this.zone = zone;
        this.windowDays = windowDays;
    }

    /** The owner's picture of one customer of the store; 404 for anyone else. */
    @Transactional(readOnly = true)
    public Map<String, Object> picture(String storeCode, long customerId, Locale locale) {
        memberships.member(storeCode, customerId);
        Currency currency = currencyOf(storeCode);
        Map<String, Object> picture = new LinkedHashMap<>();
        picture.put("customerId", customerId);
        picture.put("currency", currency.getCurrencyCode());
        picture.put("spend", spend(storeCode, customerId, windowDays.applyAsInt(storeCode), currency));
        picture.put("rfm", rfm(storeCode, customerId, locale));
        Map<String, Object> couponSection = new LinkedHashMap<>();
        couponSection.put("held", held(storeCode, customerId));
        couponSection.put("used", used(storeCode, customerId, currency));
        picture.put("coupons", couponSection);
        picture.put("points", points(storeCode, customerId));
        picture.put("referrals", referrals(storeCode, customerId));
        picture.put("affiliate", affiliate(storeCode, customerId, currency));
        return picture;
    }

    /**
     * The shopper's own figures: their paid orders over their lifetime and over the given window (their tier's; null
     * for a lifetime), and the offers they hold.
     */
    @Transactional(readOnly = true)
    public Map<String, Object> overview(String storeCode, long customerId, Integer tierWindowDays) {
        Currency currency = currencyOf(storeCode);
        MemberSpend spend = spend(storeCode, customerId, tierWindowDays, currency);
        Map<String, Object> overview = new LinkedHashMap<>();
        overview.put("currency", currency.getCurrencyCode());
        overview.put("lifetimeOrders", spend.getLifetimeOrders());
        overview.put("lifetimeSpend", spend.getLifetimeSpend());
        overview.put("tierWindowDays", tierWindowDays);
        overview.put("tierWindowOrders", spend.getWindowOrders());
        overview.put("tierWindowSpend", spend.getWindowSpend());
        overview.put("lastOrderAt", spend.getLastOrderAt());
        overview.put("offers", held(storeCode, customerId));
        return overview;
    }

    /** Paid orders of the lifetime and of the last {@code days} days (null: the lifetime again). */
    MemberSpend spend(String storeCode, long customerId, Integer days, Currency currency) {
        Instant now = clock.instant();
        Instant start = days == null ? Instant.EPOCH : SpendWindow.ofDays(days).startAt(now, zone);
        Object[] row = queries.spend(storeCode, customerId, start);
        int scale = MoneyRule.scaleOf(currency);
        MemberSpend.Figures lifetime = new MemberSpend.Figures(NativeRows.whole(row[0]), decimal(row[1]), scale,
                money.rounding());
        MemberSpend.Figures window = new MemberSpend.Figures(NativeRows.whole(row[2]), decimal(row[3]), scale,
                money.rounding());
        Object[] last = queries.lastOrder(storeCode, customerId).orElse(null);
        Instant lastAt = last == null ? null : NativeRows.instant(last[1]);
        return new MemberSpend(days == null ? 0 : days, lifetime, window,
                last == null ? null : NativeRows.whole(last[0]), lastAt,
                lastAt == null ? null : MemberSpend.daysAsleep(lastAt, now, zone));
    }

    private Map<String, Object> rfm(String storeCode, long customerId, Locale locale) {
        Map<String, Object> rfm = new LinkedHashMap<>();
        Object[] score = queries.score(storeCode, customerId).orElse(null);
        rfm.put("scored", score != null && score[0] != null);
        rfm.put("r", score == null ? null : score[0]);
        rfm.put("f", score == null ? null : score[1]);
        rfm.put("m", score == null ? null : score[2]);
        rfm.put("segment", score == null ? null : segment((String) score[3], locale));
        rfm.put("previousSegment", score == null ? null : segment((String) score[4], locale));
        rfm.put("segmentSince", score == null ? null : iso(score[5]));
        rfm.put("scoredAt", score == null ? null : iso(score[6]));
        rfm.put("history", queries.segmentMoves(storeCode, customerId, MOST_ROWS).stream().map(move -> {
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("movedAt", iso(move[0]));
            view.put("from", segment((String) move[1], locale));
            view.put("to", segment((String) move[2], locale));
            return view;
        }).collect(Collectors.toList()));
        return rfm;
    }

    /** A segment's code and its name in the locale; null for none. */
    private Map<String, Object> segment(String code, Locale locale) {
        if (code == null) {
            return null;
        }
        Map<String, Object> segment = new LinkedHashMap<>();
        segment.put("code", code);
        segment.put("name", messages.getMessage("membership.analytics.segment." + code, null, code, locale));
        return segment;
    }

    /** The member's usable reward and offer codes (scheduled or active, not used up), with what each gives. */
    private List<Map<String, Object>> held(String storeCode, long customerId) {
        Instant now = clock.instant();
        List<Map<String, Object>> held = new ArrayList<>();
        for (Object[] row : queries.heldCoupons(storeCode, customerId)) {
            Coupon coupon = coupons.get(storeCode, NativeRows.whole(row[0]));
            CouponStatus status = coupon.statusAt(now);
            if (status == CouponStatus.ACTIVE || status == CouponStatus.SCHEDULED) {
                held.add(offer(coupon, status, (String) row[1]));
            }
        }
        return held;
    }

    private static Map<String, Object> offer(Coupon coupon, CouponStatus status, String source) {
        Map<String, Object> offer = new LinkedHashMap<>();
        offer.put("couponId", coupon.getId());
        offer.put("code", coupon.getCode());
        offer.put("name", coupon.getName());
        offer.put("source", source);
        offer.put("status", status.name());
        offer.put("kind", coupon.getKind().name());
        offer.put("value", coupon.getValue());
        offer.put("base", coupon.getBase().name());
        offer.put("maxDiscount", coupon.getMaxDiscount());
        offer.put("minSubtotal", coupon.getMinSubtotal());
        offer.put("startsAt", Instants.iso(coupon.getStartsAt()));
        offer.put("endsAt", Instants.iso(coupon.getEndsAt()));
        return offer;
    }

    private List<Map<String, Object>> used(String storeCode, long customerId, Currency currency) {
        return queries.couponUses(storeCode, customerId, MOST_ROWS).stream().map(use -> {
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("orderId", NativeRows.whole(use[0]));
            view.put("code", use[1]);
            view.put("couponId", NativeRows.whole(use[7]));
            view.put("discount", MoneyRule.shown(decimal(use[2]), MoneyRule.scaleOf(currency)));
            view.put("currency", use[3]);
            view.put("redeemedAt", iso(use[4]));
            view.put("givenBackAt", iso(use[5]));
            view.put("givenBackFor", use[6]);
            return view;
        }).collect(Collectors.toList());
    }

    private Map<String, Object> points(String storeCode, long customerId) {
        Map<String, Object> view = new LinkedHashMap<>();
        PointsAccountView account = points.account(storeCode, customerId);
        view.put("enabled", pointsSettings.termsWithoutRatesOf(storeCode).enabled());
        view.put("usable", account.usable());
        view.put("pending", account.pending());
        view.put("expiringSoon", account.expiringSoon());
        return view;
    }

    private Map<String, Object> referrals(String storeCode, long customerId) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("invitedBy", queries.invitedBy(storeCode, customerId).map(row -> {
            long referrerId = NativeRows.whole(row[0]);
            Map<String, Object> referrer = new LinkedHashMap<>();
            referrer.put("customerId", referrerId);
            referrer.put("email", directory.find(storeCode, referrerId).map(MemberSummary::getEmail).orElse(null));
            referrer.put("state", row[1]);
            referrer.put("boundAt", iso(row[2]));
            return referrer;
        }).orElse(null));
        view.put("friends", referrals.friendsOf(storeCode, customerId));
        return view;
    }

    private Map<String, Object> affiliate(String storeCode, long customerId, Currency currency) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("account", affiliates.byCustomer(storeCode, customerId).map(card -> {
            Map<String, Object> account = new LinkedHashMap<>();
            account.put("affiliateId", card.id());
            account.put("status", card.status().name());
            account.put("trackingId", card.trackingId());
            Map<String, BigDecimal> commission = new LinkedHashMap<>();
            queries.commissionsByState(storeCode, card.id())
                    .forEach((state, sum) -> commission.put(state, money.round(sum, currency)));
            account.put("commission", commission);
            return account;
        }).orElse(null));
        view.put("creditedTo", queries.creditedTo(storeCode, customerId).stream().map(row -> {
            long affiliateId = NativeRows.whole(row[0]);
            Map<String, Object> credit = new LinkedHashMap<>();
            credit.put("affiliateId", affiliateId);
            credit.put("name", affiliates.byId(storeCode, affiliateId).map(AffiliateCard::name).orElse(null));
            credit.put("orders", NativeRows.whole(row[1]));
            credit.put("lastPlacedAt", iso(row[2]));
            return credit;
        }).collect(Collectors.toList()));
        return view;
    }

    private Currency currencyOf(String storeCode) {
        return currencies.of(storeCode).orElseThrow(() -> new NotFoundException("membership.profile.store.unknown",
                storeCode));
    }

    private static String iso(Object databaseInstant) {
        return Instants.iso(ProfileQueries.instantOrNull(databaseInstant));
    }

    private static BigDecimal decimal(Object value) {
        return value instanceof BigDecimal ? (BigDecimal) value : new BigDecimal(Objects.toString(value));
    }
}
