package io.smm.membership.dashboard;

import javax.sql.DataSource;

import io.smm.membership.testdb.TestDatabases;

class DashboardH2IntegrationTests extends DashboardDatabaseContract {

    @Override
    protected DataSource dataSource() {
        return TestDatabases.h2();
    }
}
