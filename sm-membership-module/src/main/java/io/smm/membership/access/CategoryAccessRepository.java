package io.smm.membership.access;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.stereotype.Repository;

@Repository("membershipCategoryAccessRepository")
interface CategoryAccessRepository extends JpaRepository<CategoryAccess, Long> {

    List<CategoryAccess> findByStoreCode(String storeCode);

    Optional<CategoryAccess> findByStoreCodeAndCategoryId(String storeCode, long categoryId);

    @Query("select s.stamp from SmmAccessStamp s where s.storeCode = :storeCode")
    Optional<Long> stampOf(String storeCode);

    @Modifying(flushAutomatically = true)
    @Query("update SmmAccessStamp s set s.stamp = s.stamp + 1 where s.storeCode = :storeCode")
    int bumpStamp(String storeCode);
}
