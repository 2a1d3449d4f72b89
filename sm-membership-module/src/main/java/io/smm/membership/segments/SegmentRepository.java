package io.smm.membership.segments;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.stereotype.Repository;

@Repository("membershipSegmentRepository")
interface SegmentRepository extends JpaRepository<Segment, Long> {

    List<Segment> findByStoreCodeOrderByName(String storeCode);

    Optional<Segment> findByIdAndStoreCode(Long id, String storeCode);

    Optional<Segment> findByStoreCodeAndName(String storeCode, String name);
}
