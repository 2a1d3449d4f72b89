package io.smm.membership.points;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.stereotype.Repository;

@Repository("membershipPointsCampaignRepository")
interface PointsCampaignRepository extends JpaRepository<PointsCampaign, Long> {

    /** The store's campaigns running at {@code at}, with their categories and groups (read outside a session too). */
    @Query("select distinct c from SmmPointsCampaign c left join fetch c.categoryIds left join fetch c.groupIds"
            + " where c.storeCode = :storeCode and c.startsAt <= :at and c.endsAt > :at")
    List<PointsCampaign> runningAt(String storeCode, Instant at);

    List<PointsCampaign> findByStoreCodeOrderByStartsAtDescIdDesc(String storeCode);

    Optional<PointsCampaign> findByIdAndStoreCode(long id, String storeCode);
}
