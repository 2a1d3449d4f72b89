package io.smm.membership.access;

import javax.sql.DataSource;

import io.smm.membership.testdb.TestDatabases;

class AccessPostgresIntegrationTests extends AccessDatabaseContract {

    @Override
    protected DataSource dataSource() {
        return TestDatabases.postgres();
    }
}
