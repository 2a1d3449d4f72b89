package io.smm.membership.access;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.stereotype.Repository;

@Repository("membershipCategoryAccessRuleRepository")
interface CategoryAccessRuleRepository extends JpaRepository<CategoryAccessRule, Long> {

    List<CategoryAccessRule> findByStoreCode(String storeCode);

    /** Removed before the new cells are written: Hibernate would insert them before deleting the old ones. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from SmmCategoryAccessRule r where r.storeCode = :storeCode and r.categoryId = :categoryId")
    int deleteCategory(String storeCode, long categoryId);
}
