package io.smm.membership.autoconfigure;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.ObjectUtils;

import io.smm.membership.settings.MembershipProperties;

import liquibase.integration.spring.SpringLiquibase;

/**
 * Our changelog, run on the host's {@code dataSource} before the host's {@code entityManagerFactory} is built
 * (docs/host-seams.md#schema-liquibase), with history tables of its own so that it never meets another changelog's.
 */
@Configuration(proxyBeanMethods = false)
public class SchemaConfiguration {

    static final String LIQUIBASE_BEAN = "membershipLiquibase";
    static final String CHANGELOG = "classpath:db/changelog/sm-membership/db.changelog-master.xml";

    @Bean(LIQUIBASE_BEAN)
    SpringLiquibase membershipLiquibase(@Qualifier("dataSource") DataSource dataSource,
            MembershipProperties properties) {
        SpringLiquibase liquibase = new SpringLiquibase();
        liquibase.setDataSource(dataSource);
        liquibase.setChangeLog(CHANGELOG);
        liquibase.setDatabaseChangeLogTable("SMM_DATABASECHANGELOG");
        liquibase.setDatabaseChangeLogLockTable("SMM_DATABASECHANGELOGLOCK");
        String schema = properties.getDatabaseSchema();
        if (schema != null && !schema.isBlank()) {
            liquibase.setDefaultSchema(schema);
            liquibase.setLiquibaseSchema(schema);
        }
        return liquibase;
    }

    /** Boot already orders them so; kept explicit because our entities depend on it. */
    @Bean
    static BeanFactoryPostProcessor membershipSchemaBeforeEntityManager() {
        return beanFactory -> {
            if (beanFactory.containsBeanDefinition("entityManagerFactory")) {
                BeanDefinition emf = beanFactory.getBeanDefinition("entityManagerFactory");
                String[] dependsOn = emf.getDependsOn();
                if (!ObjectUtils.containsElement(dependsOn == null ? new String[0] : dependsOn, LIQUIBASE_BEAN)) {
                    emf.setDependsOn(ObjectUtils.addObjectToArray(dependsOn, LIQUIBASE_BEAN));
                }
            }
        };
    }
}
