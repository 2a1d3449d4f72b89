package io.smm.membership.host;

import java.util.List;
import java.util.stream.Collectors;

import javax.persistence.Entity;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.Ordered;
import org.springframework.core.PriorityOrdered;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;

/**
 * Adds our entities to the host's {@code entityManagerFactory} (which scans only {@code com.salesmanager.core.model})
 * before it is built, so they share its transactions: no second EntityManagerFactory
 * (docs/host-seams.md#entities-the-hosts-entity-manager).
 * The host sets no persistence-unit post-processors of its own.
 */
public class MembershipEntityRegistrar implements BeanPostProcessor, PriorityOrdered {

    static final String HOST_ENTITY_MANAGER_FACTORY = "entityManagerFactory";

    private final List<String> entityClassNames;

    public MembershipEntityRegistrar(String basePackage) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Entity.class));
        this.entityClassNames = scanner.findCandidateComponents(basePackage).stream()
                .map(definition -> definition.getBeanClassName()).sorted().collect(Collectors.toList());
    }

    List<String> entityClassNames() {
        return entityClassNames;
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (HOST_ENTITY_MANAGER_FACTORY.equals(beanName) && bean instanceof LocalContainerEntityManagerFactoryBean) {
            ((LocalContainerEntityManagerFactoryBean) bean)
                    .setPersistenceUnitPostProcessors(unit -> entityClassNames.forEach(unit::addManagedClassName));
        }
        return bean;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
