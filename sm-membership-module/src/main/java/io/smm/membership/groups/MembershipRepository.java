package io.smm.membership.groups;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import javax.persistence.LockModeType;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.stereotype.Repository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

@Repository("membershipMembershipRepository")
interface MembershipRepository extends JpaRepository<Membership, Long> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
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
