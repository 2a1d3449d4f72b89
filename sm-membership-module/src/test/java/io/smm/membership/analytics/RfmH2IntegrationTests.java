package io.smm.membership.analytics;

import javax.sql.DataSource;

import io.smm.membership.testdb.TestDatabases;

class RfmH2IntegrationTests extends RfmDatabaseContract {

    @Override
    protected DataSource dataSource() {
        return TestDatabases.h2();
    }
}
