package io.smm.membership.groups;

import javax.sql.DataSource;

import io.smm.membership.testdb.TestDatabases;

class GroupsPostgresIntegrationTests extends GroupsDatabaseContract {

    @Override
    protected DataSource dataSource() {
        return TestDatabases.postgres();
    }
}
