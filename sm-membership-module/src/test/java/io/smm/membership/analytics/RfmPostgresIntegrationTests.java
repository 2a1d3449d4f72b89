package io.smm.membership.analytics;

import javax.sql.DataSource;

import io.smm.membership.testdb.TestDatabases;

class RfmPostgresIntegrationTests extends RfmDatabaseContract {

    @Override
    protected DataSource dataSource() {
        return TestDatabases.postgres();
    }
}
