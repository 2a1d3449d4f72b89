package io.smm.membership.commissions;

import javax.sql.DataSource;

import io.smm.membership.testdb.TestDatabases;

class CommissionsPostgresIntegrationTests extends CommissionsDatabaseContract {

    @Override
    protected DataSource dataSource() {
        return TestDatabases.postgres();
    }
}
