package io.smm.membership.groups;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.stereotype.Repository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

@Repository("membershipGroupApplicationRepository")
interface GroupApplicationRepository extends JpaRepository<GroupApplication, Long> {

    List<GroupApplication> findByStoreCodeAndCustomerIdOrderByCreatedAtDescIdDesc(String storeCode, Long customerId);

    Page<GroupApplication> findByStoreCodeAndStatus(String storeCode, GroupApplication.Status status, Pageable page);

    Optional<GroupApplication> findByIdAndStoreCode(Long id, String storeCode);

    boolean existsByCustomerIdAndGroupAndStatus(Long customerId, MemberGroup group, GroupApplication.Status status);

    long countByGroupAndStatus(MemberGroup group, GroupApplication.Status status);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from SmmGroupApplication a where a.group = :group and a.status <> 'PENDING'")
    int deleteDecided(MemberGroup group);

    /** Decides a pending application; 0 when it was not pending any more, so two owners cannot both decide it. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update SmmGroupApplication a set a.status = :decision, a.pendingSlot = null, a.decidedBy = :owner,"
            + " a.decisionReason = :reason, a.decidedAt = :now"
            + " where a.id = :id and a.storeCode = :storeCode and a.status = 'PENDING'")
    int decide(Long id, String storeCode, GroupApplication.Status decision, String owner, String reason, Instant now);
}
