package io.smm.membership.points;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.stereotype.Repository;

@Repository("membershipPointsTierRateRepository")
interface PointsTierRateRepository extends JpaRepository<PointsTierRate, PointsTierRate.Key> {

    List<PointsTierRate> findByStoreCodeOrderByGroupId(String storeCode);

    @Modifying
    @Query("delete from SmmPointsTierRate r where r.storeCode = :storeCode")
    void deleteByStore(String storeCode);
}
