package io.smm.membership.offers;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.stereotype.Repository;

@Repository("membershipOfferRepository")
interface OfferRepository extends JpaRepository<Offer, Long> {

    Optional<Offer> findByStoreCodeAndPushKey(String storeCode, String pushKey);

    Optional<Offer> findByIdAndStoreCode(Long id, String storeCode);

    List<Offer> findTop50ByStoreCodeOrderByIdDesc(String storeCode);

    @Modifying
    @Query("update SmmOffer o set o.done = o.done + :count where o.id = :id")
    int addDone(Long id, int count);
}
