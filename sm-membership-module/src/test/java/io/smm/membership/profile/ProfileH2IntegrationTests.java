package io.smm.membership.profile;

import javax.sql.DataSource;

import io.smm.membership.testdb.TestDatabases;

class ProfileH2IntegrationTests extends ProfileDatabaseContract {

    @Override
    protected DataSource dataSource() {
        return TestDatabases.h2();
    }
}
