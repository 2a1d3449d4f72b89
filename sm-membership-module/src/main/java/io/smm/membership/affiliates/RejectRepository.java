package io.smm.membership.affiliates;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.stereotype.Repository;

@Repository("membershipRejectRepository")
interface RejectRepository extends JpaRepository<Reject, Long> {

    /** Reason and count. */
    @Query("select r.reason, count(r) from SmmAffiliateReject r where r.storeCode = :storeCode"
            + " and r.rejectedAt >= :from and r.rejectedAt < :to group by r.reason")
    List<Object[]> countsByReason(String storeCode, Instant from, Instant to);

    @Query("select distinct r.storeCode from SmmAffiliateReject r")
    List<String> stores();

    @Query("select r.id from SmmAffiliateReject r where r.storeCode = :storeCode and r.rejectedAt < :before"
            + " order by r.id")
    List<Long> olderThan(String storeCode, Instant before, Pageable batch);

    @Modifying
    @Query("delete from SmmAffiliateReject r where r.id in :ids")
    int deleteWithIds(List<Long> ids);
}
