package io.smm.membership.groups;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.stereotype.Repository;

// named so that it can never replace a host bean such as the host's own groupRepository
@Repository("membershipGroupRepository")
interface GroupRepository extends JpaRepository<MemberGroup, Long> {

    List<MemberGroup> findByStoreCodeOrderByKindDescRankAscCodeAsc(String storeCode);

    Optional<MemberGroup> findByIdAndStoreCode(Long id, String storeCode);

    Optional<MemberGroup> findByStoreCodeAndCode(String storeCode, String code);

    Optional<MemberGroup> findByStoreCodeAndDefaultTierTrue(String storeCode);

    Optional<MemberGroup> findByStoreCodeAndGuestGroupTrue(String storeCode);
}
