package io.smm.membership.affiliates;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.stereotype.Repository;

@Repository("membershipClickRepository")
interface ClickRepository extends JpaRepository<Click, Long> {

    String QUARTER = "case when minute(c.clickedAt) < 15 then 0 when minute(c.clickedAt) < 30 then 15"
            + " when minute(c.clickedAt) < 45 then 30 else 45 end";

    @Query(value = "select c from SmmAffiliateClick c where c.storeCode = :storeCode"
            + " and c.affiliateId = :affiliateId order by c.clickedAt desc, c.id desc",
            countQuery = "select count(c) from SmmAffiliateClick c where c.storeCode = :storeCode"
                    + " and c.affiliateId = :affiliateId")
    Page<Click> latestOf(String storeCode, long affiliateId, Pageable page);

    /** Clicks per UTC quarter hour: year, month, day, hour, minute, count; any zone's days are sums of these. */
    @Query("select year(c.clickedAt), month(c.clickedAt), day(c.clickedAt), hour(c.clickedAt), " + QUARTER
            + ", count(c) from SmmAffiliateClick c where c.storeCode = :storeCode and c.affiliateId = :affiliateId"
            + " and c.clickedAt >= :from and c.clickedAt < :to"
            + " group by year(c.clickedAt), month(c.clickedAt), day(c.clickedAt), hour(c.clickedAt), " + QUARTER)
    List<Object[]> perQuarterHour(String storeCode, long affiliateId, Instant from, Instant to);

    /** Affiliate, address hash, UTC year, month, day, hour and count of each hour with more than {@code limit}. */
    @Query("select c.affiliateId, c.ipHash, year(c.clickedAt), month(c.clickedAt), day(c.clickedAt),"
            + " hour(c.clickedAt), count(c) from SmmAffiliateClick c where c.storeCode = :storeCode"
            + " and c.ipHash is not null and c.clickedAt >= :from and c.clickedAt < :to"
            + " group by c.affiliateId, c.ipHash, year(c.clickedAt), month(c.clickedAt), day(c.clickedAt),"
            + " hour(c.clickedAt) having count(c) > :limit order by count(c) desc")
    List<Object[]> bursts(String storeCode, Instant from, Instant to, long limit, Pageable page);

    @Query("select distinct c.storeCode from SmmAffiliateClick c")
    List<String> stores();

    @Query("select c.id from SmmAffiliateClick c where c.storeCode = :storeCode and c.clickedAt < :before"
            + " order by c.id")
    List<Long> olderThan(String storeCode, Instant before, Pageable batch);

    @Modifying
    @Query("delete from SmmAffiliateClick c where c.id in :ids")
    int deleteWithIds(List<Long> ids);
}
