package io.smm.membership.access;

import javax.sql.DataSource;

import io.smm.membership.testdb.TestDatabases;

class AccessH2IntegrationTests extends AccessDatabaseContract {

    @Override
    protected DataSource dataSource() {
        return TestDatabases.h2();
    }
}
