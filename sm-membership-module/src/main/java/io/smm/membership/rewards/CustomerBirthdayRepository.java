package io.smm.membership.rewards;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.stereotype.Repository;

@Repository("membershipCustomerBirthdayRepository")
interface CustomerBirthdayRepository extends JpaRepository<CustomerBirthday, CustomerBirthday.Key> {

    /** Shoppers of any store who set a birthday in the month, after a customer id, in id order. */
    @Query("select b from SmmCustomerBirthday b where b.month = :month and b.customerId > :afterId"
            + " order by b.customerId")
    List<CustomerBirthday> bornIn(int month, long afterId, Pageable batch);
}
