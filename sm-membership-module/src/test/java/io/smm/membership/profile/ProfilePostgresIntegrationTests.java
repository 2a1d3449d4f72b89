package io.smm.membership.profile;

import javax.sql.DataSource;

import io.smm.membership.testdb.TestDatabases;

class ProfilePostgresIntegrationTests extends ProfileDatabaseContract {

    @Override
    protected DataSource dataSource() {
        return TestDatabases.postgres();
    }
}
