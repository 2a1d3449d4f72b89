package io.smm.membership.access;

import static io.smm.membership.access.StoreRulesFixture.STORE;
import static io.smm.membership.access.StoreRulesFixture.taipei;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.SimpleTransactionStatus;

import io.smm.membership.groups.GroupService;
import io.smm.membership.groups.MembershipService;
import io.smm.membership.identity.Shopper;

/** When a node's views change: a stamp moved (after the refresh interval), an early access opened, a new category. */
class CategoryAccessServiceTests {

    private final MovingClock clock = new MovingClock(taipei("2026-12-07T09:59:59"));
    private final CategoryAccessRepository accesses = mock(CategoryAccessRepository.class);
    private final CategoryAccessRuleRepository rules = mock(CategoryAccessRuleRepository.class);
    private final CategoryTree tree = mock(CategoryTree.class);
    private final Map<Long, Long> parents = new LinkedHashMap<>();
    private final List<CategoryAccessRule> saved = new ArrayList<>();
    private long stamp = 1;

    @BeforeEach
    void aShopWithOneCategory() {
        parents.put(1L, null);
        when(accesses.stampOf(STORE)).thenAnswer(call -> Optional.of(stamp));
        when(rules.findByStoreCode(STORE)).thenAnswer(call -> List.copyOf(saved));
        when(tree.parents(STORE)).thenAnswer(call -> new LinkedHashMap<>(parents));
    }

    private CategoryAccessService service(Duration refreshInterval) {
        AccessSettingsRepository settings = mock(AccessSettingsRepository.class);
        when(settings.findById(STORE)).thenReturn(Optional.empty());
        PlatformTransactionManager transactions = mock(PlatformTransactionManager.class);
        when(transactions.getTransaction(any())).thenReturn(new SimpleTransactionStatus());
        return new CategoryAccessService(accesses, rules, settings, tree, mock(GroupService.class),
                mock(MembershipService.class), transactions, clock, refreshInterval);
    }

    private void save(long category, RuleState state, String opensAtInTaipei) {
        saved.add(new CategoryAccessRule(STORE, category, Audience.guests(), Permission.BROWSE, state,
                opensAtInTaipei == null ? null : taipei(opensAtInTaipei)));
        stamp++;
    }

    private static Access guestOf(CategoryAccessService service, long category) {
        return service.viewOf(Shopper.guest(STORE)).ofCategory(category);
    }

    @Test
    void anEarlyAccessOpensOnTimeWithoutAskingTheDatabase() {
        save(1, RuleState.ALLOW, "2026-12-07T10:00");
        CategoryAccessService service = service(Duration.ofHours(1));

        boolean secondBefore = guestOf(service, 1).isListed();
        clock.move(Duration.ofSeconds(1));
        boolean atOpening = guestOf(service, 1).isListed();

        assertThat(secondBefore).isFalse();
        assertThat(atOpening).isTrue();
        verify(accesses, times(1)).stampOf(STORE);
    }

    @Test
    void aChangeOnAnotherNodeShowsOnceTheRefreshIntervalHasPassed() {
        CategoryAccessService service = service(Duration.ofSeconds(1));
        boolean before = guestOf(service, 1).isListed();

        save(1, RuleState.DENY, null);
        clock.move(Duration.ofMillis(999));
        boolean withinInterval = guestOf(service, 1).isListed();
        clock.move(Duration.ofMillis(1));
        boolean afterInterval = guestOf(service, 1).isListed();

        assertThat(before).isTrue();
        assertThat(withinInterval).isTrue();
        assertThat(afterInterval).isFalse();
    }

    @Test
    void aCategoryCreatedInTheHostIsPlacedUnderItsParentAtOnceAndUnknownIdsReadTheTreeOncePerInterval() {
        save(1, RuleState.DENY, null);
        CategoryAccessService service = service(Duration.ofHours(1));
        guestOf(service, 1);

        parents.put(2L, 1L);
        boolean newChildListed = guestOf(service, 2).isListed();
        boolean nothingListed = guestOf(service, 404).isListed();
        guestOf(service, 405);

        assertThat(newChildListed).isFalse();
        assertThat(nothingListed).isTrue();
        verify(tree, times(3)).parents(STORE);
    }

    /** A clock a test moves forward. */
    static final class MovingClock extends Clock {

        private Instant now;

        MovingClock(Instant start) {
            this.now = start;
        }

        void move(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
