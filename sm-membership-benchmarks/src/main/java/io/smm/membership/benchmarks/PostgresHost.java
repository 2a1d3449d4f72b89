package io.smm.membership.benchmarks;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import io.smm.harness.StandInShopApplication;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The stand-in host on embedded PostgreSQL, for benchmark mains: the module runs with the host's entity manager,
 * transaction manager and connection pool, on our Liquibase schema, as in production.
 */
public final class PostgresHost implements AutoCloseable {

    private final EmbeddedPostgres postgres;
    private final ConfigurableApplicationContext host;

    private PostgresHost(EmbeddedPostgres postgres, ConfigurableApplicationContext host) {
        this.postgres = postgres;
        this.host = host;
    }

    /** @param properties extra host properties, as {@code --name=value} */
    public static PostgresHost start(String... properties) throws IOException, SQLException {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
        execute(postgres.getPostgresDatabase(), "CREATE SCHEMA SALESMANAGER");
        System.setProperty("db.jdbcUrl", postgres.getJdbcUrl("postgres", "postgres"));
        System.setProperty("db.user", "postgres");
        System.setProperty("db.password", "");
        System.setProperty("db.driverClass", "org.postgresql.Driver");
        System.setProperty("hibernate.dialect", "org.hibernate.dialect.PostgreSQL10Dialect");
        // the dashboard's order figures are counted only when a benchmark asks, so no scheduled run skews its timings
        String[] arguments = Stream.concat(Stream.of("--server.port=0", "--logging.level.root=WARN",
                "--logging.level.org.hibernate=ERROR", "--sm.membership.dashboard.refresh-interval=P1D"),
                Stream.of(properties)).toArray(String[]::new);
        return new PostgresHost(postgres, SpringApplication.run(StandInShopApplication.class, arguments));
    }

    public ConfigurableApplicationContext context() {
        return host;
    }

    /** The database as its owner, for seeding with {@code COPY}. */
    public DataSource database() {
        return postgres.getPostgresDatabase();
    }

    @Override
    public void close() throws IOException {
        host.close();
        postgres.close();
    }

    private static void execute(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
