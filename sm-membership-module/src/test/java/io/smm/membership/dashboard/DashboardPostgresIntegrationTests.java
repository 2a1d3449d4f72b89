package io.smm.membership.dashboard;

import javax.sql.DataSource;

import io.smm.membership.testdb.TestDatabases;

class DashboardPostgresIntegrationTests extends DashboardDatabaseContract {

    @Override
    protected DataSource dataSource() {
        return TestDatabases.postgres();
    }
}
