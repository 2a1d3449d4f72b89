package io.smm.membership.analytics;

import javax.sql.DataSource;

import io.smm.membership.testdb.TestDatabases;

class RfmMariaDbIntegrationTests extends RfmDatabaseContract {

    @Override
    protected DataSource dataSource() {
        return TestDatabases.mariaDb();
    }
}
