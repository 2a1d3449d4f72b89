package io.smm.membership.points;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.stereotype.Repository;

@Repository("membershipPointsAccountRepository")
interface PointsAccountRepository extends JpaRepository<PointsAccount, Long> {

    /**
     * The account's id, its row locked until the transaction ends: movements of one account take turns. A locking
     * read, so on MariaDB it neither answers from nor takes the transaction's snapshot.
     */
    @Query(value = "select ID from {h-schema}SMM_POINTS_ACCOUNT where STORE_CODE = :storeCode"
            + " and CUSTOMER_ID = :customerId for update", nativeQuery = true)
    Optional<Number> lock(String storeCode, long customerId);

    @Query(value = "select ID from {h-schema}SMM_POINTS_ACCOUNT where ID = :id for update", nativeQuery = true)
    Optional<Number> lockById(long id);

    /** Locks the accounts' rows in id order, as every movement of several accounts does. */
    @Query(value = "select ID from {h-schema}SMM_POINTS_ACCOUNT where ID in (:ids) order by ID for update",
            nativeQuery = true)
    List<Number> lockAllById(Collection<Long> ids);

    @Query("select a.id from SmmPointsAccount a where a.storeCode = :storeCode and a.customerId = :customerId")
    Optional<Long> idOf(String storeCode, long customerId);

    @Query(value = "select BALANCE from {h-schema}SMM_POINTS_ACCOUNT where ID = :id for update", nativeQuery = true)
    Number lockedBalanceOf(long id);

    /** Adds {@code points} (signed) to the locked account's balance. */
    @Modifying
    @Query("update SmmPointsAccount a set a.balance = a.balance + :points, a.version = a.version + 1"
            + " where a.id = :id")
    int move(long id, long points);
}
