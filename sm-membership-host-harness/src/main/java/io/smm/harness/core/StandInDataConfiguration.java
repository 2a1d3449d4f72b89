package io.smm.harness.core;

import java.util.Properties;

import javax.persistence.EntityManagerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;
import org.springframework.orm.jpa.vendor.HibernateJpaVendorAdapter;
import org.springframework.transaction.PlatformTransactionManager;

import com.zaxxer.hikari.HikariDataSource;

/**
 * The host's {@code DataConfiguration}: beans {@code dataSource}, {@code entityManagerFactory} (scanning
 * {@code com.salesmanager.core.model} only) and {@code transactionManager}, all from {@code db.*} keys of
 * database.properties. Boot's own DataSource and JPA auto-configuration back off because of them.
 */
@Configuration(proxyBeanMethods = false)
public class StandInDataConfiguration {

    static final String HOST_ENTITY_PACKAGE = "com.salesmanager.core.model";

    @Bean
    public HikariDataSource dataSource(@Value("${db.driverClass}") String driverClass,
            @Value("${db.jdbcUrl}") String url, @Value("${db.user}") String user,
            @Value("${db.password}") String password, @Value("${db.preferredTestQuery}") String testQuery,
            @Value("${db.minPoolSize}") int minPoolSize, @Value("${db.maxPoolSize}") int maxPoolSize) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setDriverClassName(driverClass);
        dataSource.setJdbcUrl(url);
        dataSource.setUsername(user);
        dataSource.setPassword(password);
        dataSource.setConnectionTestQuery(testQuery);
        dataSource.setMinimumIdle(minPoolSize);
        dataSource.setMaximumPoolSize(maxPoolSize);
        return dataSource;
    }

    @Bean
    public LocalContainerEntityManagerFactoryBean entityManagerFactory(HikariDataSource dataSource,
            @Value("${hibernate.hbm2ddl.auto}") String hbm2ddl, @Value("${hibernate.dialect}") String dialect,
            @Value("${db.schema}") String schema, @Value("${db.show.sql}") String showSql) {
        HibernateJpaVendorAdapter vendorAdapter = new HibernateJpaVendorAdapter();
        vendorAdapter.setGenerateDdl(true);
        LocalContainerEntityManagerFactoryBean factory = new LocalContainerEntityManagerFactoryBean();
        factory.setJpaVendorAdapter(vendorAdapter);
        factory.setPackagesToScan(HOST_ENTITY_PACKAGE);
        factory.setDataSource(dataSource);
        Properties properties = new Properties();
        properties.setProperty("hibernate.hbm2ddl.auto", hbm2ddl);
        properties.setProperty("hibernate.default_schema", schema);
        properties.setProperty("hibernate.dialect", dialect);
        properties.setProperty("hibernate.show_sql", showSql);
        properties.setProperty("hibernate.id.new_generator_mappings", "false");
        factory.setJpaProperties(properties);
        return factory;
    }

    @Bean
    public PlatformTransactionManager transactionManager(EntityManagerFactory entityManagerFactory) {
        return new JpaTransactionManager(entityManagerFactory);
    }
}
