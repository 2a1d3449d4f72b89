package io.smm.membership.groups;

import javax.sql.DataSource;

import io.smm.membership.testdb.TestDatabases;

class GroupsH2IntegrationTests extends GroupsDatabaseContract {

    @Override
    protected DataSource dataSource() {
        return TestDatabases.h2();
    }
}
