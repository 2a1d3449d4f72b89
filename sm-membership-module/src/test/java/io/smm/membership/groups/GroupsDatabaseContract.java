package io.smm.membership.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.smm.membership.errors.ConflictException;
import io.smm.membership.identity.Shopper;
import io.smm.membership.testdb.DatabaseContract;

import liquibase.integration.spring.SpringLiquibase;

/**
 * What our schema and the groups feature must do on every database the host runs on: Liquibase creates the tables,
 * Hibernate validates its mapping against them, and the database keeps one tier per customer, one pending
 * application per group and one decision per application.
 */
abstract class GroupsDatabaseContract extends DatabaseContract {

    private ApplicationService applications;

    @BeforeAll
    void applications() {
        applications = context.getBean(ApplicationService.class);
    }

    @Test
    void runsTheChangelogOnceWithItsOwnHistoryTables() throws Exception {
        SpringLiquibase again = context.getBean(SpringLiquibase.class);

        again.afterPropertiesSet();

        assertThat(count("select count(*) from " + table("SMM_DATABASECHANGELOG"))).isEqualTo(changeSets());
    }

    /** The change sets of every file the master changelog includes. */
    private static long changeSets() throws IOException {
        Matcher includes = Pattern.compile("<include file=\"([^\"]+)\"").matcher(read("db.changelog-master.xml"));
        long changeSets = 0;
        while (includes.find()) {
            changeSets += Pattern.compile("<changeSet ").matcher(read(includes.group(1))).results().count();
        }
        return changeSets;
    }

    private static String read(String file) throws IOException {
        try (InputStream in = GroupsDatabaseContract.class
                .getResourceAsStream("/db/changelog/sm-membership/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void keepsChineseNames() {
        MemberGroup wholesale = groups.getByCode(STORE, "wholesale");

        assertThat(wholesale.getName().getTraditionalChinese()).isEqualTo("批發客戶");
        assertThat(wholesale.getName().getSimplifiedChinese()).isEqualTo("批发客户");
    }

    @Test
    void letsGuestsShopAsTheGuestGroupAndCustomersAsTheDefaultTierUntilMoved() {
        assertThat(memberships.groupsOf(Shopper.guest(STORE))).extracting(MemberGroup::getCode)
                .containsExactly("GUESTS");
        assertThat(memberships.groupsOf(Shopper.customer(STORE, 104))).extracting(MemberGroup::getCode)
                .containsExactly("BRONZE");
        assertThat(memberships.statusOf(STORE, 104).isDefaultTierByAbsence()).isTrue();

        memberships.moveTier(STORE, 104, "GOLD", Actor.system(), null);

        assertThat(memberships.groupsOf(Shopper.customer(STORE, 104))).extracting(MemberGroup::getCode)
                .containsExactly("GOLD");
        assertThat(memberships.history(STORE, 104)).singleElement()
                .satisfies(change -> assertThat(change.getFromGroup()).isEqualTo("BRONZE"));
    }

    @Test
    void deletesAGroupWhoseApplicationsWereDecidedAndKeepsTheHistory() {
        GroupDraft tasting = draft("TASTING", GroupKind.MANUAL, null);
        tasting.setOpenToApply(true);
        tasting.setNeedsApproval(true);
        MemberGroup group = groups.create(STORE, tasting);
        long rejected = applications.apply(Shopper.customer(STORE, 105), "TASTING", null).getId();
        applications.reject(STORE, rejected, Actor.owner("owner"), "full");
        long approved = applications.apply(Shopper.customer(STORE, 106), "TASTING", null).getId();
        applications.approve(STORE, approved, Actor.owner("owner"));
        memberships.leave(STORE, 106, "TASTING", Actor.owner("owner"), "closing");

        groups.delete(STORE, group.getId());

        assertThat(groups.findByCode(STORE, "TASTING")).isEmpty();
        assertThat(memberships.history(STORE, 106)).extracting(MembershipChange::getType)
                .containsExactly(MembershipChange.Type.GROUP_LEFT, MembershipChange.Type.GROUP_JOINED);
    }

    @Test
    void keepsOneDefaultTierAndOneGuestGroupPerStoreUnderConcurrentCreates() throws Exception {
        String store = "RACE" + System.nanoTime() % 100000;

        race(i -> {
            GroupDraft draft = i % 2 == 0 ? draft("T" + i, GroupKind.TIER, i) : draft("G" + i, GroupKind.MANUAL, null);
            draft.setGuestGroup(i % 2 == 1);
            return groups.create(store, draft) != null;
        });

        List<MemberGroup> created = groups.list(store);
        assertThat(created).filteredOn(MemberGroup::isDefaultTier).hasSize(1);
        assertThat(created).filteredOn(MemberGroup::isGuestGroup).hasSize(1);
    }

    @Test
    void makesAManualGroupTurnedTierTheDefaultOfAStoreWithoutTiers() {
        String store = "TURN" + System.nanoTime() % 100000;
        MemberGroup group = groups.create(store, draft("LATER", GroupKind.MANUAL, null));
        GroupDraft turned = GroupDraft.of(group);
        turned.setKind(GroupKind.TIER);
        turned.setRank(0);

        assertThat(groups.update(store, group.getId(), turned).isDefaultTier()).isTrue();
    }

    @Test
    void refusesAnUpdateOfAGroupChangedMeanwhile() {
        MemberGroup group = groups.create(STORE, draft("EDITED", GroupKind.MANUAL, null));
        GroupDraft first = GroupDraft.of(group);
        GroupDraft second = GroupDraft.of(group);
        first.setNameEn("First");
        groups.update(STORE, group.getId(), first);
        second.setNameEn("Second");

        assertThatThrownBy(() -> groups.update(STORE, group.getId(), second)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("membership.group.changed-meanwhile");
        assertThat(groups.get(STORE, group.getId()).getName().getEnglish()).isEqualTo("First");
    }

    @Test
    void givesACustomerExactlyOneTierUnderConcurrentMoves() throws Exception {
        long customer = 101;
        String[] tiers = { "SILVER", "GOLD", "PLATINUM", "BRONZE" };

        List<Optional<Boolean>> outcomes = race(i -> memberships.moveTier(STORE, customer, tiers[i % tiers.length],
                Actor.owner("owner" + i), "race"));

        long changed = outcomes.stream().filter(outcome -> outcome.orElse(false)).count();
        assertThat(count("select count(*) from " + table("SMM_MEMBERSHIP")
                + " where CUSTOMER_ID = 101 and TIER_SLOT = 1")).isEqualTo(1);
        assertThat(count("select count(*) from " + table("SMM_MEMBERSHIP_CHANGE") + " where CUSTOMER_ID = 101"))
                .isEqualTo(changed);
        assertThat(changed).isPositive();
    }

    @Test
    void keepsOnePendingApplicationPerCustomerAndGroup() throws Exception {
        Shopper shopper = Shopper.customer(STORE, 102);

        List<Optional<Boolean>> outcomes = race(i -> applications.apply(shopper, "WHOLESALE", "please") != null);

        assertThat(outcomes.stream().filter(Optional::isPresent).count()).isEqualTo(1);
        assertThat(count("select count(*) from " + table("SMM_GROUP_APPLICATION")
                + " where CUSTOMER_ID = 102 and STATUS = 'PENDING'")).isEqualTo(1);
    }

    @Test
    void letsOnlyOneOwnerDecideAnApplication() throws Exception {
        long id = applications.apply(Shopper.customer(STORE, 103), "WHOLESALE", null).getId();

        List<Optional<Boolean>> outcomes = race(i -> (i % 2 == 0
                ? applications.approve(STORE, id, Actor.owner("approver" + i))
                : applications.reject(STORE, id, Actor.owner("rejecter" + i), "no")) != null);

        assertThat(outcomes.stream().filter(Optional::isPresent).count()).isEqualTo(1);
        GroupApplication decided = applications.get(STORE, id);
        boolean member = memberships.statusOf(STORE, 103).isIn(groups.getByCode(STORE, "WHOLESALE"));
        assertThat(member).isEqualTo(decided.getStatus() == GroupApplication.Status.APPROVED);
        assertThat(count("select count(*) from " + table("SMM_MEMBERSHIP_CHANGE") + " where CUSTOMER_ID = 103"))
                .isEqualTo(member ? 1 : 0);
    }
}
