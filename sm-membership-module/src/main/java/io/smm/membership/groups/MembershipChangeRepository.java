package io.smm.membership.groups;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.stereotype.Repository;

@Repository("membershipMembershipChangeRepository")
interface MembershipChangeRepository extends JpaRepository<MembershipChange, Long> {

    List<MembershipChange> findByStoreCodeAndCustomerIdOrderByChangedAtDescIdDesc(String storeCode, Long customerId);
}
