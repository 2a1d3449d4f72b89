package io.smm.membership.host.catalog;

import java.util.Currency;
import java.util.Optional;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import io.smm.membership.money.StoreCurrencies;

/** A store's currency, read from the host's MERCHANT_STORE row. */
public class ShopizerStoreCurrencies implements StoreCurrencies {

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public Optional<Currency> of(String storeCode) {
        return entityManager.createQuery("select s.currency from MerchantStore s where s.code = :code",
                com.salesmanager.core.model.reference.currency.Currency.class)
                .setParameter("code", storeCode).getResultStream().findFirst()
                .map(com.salesmanager.core.model.reference.currency.Currency::getCurrency);
    }
}
