package io.smm.harness.order;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;


import org.h2.jdbc.JdbcConnection;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Test hook (bean {@code standInFaults}) for the next {@code orderService.processOrder}: make it throw after the
 * order has been persisted and stock decremented, or have the database lose the order's connection just before the
 * order's transaction commits, after everything else in it (an extension's own writes too) has run. A test can
 * then prove that the whole checkout rolls back.
 */
@Component("standInFaults")
public class StandInFaults {

    /** Message of the exception thrown by an injected fault. */
    public static final String INJECTED_FAILURE = "Injected failure after the order was persisted";

    private final AtomicBoolean failNextOrder = new AtomicBoolean();
    private final AtomicBoolean killNextCommit = new AtomicBoolean();
    private final DataSource dataSource;

    public StandInFaults(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The next {@code processOrder} call fails (once) with {@value #INJECTED_FAILURE}. */
    public void failNextOrderAfterPersist() {
        failNextOrder.set(true);
    }

    /**
     * The connection of the next {@code processOrder}'s transaction is killed just before it commits: by the server
     * on PostgreSQL and MariaDB ({@code pg_terminate_backend}, {@code KILL CONNECTION}), closed under the pool on H2.
     */
    public void killNextOrderConnectionBeforeCommit() {
        killNextCommit.set(true);
    }

    /** Withdraws pending faults. */
    public void reset() {
        failNextOrder.set(false);
        killNextCommit.set(false);
    }

    void afterOrderPersisted() {
        if (failNextOrder.getAndSet(false)) {
            throw new IllegalStateException(INJECTED_FAILURE);
        }
        if (killNextCommit.getAndSet(false)) {
            Connection connection = DataSourceUtils.getConnection(dataSource);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    kill(connection);
                }
            });
        }
    }

    private void kill(Connection connection) {
        try {
            String database = connection.getMetaData().getDatabaseProductName().toLowerCase();
            if (database.contains("h2")) { // in the same JVM: no server to kill it; the pool must drop it too
                connection.unwrap(JdbcConnection.class).close();
                ((HikariDataSource) dataSource).evictConnection(connection);
                return;
            }
            boolean postgres = database.contains("postgres");
            long id = single(connection, postgres ? "select pg_backend_pid()" : "select connection_id()");
            try (Connection other = dataSource.getConnection(); Statement statement = other.createStatement()) {
                statement.execute(postgres ? "select pg_terminate_backend(" + id + ")" : "KILL CONNECTION " + id);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not kill the order's connection", e);
        }
    }

    private static long single(Connection connection, String query) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(query)) {
            result.next();
            return result.getLong(1);
        }
    }
}
