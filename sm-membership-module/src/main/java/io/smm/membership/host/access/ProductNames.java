package io.smm.membership.host.access;

import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import com.salesmanager.core.model.merchant.MerchantStore;
import com.salesmanager.core.model.reference.language.Language;

/** The products whose name holds a text, read from the host's product descriptions in one language. */
class ProductNames {

    @PersistenceContext
    private EntityManager entityManager;

    /** The ids of the store's products whose name in the language contains the text, ignoring case. */
    List<Long> productsNaming(MerchantStore store, Language language, String text) {
        return entityManager.createQuery("select distinct p.id from Product p join p.descriptions d"
                + " where p.merchantStore.id = :store and d.language.id = :language"
                + " and lower(d.name) like :text escape '!'", Long.class)
                .setParameter("store", store.getId())
                .setParameter("language", language.getId())
                .setParameter("text", "%" + text.toLowerCase().replaceAll("[!%_]", "!$0") + "%")
                .getResultList();
    }
}
