package io.smm.membership.commissions;

import javax.sql.DataSource;

import io.smm.membership.testdb.TestDatabases;

class CommissionsMariaDbIntegrationTests extends CommissionsDatabaseContract {

    @Override
    protected DataSource dataSource() {
        return TestDatabases.mariaDb();
    }
}
