package io.smm.membership.testhost;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.hibernate.cfg.Environment;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import io.smm.harness.StandInShopApplication;
import io.smm.membership.testdb.TestDatabases.HostDatabase;

/**
 * A whole stand-in host with the module, started on a database of our choice and a free port, for tests and
 * benchmark mains that need several databases in one JVM. The host reads its {@code db.*} keys from system
 * properties at start only, so they are set for the start and removed after.
 */
public final class StandInHost implements AutoCloseable {

    private static final List<String> KEYS = List.of("db.jdbcUrl", "db.user", "db.password", "db.driverClass",
            "hibernate.dialect", "db.maxPoolSize");

    private final ConfigurableApplicationContext context;
    private final HostClient client;

    private StandInHost(ConfigurableApplicationContext context) {
        this.context = context;
        String port = context.getEnvironment().getProperty("local.server.port");
        this.client = new HostClient(new TestRestTemplate(new RestTemplateBuilder()
                .rootUri("http://localhost:" + port)));
    }

    /** @param poolSize the host's connection pool, as its {@code db.maxPoolSize} */
    public static StandInHost start(HostDatabase database, int poolSize) {
        return start(database, poolSize, List.of());
    }

    /**
     * @param poolSize the host's connection pool, as its {@code db.maxPoolSize}
     * @param properties more settings, as {@code key=value}
     */
    public static synchronized StandInHost start(HostDatabase database, int poolSize, List<String> properties) {
        Map<String, String> keys = Map.of("db.jdbcUrl", database.url, "db.user", database.user, "db.password",
                database.password, "db.driverClass", database.driverClass, "hibernate.dialect", database.dialect,
                "db.maxPoolSize", String.valueOf(poolSize));
        // Hibernate copies the system properties once, when first used: done now, ours cannot reach later hosts
        Environment.getProperties();
        keys.forEach(System::setProperty);
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--logging.level.root=WARN",
                "--logging.level.org.hibernate=ERROR", "--server.tomcat.threads.max=" + Math.max(200, poolSize * 4)));
        properties.forEach(property -> args.add("--" + property));
        try {
            return new StandInHost(SpringApplication.run(StandInShopApplication.class, args.toArray(new String[0])));
        } finally {
            KEYS.forEach(System::clearProperty);
        }
    }

    public ConfigurableApplicationContext context() {
        return context;
    }

    public HostClient client() {
        return client;
    }

    @Override
    public void close() {
        context.close();
    }
}
