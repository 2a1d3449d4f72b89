package io.smm.membership.groups;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.stereotype.Repository;

@Repository("membershipCustomerStandingRepository")
interface CustomerStandingRepository
        extends JpaRepository<CustomerStanding, Long>, MembershipStandingInserts {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from SmmCustomerStanding s where s.storeCode = :storeCode and s.customerId = :customerId")
    Optional<CustomerStanding> lock(String storeCode, Long customerId);

    /** The standings of these customers, locked in customer id order, the order every evaluation locks in. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from SmmCustomerStanding s where s.storeCode = :storeCode and s.customerId in :customerIds"
            + " order by s.customerId")
    List<CustomerStanding> lockAll(String storeCode, Collection<Long> customerIds);

    @Query("select s.customerId from SmmCustomerStanding s where s.storeCode = :storeCode"
            + " and s.customerId in :customerIds")
    Set<Long> customersWithStanding(String storeCode, Collection<Long> customerIds);

    Optional<CustomerStanding> findByStoreCodeAndCustomerId(String storeCode, Long customerId);

    List<CustomerStanding> findByStoreCode(String storeCode);
}
