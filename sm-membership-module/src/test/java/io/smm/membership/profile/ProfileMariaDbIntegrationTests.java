package io.smm.membership.profile;

import javax.sql.DataSource;

import io.smm.membership.testdb.TestDatabases;

class ProfileMariaDbIntegrationTests extends ProfileDatabaseContract {

    @Override
    protected DataSource dataSource() {
        return TestDatabases.mariaDb();
    }
}
