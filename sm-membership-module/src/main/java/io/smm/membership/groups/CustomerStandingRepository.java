package io.smm.membership.groups;

import java.util.List;
import java.util.Optional;

import javax.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.stereotype.Repository;

@Repository("membershipCustomerStandingRepository")
interface CustomerStandingRepository extends JpaRepository<CustomerStanding, Long> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from SmmCustomerStanding s where s.storeCode = :storeCode and s.customerId = :customerId")
    Optional<CustomerStanding> lock(String storeCode, Long customerId);

    Optional<CustomerStanding> findByStoreCodeAndCustomerId(String storeCode, Long customerId);

    List<CustomerStanding> findByStoreCode(String storeCode);
}
