package io.smm.membership.access;

import javax.sql.DataSource;

import io.smm.membership.testdb.TestDatabases;

class AccessMariaDbIntegrationTests extends AccessDatabaseContract {

    @Override
    protected DataSource dataSource() {
        return TestDatabases.mariaDb();
    }
}
