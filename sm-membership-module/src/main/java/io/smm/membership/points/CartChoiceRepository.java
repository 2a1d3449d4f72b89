package io.smm.membership.points;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.stereotype.Repository;

import io.smm.membership.checkout.CartKey;

@Repository("membershipPointsCartChoiceRepository")
interface CartChoiceRepository extends JpaRepository<CartChoice, CartKey> {

    @Modifying
    @Query("delete from SmmPointsCartChoice c where c.storeCode = :storeCode and c.cartCode = :cartCode")
    int forget(String storeCode, String cartCode);
}
