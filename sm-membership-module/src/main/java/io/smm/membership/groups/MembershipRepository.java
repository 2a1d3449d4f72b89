package io.smm.membership.groups;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import javax.persistence.LockModeType;
import javax.persistence.QueryHint;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.stereotype.Repository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;

@Repository("membershipMembershipRepository")
interface MembershipRepository extends JpaRepository<Membership, Long> {

    /**
     * Runs without flushing first: a tier row is inserted the moment it is saved (its id comes from the
     * database), and one already in the persistence context comes back as that instance, so a flush would change
     * nothing this query reads. It would cost a check of every entity of the transaction, for each customer a
     * batch of the daily job moves.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @QueryHints(@QueryHint(name = org.hibernate.annotations.QueryHints.FLUSH_MODE, value = "COMMIT"))
    @Query("select m from SmmMembership m where m.customerId = :customerId and m.tierSlot = 1")
    Optional<Membership> lockTier(Long customerId);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select m from SmmMembership m where m.customerId in :customerIds and m.tierSlot = 1"
            + " order by m.customerId")
    List<Membership> lockTiers(Collection<Long> customerIds);

    List<Membership> findByCustomerIdAndStoreCode(Long customerId, String storeCode);

    List<Membership> findByCustomerIdInAndStoreCode(Collection<Long> customerIds, String storeCode);

    Optional<Membership> findByCustomerIdAndGroup(Long customerId, MemberGroup group);

    long countByGroup(MemberGroup group);

    /** Customers placed in a tier by a row (not the default tier by absence), after a customer id, in order. */
    @Query("select m.customerId from SmmMembership m where m.storeCode = :storeCode and m.tierSlot = 1"
            + " and m.customerId > :after order by m.customerId")
    List<Long> tieredCustomersAfter(String storeCode, Long after, Pageable page);

    /** Customer id and tier group id of every tier row of the store. */
    @Query("select m.customerId, m.group.id from SmmMembership m where m.storeCode = :storeCode and m.tierSlot = 1")
    List<Object[]> tiersOfStore(String storeCode);
}
