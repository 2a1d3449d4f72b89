package io.smm.membership.dashboard;

import javax.sql.DataSource;

import io.smm.membership.testdb.TestDatabases;

class DashboardMariaDbIntegrationTests extends DashboardDatabaseContract {

    @Override
    protected DataSource dataSource() {
        return TestDatabases.mariaDb();
    }
}
