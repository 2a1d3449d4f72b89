package io.smm.harness.reference;

import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.springframework.stereotype.Service;

import com.salesmanager.core.model.reference.language.Language;

import io.smm.harness.core.TransactionalAspectAwareService;

/** Bean {@code languageService}: languages by ISO code. */
@Service("languageService")
public class StandInLanguageService implements TransactionalAspectAwareService {

    @PersistenceContext
    private EntityManager entityManager;

    /** The language with this code, or {@code null}. */
    public Language getByCode(String code) {
        List<Language> languages = entityManager
                .createQuery("select l from Language l where l.code = :code", Language.class)
                .setParameter("code", code)
                .getResultList();
        return languages.isEmpty() ? null : languages.get(0);
    }

    public long count() {
        return entityManager.createQuery("select count(l) from Language l", Long.class).getSingleResult();
    }

    public void create(Language language) {
        entityManager.persist(language);
    }
}
