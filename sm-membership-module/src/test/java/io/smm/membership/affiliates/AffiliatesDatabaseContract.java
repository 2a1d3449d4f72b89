package io.smm.membership.affiliates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;

import io.smm.membership.coupons.CouponDraft;
import io.smm.membership.coupons.CouponService;
import io.smm.membership.coupons.CouponTerms;
import io.smm.membership.testdb.DatabaseContract;

/**
 * What the affiliate registry must do on every database the host runs on: a tracking id and a customer belong to one
 * affiliate of a store, and the directory finds an affiliate by id, any tracking id it had, and a bound coupon.
 */
abstract class AffiliatesDatabaseContract extends DatabaseContract {

    private static final String OTHER_STORE = "OTHER";

    @Override
    protected Class<?>[] moreConfiguration() {
        return new Class<?>[] { AffiliatesConfiguration.class };
    }

    @Test
    void theDatabaseRefusesOneTrackingIdTwiceInAStore() {
        AffiliateTrackingIdRepository trackingIds = context.getBean(AffiliateTrackingIdRepository.class);
        long first = affiliate(STORE, "First", null).getId();
        long second = affiliate(STORE, "Second", null).getId();
        long elsewhere = affiliate(OTHER_STORE, "Elsewhere", null).getId();
        trackingIds.saveAndFlush(new AffiliateTrackingId(STORE, "shared-id", first, Instant.now()));

        trackingIds.saveAndFlush(new AffiliateTrackingId(OTHER_STORE, "shared-id", elsewhere, Instant.now()));

        assertThatThrownBy(() -> trackingIds.saveAndFlush(new AffiliateTrackingId(STORE, "shared-id", second,
                Instant.now()))).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void theDatabaseRefusesTwoAffiliatesForOneCustomerButNotForNone() {
        affiliate(STORE, "Customer 501", 501L);
        affiliate(STORE, "Nobody", null);
        affiliate(STORE, "Nobody either", null);
        affiliate(OTHER_STORE, "Customer 501 elsewhere", 501L);

        assertThatThrownBy(() -> affiliate(STORE, "Customer 501 again", 501L))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void findsAnAffiliateByEveryTrackingIdItHadInAnyCaseAndByItsCoupon() {
        AffiliateDirectory directory = context.getBean(AffiliateDirectory.class);
        AffiliateTrackingIdRepository trackingIds = context.getBean(AffiliateTrackingIdRepository.class);
        Affiliate affiliate = affiliate(STORE, "Lin", 777L);
        AffiliateTrackingId old = new AffiliateTrackingId(STORE, "lin-old", affiliate.getId(), Instant.now());
        old.retire();
        trackingIds.saveAndFlush(old);
        trackingIds.saveAndFlush(new AffiliateTrackingId(STORE, "lin-new", affiliate.getId(), Instant.now()));
        long couponId = context.getBean(CouponService.class).create(STORE, coupon("LIN10")).getId();
        context.getBean(CouponBindingRepository.class)
                .saveAndFlush(new CouponBinding(couponId, STORE, affiliate.getId(), Instant.now()));

        assertThat(directory.byTrackingId(STORE, " LIN-OLD ")).get()
                .satisfies(card -> assertThat(card.trackingId()).isEqualTo("lin-new"))
                .satisfies(card -> assertThat(card.categoryRates()).containsEntry(12L, new BigDecimal("7.5000")));
        assertThat(directory.byTrackingId(STORE, "Lin-New")).get().extracting(AffiliateCard::id)
                .isEqualTo(affiliate.getId());
        assertThat(directory.byTrackingId(OTHER_STORE, "lin-new")).isEmpty();
        assertThat(directory.byCouponCode(STORE, "lin10")).get().extracting(AffiliateCard::id)
                .isEqualTo(affiliate.getId());
        assertThat(directory.byCouponCode(STORE, "NOSUCH")).isEmpty();
        assertThat(directory.byId(OTHER_STORE, affiliate.getId())).isEmpty();
    }

    @Test
    void ownersCreatingAffiliatesOfOneNameAtOnceGetDistinctIdsOrAConflictNeverAFailure() throws Exception {
        AffiliateService service = context.getBean(AffiliateService.class);

        List<Optional<Boolean>> outcomes = race(index -> {
            AffiliateDraft draft = new AffiliateDraft();
            draft.setName("Race Name");
            draft.setEmail("race" + index + "@example.com");
            return service.create(STORE, draft, "owner").getTrackingId() != null;
        });

        long created = outcomes.stream().filter(Optional::isPresent).count();
        List<String> ids = jdbc.queryForList("select t.TRACKING_ID from " + table("SMM_AFFILIATE_TRACKING_ID")
                + " t join " + table("SMM_AFFILIATE") + " a on a.ID = t.AFFILIATE_ID where a.NAME = 'Race Name'",
                String.class);
        assertThat(created).isPositive();
        assertThat(ids).hasSize((int) created).doesNotHaveDuplicates().allMatch(id -> id.startsWith("race-name"));
        assertThat(count("select count(*) from " + table("SMM_AFFILIATE") + " where NAME = 'Race Name'"))
                .isEqualTo(created);
    }

    @Test
    void aCustomerApplyingTwiceAtOnceIsOneAffiliate() throws Exception {
        AffiliateService service = context.getBean(AffiliateService.class);

        List<Optional<Boolean>> outcomes = race(index -> service.apply(STORE, 9_001L, new ApplicationDraft())
                .getStatus() == AffiliateStatus.APPLIED);

        assertThat(outcomes).filteredOn(Optional::isPresent).hasSize(1);
        assertThat(count("select count(*) from " + table("SMM_AFFILIATE") + " where CUSTOMER_ID = 9001"))
                .isEqualTo(1);
        assertThat(count("select count(*) from " + table("SMM_AFFILIATE_TRACKING_ID") + " t join "
                + table("SMM_AFFILIATE") + " a on a.ID = t.AFFILIATE_ID where a.CUSTOMER_ID = 9001")).isEqualTo(1);
    }

    @Test
    void ownersChangingOneAffiliatesTrackingIdAtOnceLeaveOneInUseAndTheOthersOld() throws Exception {
        AffiliateService service = context.getBean(AffiliateService.class);
        AffiliateDraft created = new AffiliateDraft();
        created.setName("Renamed Often");
        created.setEmail("renamed@example.com");
        long id = service.create(STORE, created, "owner").getId();

        List<Optional<Boolean>> outcomes = race(index -> {
            AffiliateDraft draft = new AffiliateDraft();
            draft.setName("Renamed Often");
            draft.setEmail("renamed@example.com");
            draft.setTrackingId("renamed-" + index);
            return service.update(STORE, id, draft) != null;
        });

        assertThat(outcomes).allMatch(Optional::isPresent);
        assertThat(count("select count(*) from " + table("SMM_AFFILIATE_TRACKING_ID") + " where AFFILIATE_ID = " + id
                + " and IN_USE = true")).isEqualTo(1);
        assertThat(count("select count(*) from " + table("SMM_AFFILIATE_TRACKING_ID") + " where AFFILIATE_ID = "
                + id)).isEqualTo(outcomes.size() + 1);
        assertThat(context.getBean(AffiliateDirectory.class).byId(STORE, id)).isPresent();
    }

    @Test
    void readsTheDefaultTermsUntilTheOwnerSavesSome() {
        AffiliateDirectory directory = context.getBean(AffiliateDirectory.class);

        AffiliateTerms terms = directory.termsOf("NEVER-SAVED");

        assertThat(terms.cookieDays()).isEqualTo(30);
        assertThat(terms.model()).isEqualTo(AttributionModel.LAST_CLICK);
        assertThat(terms.defaultRate()).isEqualByComparingTo("5");
        assertThat(terms.applicationsOpen()).isTrue();
    }

    private Affiliate affiliate(String store, String name, Long customerId) {
        AffiliateDraft draft = new AffiliateDraft();
        draft.setName(name);
        draft.setEmail(name.replace(' ', '.') + "@example.com");
        draft.getCategoryRates().add(new AffiliateDraft.CategoryRate(12L, new BigDecimal("7.5")));
        Affiliate affiliate = new Affiliate(store, customerId, AffiliateStatus.ACTIVE, Instant.now());
        affiliate.apply(draft);
        return context.getBean(AffiliateRepository.class).saveAndFlush(affiliate);
    }

    private static CouponDraft coupon(String code) {
        CouponDraft draft = new CouponDraft();
        draft.setCode(code);
        draft.setName("Coupon " + code);
        draft.setKind(CouponTerms.Kind.PERCENT);
        draft.setValue(BigDecimal.TEN);
        draft.setBase(CouponTerms.Base.ORDER);
        return draft;
    }
}
