package io.smm.membership.access;

import static io.smm.membership.access.StoreRulesFixture.customer;
import static io.smm.membership.access.StoreRulesFixture.guest;
import static io.smm.membership.access.StoreRulesFixture.taipei;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/**
 * The rules of docs/category-access.md on a small tree: 1 Shop (2 VIP corner (3 Limited), 4 Wholesale), 5 Public.
 * Tiers BRONZE 10, SILVER 11, GOLD 12; manual groups VIP 20, CLUB 21 (open to apply), WHOLESALE 22; guest group 30.
 */
class StoreRulesTests {

    private static final Audience GUESTS = Audience.guests();
    private static final Audience MEMBERS = Audience.members();
    private static final Audience BRONZE = Audience.group(10);
    private static final Audience SILVER = Audience.group(11);
    private static final Audience GOLD = Audience.group(12);
    private static final Audience VIP = Audience.group(20);
    private static final Audience CLUB = Audience.group(21);
    private static final Audience WHOLESALE = Audience.group(22);
    private static final Instant NOW = taipei("2026-12-01T12:00");

    private static StoreRulesFixture store() {
        return new StoreRulesFixture().category(1, null).category(2, 1L).category(3, 2L).category(4, 1L)
                .category(5, null).tier(10, "BRONZE", 0).tier(11, "SILVER", 1).tier(12, "GOLD", 2)
                .manual(20, "VIP", false).manual(21, "CLUB", true).manual(22, "WHOLESALE", false).guestGroup(30);
    }

    private static Access access(StoreRules rules, long category, ShopperAudiences shopper, Instant at) {
        return rules.view(shopper, at, id -> CategoryAccessView.Decided.OPEN).ofCategory(category);
    }

    private static Access access(StoreRules rules, long category, ShopperAudiences shopper) {
        return access(rules, category, shopper, NOW);
    }

    @Test
    void aSubcategoryInheritsEachCellFromTheNearestAncestorThatSetsIt() {
        StoreRules rules = store().allow(2, VIP, Permission.BROWSE).allow(2, VIP, Permission.SEE_PRICE)
                .allow(2, VIP, Permission.BUY).deny(3, VIP, Permission.BUY).build();

        Access corner = access(rules, 2, customer(20L));
        Access limited = access(rules, 3, customer(20L));

        assertThat(corner.mayBuy()).isTrue();
        assertThat(limited.showsPrice()).isTrue();
        assertThat(limited.mayBuy()).isFalse();
        assertThat(rules.category(3).orElseThrow().cell(VIP.key(), Permission.BROWSE).from).isEqualTo(2L);
        assertThat(rules.category(3).orElseThrow().cell(VIP.key(), Permission.BUY).from).isEqualTo(3L);
        assertThat(access(rules, 1, customer(20L))).isSameAs(Access.open());
    }

    @Test
    void audiencesWithoutACellGetTheStoreDefaultOnlyWhereARuleReaches() {
        StoreRulesFixture vipOnly = store().allow(2, VIP, Permission.BROWSE);

        StoreRules closed = vipOnly.build();
        StoreRules open = vipOnly.settings(Unlisted.OPEN, MultiCategory.ALL).build();

        assertThat(access(closed, 2, guest()).isListed()).isFalse();
        assertThat(access(closed, 3, customer(12L)).isListed()).isFalse();
        assertThat(access(closed, 4, guest()).mayBuy()).isTrue();
        assertThat(access(closed, 5, guest()).mayBuy()).isTrue();
        assertThat(access(open, 3, guest()).mayBuy()).isTrue();
    }

    @Test
    void aShopperGetsTheMostGenerousOfAllTheirAudiencesWhateverTheOrder() {
        StoreRules rules = store().deny(2, VIP, Permission.BROWSE).allow(2, CLUB, Permission.BROWSE)
                .deny(2, MEMBERS, Permission.BROWSE).allow(2, GOLD, Permission.BROWSE).build();

        assertThat(access(rules, 2, customer(20L, 21L)).isListed()).isTrue();
        assertThat(access(rules, 2, customer(21L, 20L)).isListed()).isTrue();
        assertThat(access(rules, 2, customer(20L)).isListed()).isFalse();
        assertThat(access(rules, 2, customer(12L)).isListed()).isTrue();
        assertThat(access(rules, 2, customer()).isListed()).isFalse();
    }

    @Test
    void withSeveralGroupsOpeningLaterTheEarliestOpeningCounts() {
        StoreRules rules = store().allowFrom(2, VIP, Permission.BROWSE, "2026-12-07T10:00")
                .allowFrom(2, CLUB, Permission.BROWSE, "2026-12-09T10:00").deny(2, WHOLESALE, Permission.BROWSE)
                .build();

        Access both = access(rules, 2, customer(22L, 21L, 20L));

        assertThat(both.state(Permission.BROWSE)).isEqualTo(Access.State.NOT_YET);
        assertThat(both.opensAt(Permission.BROWSE)).contains(taipei("2026-12-07T10:00"));
        assertThat(both.reason().orElseThrow().kind()).isEqualTo(AccessReason.Kind.WAIT);
        assertThat(both.reason().orElseThrow().opensAt()).contains(taipei("2026-12-07T10:00"));
    }

    @Test
    void earlyAccessOpensAtTheLocalTimeInTheStoreTimeZoneAndNotOneSecondBefore() {
        StoreRules rules = store().allowFrom(2, VIP, Permission.BROWSE, "2026-12-07T10:00")
                .allowFrom(2, VIP, Permission.SEE_PRICE, "2026-12-07T10:00")
                .allowFrom(2, VIP, Permission.BUY, "2026-12-07T10:00").build();
        Instant opening = Instant.parse("2026-12-07T02:00:00Z");

        Access secondBefore = access(rules, 2, customer(20L), taipei("2026-12-07T09:59:59"));
        Access atOpening = access(rules, 2, customer(20L), taipei("2026-12-07T10:00:00"));
        Access secondAfter = access(rules, 2, customer(20L), taipei("2026-12-07T10:00:01"));

        assertThat(taipei("2026-12-07T10:00")).isEqualTo(opening);
        assertThat(secondBefore.isListed()).isFalse();
        assertThat(secondBefore.state(Permission.BUY)).isEqualTo(Access.State.NOT_YET);
        assertThat(secondBefore.opensAt(Permission.BROWSE)).contains(opening);
        assertThat(atOpening.mayBuy()).isTrue();
        assertThat(secondAfter.mayBuy()).isTrue();
        assertThat(rules.nextEdgeAfter(opening.minusSeconds(1))).isEqualTo(opening);
        assertThat(rules.nextEdgeAfter(opening)).isNull();
    }

    @Test
    void aBrowseOpeningLaterListsTheProductsAsComingWhereTheOwnerChoseSoAndInTheSubcategories() {
        StoreRulesFixture early = store().allowFrom(2, GUESTS, Permission.BROWSE, "2026-12-07T10:00");
        StoreRules hidden = early.build();
        StoreRules coming = early.beforeOpening(2, BeforeOpening.COMING).build();

        Access limited = access(coming, 3, guest());

        assertThat(access(hidden, 3, guest()).isListed()).isFalse();
        assertThat(limited.isListed()).isTrue();
        assertThat(limited.isComing()).isTrue();
        assertThat(limited.showsPrice()).isFalse();
        assertThat(limited.mayBuy()).isFalse();
        assertThat(coming.category(3).orElseThrow().beforeOpening).isEqualTo(BeforeOpening.COMING);
        assertThat(coming.view(guest(), NOW, id -> CategoryAccessView.Decided.OPEN).unlistedCategoryIds())
                .isEmpty();
        assertThat(hidden.view(guest(), NOW, id -> CategoryAccessView.Decided.OPEN).unlistedCategoryIds())
                .containsExactlyInAnyOrder(2L, 3L);
    }

    @Test
    void buyNeedsThePriceAndThePriceNeedsABrowse() {
        StoreRules rules = store().deny(4, WHOLESALE, Permission.BROWSE).allow(4, WHOLESALE, Permission.SEE_PRICE)
                .allow(4, WHOLESALE, Permission.BUY).build();

        Access access = access(rules, 4, customer(22L));

        assertThat(access.isListed()).isFalse();
        assertThat(access.showsPrice()).isFalse();
        assertThat(access.mayBuy()).isFalse();
        assertThat(access.reason().orElseThrow().missing()).isEqualTo(Permission.BROWSE);
    }

    @Test
    void aProductIsSeenAsItsLeastGenerousCategoryByDefaultAndItsMostGenerousWithAny() {
        StoreRulesFixture vipCorner = store().allow(2, VIP, Permission.BROWSE);
        AccessView all = vipCorner.build().view(guest(), NOW, id -> CategoryAccessView.Decided.OPEN);
        AccessView any = vipCorner.settings(Unlisted.CLOSED, MultiCategory.ANY).build()
                .view(guest(), NOW, id -> CategoryAccessView.Decided.OPEN);

        assertThat(all.everyCategoryMustList()).isTrue();
        assertThat(all.ofProduct(List.of(5L, 2L)).isListed()).isFalse();
        assertThat(any.everyCategoryMustList()).isFalse();
        assertThat(any.ofProduct(List.of(2L, 5L)).mayBuy()).isTrue();
        assertThat(any.ofProduct(List.of(2L, 3L)).isListed()).isFalse();
        assertThat(all.ofProduct(List.of())).isSameAs(Access.open());
    }

    @Test
    void withAnyAComingCategoryBeatsAHiddenOneAndTheEarlierOpeningWins() {
        StoreRules rules = store().allowFrom(2, GUESTS, Permission.BROWSE, "2026-12-09T10:00")
                .beforeOpening(2, BeforeOpening.COMING).allowFrom(4, GUESTS, Permission.BROWSE, "2026-12-07T10:00")
                .allowFrom(5, GUESTS, Permission.BROWSE, "2026-12-08T10:00").beforeOpening(5, BeforeOpening.COMING)
                .settings(Unlisted.CLOSED, MultiCategory.ANY).build();
        AccessView view = rules.view(guest(), NOW, id -> CategoryAccessView.Decided.OPEN);

        assertThat(view.ofProduct(List.of(4L, 2L)).isComing()).isTrue();
        assertThat(view.ofProduct(List.of(2L, 5L)).opensAt(Permission.BROWSE)).contains(taipei("2026-12-08T10:00"));
    }

    @Test
    void theStoresGuestGroupCountsForGuests() {
        StoreRules rules = store().allow(2, Audience.group(30), Permission.BROWSE).build();

        assertThat(access(rules, 2, guest(30L)).isListed()).isTrue();
        assertThat(access(rules, 2, customer()).isListed()).isFalse();
    }

    @Test
    void aGuestIsToldToSignInWhenMembersHaveThePermission() {
        StoreRules rules = store().allow(4, MEMBERS, Permission.BROWSE).allow(4, GUESTS, Permission.BROWSE)
                .allow(4, MEMBERS, Permission.SEE_PRICE).build();

        AccessReason reason = access(rules, 4, guest(30L)).reason().orElseThrow();

        assertThat(reason.missing()).isEqualTo(Permission.SEE_PRICE);
        assertThat(reason.kind()).isEqualTo(AccessReason.Kind.SIGN_IN);
    }

    @Test
    void aShopperIsToldWhichManualGroupsHaveThePermissionThoseOpenToApplyFirst() {
        StoreRules rules = store().allow(2, VIP, Permission.BROWSE).allow(2, CLUB, Permission.BROWSE).build();

        AccessReason member = access(rules, 2, customer(10L)).reason().orElseThrow();
        AccessReason guest = access(rules, 2, guest(30L)).reason().orElseThrow();

        assertThat(member.kind()).isEqualTo(AccessReason.Kind.JOIN_GROUP);
        assertThat(member.groupIds()).containsExactly(21L, 20L);
        assertThat(guest.kind()).isEqualTo(AccessReason.Kind.JOIN_GROUP);
    }

    @Test
    void aShopperIsToldWhichHigherTiersHaveThePermission() {
        StoreRules rules = store().allow(4, MEMBERS, Permission.BROWSE).allow(4, BRONZE, Permission.SEE_PRICE)
                .allow(4, SILVER, Permission.SEE_PRICE).allow(4, SILVER, Permission.BUY)
                .allow(4, GOLD, Permission.SEE_PRICE).allow(4, GOLD, Permission.BUY).build();

        AccessReason bronze = access(rules, 4, customer(10L)).reason().orElseThrow();
        Access gold = access(rules, 4, customer(12L));

        assertThat(bronze.missing()).isEqualTo(Permission.BUY);
        assertThat(bronze.kind()).isEqualTo(AccessReason.Kind.REACH_TIER);
        assertThat(bronze.groupIds()).containsExactly(11L, 12L);
        assertThat(gold.mayBuy()).isTrue();
        assertThat(gold.reason()).isEmpty();
    }

    @Test
    void nothingWouldGiveAPermissionNobodyHas() {
        StoreRules rules = store().deny(2, MEMBERS, Permission.BROWSE).deny(2, GUESTS, Permission.BROWSE).build();

        AccessReason reason = access(rules, 2, customer(12L, 20L)).reason().orElseThrow();

        assertThat(reason.kind()).isEqualTo(AccessReason.Kind.NONE);
        assertThat(reason.groupIds()).isEmpty();
    }

    @Test
    void aViewRestrictsNothingWithoutRulesAndAsksAboutCategoriesItWasNotBuiltWith() {
        AtomicLong asked = new AtomicLong();
        CategoryAccessView.Decided closed = new CategoryAccessView.Decided(access(store()
                .deny(2, GUESTS, Permission.BROWSE).build(), 2, guest()));

        AccessView plain = store().build().view(guest(), NOW, id -> CategoryAccessView.Decided.OPEN);
        AccessView view = store().deny(2, GUESTS, Permission.BROWSE).build().view(guest(), NOW, id -> {
            asked.set(id);
            return closed;
        });

        assertThat(plain.restrictsNothing()).isTrue();
        assertThat(view.restrictsNothing()).isFalse();
        assertThat(view.ofCategory(99).isListed()).isFalse();
        assertThat(asked).hasValue(99);
    }

    @Test
    void aCategoryWhoseParentIsUnknownOrItselfIsATopCategory() {
        StoreRules rules = new StoreRulesFixture().category(7, 404L).category(8, 8L).category(9, 7L)
                .deny(7, GUESTS, Permission.BROWSE).build();

        assertThat(rules.inTreeOrder()).extracting(category -> category.id).containsExactly(7L, 9L, 8L);
        assertThat(access(rules, 9, guest()).isListed()).isFalse();
    }
}
