package io.smm.membership.groups;

import javax.sql.DataSource;

import io.smm.membership.testdb.TestDatabases;

class GroupsMariaDbIntegrationTests extends GroupsDatabaseContract {

    @Override
    protected DataSource dataSource() {
        return TestDatabases.mariaDb();
    }
}
