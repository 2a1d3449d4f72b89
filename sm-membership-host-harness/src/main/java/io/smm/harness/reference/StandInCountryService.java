package io.smm.harness.reference;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.springframework.stereotype.Service;

import com.salesmanager.core.model.reference.country.Country;

import io.smm.harness.core.TransactionalAspectAwareService;

/** Bean {@code countryService}: countries (only created here; stores refer to them). */
@Service("countryService")
public class StandInCountryService implements TransactionalAspectAwareService {

    @PersistenceContext
    private EntityManager entityManager;

    public void create(Country country) {
        entityManager.persist(country);
    }
}
