package io.smm.harness.reference;

import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.springframework.stereotype.Service;

import com.salesmanager.core.model.reference.currency.Currency;

import io.smm.harness.core.TransactionalAspectAwareService;

/** Bean {@code currencyService}: currencies by ISO code, created on first use. */
@Service("currencyService")
public class StandInCurrencyService implements TransactionalAspectAwareService {

    @PersistenceContext
    private EntityManager entityManager;

    public Currency getByCode(String code) {
        List<Currency> currencies = entityManager
                .createQuery("select c from Currency c where c.code = :code", Currency.class)
                .setParameter("code", code)
                .getResultList();
        return currencies.isEmpty() ? null : currencies.get(0);
    }

    /** The currency with this ISO code; persisted first if the table does not have it yet. */
    public Currency findOrCreate(String code) {
        Currency existing = getByCode(code);
        if (existing != null) {
            return existing;
        }
        java.util.Currency isoCurrency = java.util.Currency.getInstance(code);
        Currency currency = new Currency();
        currency.setCurrency(isoCurrency);
        currency.setName(isoCurrency.getCurrencyCode());
        currency.setSupported(Boolean.TRUE);
        entityManager.persist(currency);
        return currency;
    }
}
