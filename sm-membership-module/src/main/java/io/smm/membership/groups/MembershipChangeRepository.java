package io.smm.membership.groups;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.stereotype.Repository;

@Repository("membershipMembershipChangeRepository")
interface MembershipChangeRepository extends JpaRepository<MembershipChange, Long> {

    List<MembershipChange> findByStoreCodeAndCustomerIdOrderByChangedAtDescIdDesc(String storeCode, Long customerId);

    /**
     * Rows of (tier code, customers): of each customer of the store with a change of {@code type} in [since, end),
     * the target of their latest change before {@code end} (of two at the same instant, the later id).
     */
    @Query("select c.toGroup, count(c) from SmmMembershipChange c where c.storeCode = :storeCode"
            + " and c.type = :type and c.changedAt >= :since and c.changedAt < :end and not exists (select later.id"
            + " from SmmMembershipChange later where later.storeCode = c.storeCode"
            + " and later.customerId = c.customerId and later.type = c.type"
            + " and later.changedAt < :end and (later.changedAt > c.changedAt"
            + " or (later.changedAt = c.changedAt and later.id > c.id))) group by c.toGroup")
    List<Object[]> latestTargets(String storeCode, MembershipChange.Type type, Instant since, Instant end);

    /**
     * Rows of (tier code, customers): of each customer of the store with a change of {@code type} in [start, end),
     * the target of their latest change before {@code start}, if they had one. Driven by the period's changes, so
     * it costs what the period holds, not the whole history.
     */
    @Query("select before.toGroup, count(before) from SmmMembershipChange moved, SmmMembershipChange before"
            + " where moved.storeCode = :storeCode and moved.type = :type and moved.changedAt >= :start"
            + " and moved.changedAt < :end and not exists (select later.id from SmmMembershipChange later"
            + " where later.storeCode = moved.storeCode and later.customerId = moved.customerId"
            + " and later.type = moved.type and later.changedAt >= :start and later.changedAt < :end"
            + " and (later.changedAt > moved.changedAt or (later.changedAt = moved.changedAt and later.id > moved.id)))"
            + " and before.storeCode = moved.storeCode and before.customerId = moved.customerId"
            + " and before.type = moved.type and before.changedAt < :start and not exists (select newer.id"
            + " from SmmMembershipChange newer where newer.storeCode = before.storeCode"
            + " and newer.customerId = before.customerId and newer.type = before.type and newer.changedAt < :start"
            + " and (newer.changedAt > before.changedAt or (newer.changedAt = before.changedAt"
            + " and newer.id > before.id))) group by before.toGroup")
    List<Object[]> formerTargets(String storeCode, MembershipChange.Type type, Instant start, Instant end);

    /** Rows of (from code or null, to code, changes): the store's changes of {@code type} in [start, end). */
    @Query("select c.fromGroup, c.toGroup, count(c) from SmmMembershipChange c where c.storeCode = :storeCode"
            + " and c.type = :type and c.changedAt >= :start and c.changedAt < :end group by c.fromGroup, c.toGroup")
    List<Object[]> movesBetween(String storeCode, MembershipChange.Type type, Instant start, Instant end);
}
