package io.smm.membership.commissions;

import java.math.BigDecimal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.stereotype.Repository;

@Repository("membershipCommissionEntryRepository")
interface CommissionEntryRepository extends JpaRepository<CommissionEntry, Long> {

    boolean existsByStoreCodeAndEntryKey(String storeCode, String entryKey);

    /** What the commission is worth now: the sum of its entries. */
    @Query("select coalesce(sum(e.amount), 0) from SmmCommissionEntry e where e.commissionId = :commissionId")
    BigDecimal remainingOf(Long commissionId);
}
