package io.smm.harness.reference;

import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.springframework.stereotype.Service;

import com.salesmanager.core.model.merchant.MerchantStore;

import io.smm.harness.core.TransactionalAspectAwareService;

/** Bean {@code merchantStoreService}: stores by code, as the host's service of that name. */
@Service("merchantStoreService")
public class StandInMerchantStoreService implements TransactionalAspectAwareService {

    @PersistenceContext
    private EntityManager entityManager;

    /** The store with this code, or {@code null}. */
    public MerchantStore getByCode(String code) {
        List<MerchantStore> stores = entityManager
                .createQuery("select s from MerchantStore s where s.code = :code", MerchantStore.class)
                .setParameter("code", code)
                .getResultList();
        return stores.isEmpty() ? null : stores.get(0);
    }

    public void create(MerchantStore store) {
        entityManager.persist(store);
    }
}
